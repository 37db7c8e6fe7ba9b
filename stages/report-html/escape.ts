const HTML_ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

/** Escape text for HTML element content and quoted attributes. Every value in a report passes through here. @example escapeHtml('<b>"Kim"</b>') // '&lt;b&gt;&quot;Kim&quot;&lt;/b&gt;' */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!)
}

/** Serialise data for a `<script type="application/json">` block: `<`, `>`, `&` and line separators escaped so text cannot close the tag. @example toScriptJson({a: '</script>'}) // '{"a":"\\u003c/script\\u003e"}' */
export function toScriptJson(value: unknown): string {
  return escapeScriptJson(JSON.stringify(value))
}

/** `toScriptJson` of a value already serialised as `json`. */
export function escapeScriptJson(json: string): string {
  // Most data has none of these characters: five native searches cost a fraction of one regular-expression pass.
  const unsafe = json.indexOf('<') !== -1 || json.indexOf('>') !== -1 || json.indexOf('&') !== -1 || json.indexOf('\u2028') !== -1 || json.indexOf('\u2029') !== -1
  return unsafe ? json.replace(SCRIPT_UNSAFE_RE, (c) => SCRIPT_ESCAPES[c]!) : json
}

// One pass over the JSON: the data scripts of a whole corpus are tens of megabytes.
const SCRIPT_UNSAFE_RE = /[<>&\u2028\u2029]/g
const SCRIPT_ESCAPES: Record<string, string> = {'<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029'}

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
  return toDataScriptOfJson(key, JSON.stringify(value))
}

/** `toDataScript` of a value already serialised as `json`. */
export function toDataScriptOfJson(key: string, json: string): string {
  return `(self.__pw=self.__pw||{})[${JSON.stringify(key)}]=JSON.parse(String.raw\`${escapeTemplateJson(json)}\`);\n`
}

// --- internal ---

// JSON puts these only inside its strings, where a `\u` escape means the same character.
const TEMPLATE_UNSAFE = ['<', '>', '&', '\u2028', '\u2029', '`', '$'] as const
const TEMPLATE_ESCAPES: Record<string, string> = {...SCRIPT_ESCAPES, '`': '\\u0060', $: '\\u0024'}
const TEMPLATE_UNSAFE_RE = /[<>&\u2028\u2029`$]/g

function escapeTemplateJson(json: string): string {
  return TEMPLATE_UNSAFE.some((c) => json.indexOf(c) !== -1) ? json.replace(TEMPLATE_UNSAFE_RE, (c) => TEMPLATE_ESCAPES[c]!) : json
}
