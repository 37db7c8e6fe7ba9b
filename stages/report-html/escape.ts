const HTML_ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

/** Escape text for HTML element content and quoted attributes. Every value in a report passes through here. @example escapeHtml('<b>"Kim"</b>') // '&lt;b&gt;&quot;Kim&quot;&lt;/b&gt;' */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!)
}

/** Serialise data for a `<script type="application/json">` block: `<`, `>`, `&` and line separators escaped so text cannot close the tag. @example toScriptJson({a: '</script>'}) // '{"a":"\\u003c/script\\u003e"}' */
export function toScriptJson(value: unknown): string {
  return escapeJson(JSON.stringify(value), SCRIPT_UNSAFE_RE)
}

/**
 * A data script for the report folder: `<script src>` works from file:// where fetch of JSON does not.
 * The payload is the JSON text in a raw template literal handed to `JSON.parse` (fast for big data, and never
 * evaluated as code). A raw template keeps every character as written, so the JSON goes in as it is, not escaped a
 * second time as a string literal would need (a fifth of the time of a report's data scripts): only `` ` `` and
 * `$`, which could end or break the template, are escaped, as JSON `\u` escapes, beside `<`, `>`, `&` and the line
 * separators as in `toScriptJson`, so no text can end the template or a script, or become markup.
 * @example toDataScript('manifest', {n: 1}) // '(self.__pw=self.__pw||{})["manifest"]=JSON.parse(String.raw`{"n":1}`);\n'
 */
export function toDataScript(key: string, value: unknown): string {
  return `${dataScriptHead(key)}${escapeJson(JSON.stringify(value), TEMPLATE_UNSAFE_RE)}${DATA_SCRIPT_TAIL}`
}

/**
 * `toDataScript` of an object given as its entries (key, value already serialised as JSON), in pieces of about one
 * entry each: the same text as `toDataScript(key, Object.fromEntries(entries))` for keys no object reorders (none an
 * array index) and none repeated, without ever holding the whole script as one string (an article shard is a
 * megabyte of text; made whole, it is copied several times over in fresh memory).
 * @example [...dataScriptChunks('k', [['a', '1']])].join('') === toDataScript('k', {a: 1})
 */
export function* dataScriptChunks(key: string, entries: Iterable<readonly [string, string]>): Generator<string> {
  let sep = '{'
  yield dataScriptHead(key)
  for (const [k, json] of entries) {
    yield escapeJson(`${sep}${JSON.stringify(k)}:${json}`, TEMPLATE_UNSAFE_RE)
    sep = ','
  }
  yield sep === '{' ? `{}${DATA_SCRIPT_TAIL}` : `}${DATA_SCRIPT_TAIL}`
}

// --- internal ---

const dataScriptHead = (key: string): string => `(self.__pw=self.__pw||{})[${JSON.stringify(key)}]=JSON.parse(String.raw\``
const DATA_SCRIPT_TAIL = '`);\n'

// JSON puts these characters only inside its strings, where a `\u` escape means the same character. In a script
// block `<`, `>` and `&` could close the tag or start markup, and the line separators end a line in older engines;
// in a raw template `` ` `` and `$` could end it or open an expression.
const SCRIPT_UNSAFE_RE = /[<>&\u2028\u2029]/g
const TEMPLATE_UNSAFE_RE = /[<>&\u2028\u2029`$]/g
const JSON_ESCAPES: Record<string, string> = {'<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029', '`': '\\u0060', $: '\\u0024'}

/** `json` with the characters `unsafe` matches written as `\u` escapes; one search first, as most data has none. */
function escapeJson(json: string, unsafe: RegExp): string {
  return json.search(unsafe) === -1 ? json : json.replace(unsafe, (c) => JSON_ESCAPES[c]!)
}
