/**
 * The document model: one plain, JSON-serialisable record per article.
 * `text` is never rewritten; every annotation points back into it.
 */

/** Entity labels, in the one spelling used everywhere (code, CLI, CSV, JSON). */
export type Label = 'PERSON' | 'TITLE' | 'ORG' | 'DATE'

/** What has been computed on a doc. */
export type Layer = 'tokens' | 'sentences' | `mentions:${Label}` | 'titles' | 'ingest'

/** Half-open range of token indices: `tokens[start]` … `tokens[end - 1]`. */
export interface Span {
  readonly start: number
  readonly end: number
}

/** What a token is: a word, a number, punctuation or another symbol. */
export type TokenKind = 'word' | 'number' | 'punct' | 'symbol'

/** One token with its char offsets into `doc.text`. @example doc.tokens.filter((t) => t.kind === 'word').length */
export interface Token {
  /** Char offsets into `doc.text`; `text === doc.text.slice(start, end)`. */
  readonly start: number
  readonly end: number
  readonly text: string
  /** Lower-cased, curly quotes and dashes folded. */
  readonly norm: string
  readonly kind: TokenKind
  /** True when whitespace containing a line break precedes this token. */
  readonly nl?: boolean
}

/** A labelled span of tokens: who, which title, which body, which date. @example mentionsOf(doc, 'DATE')[0]?.value // '2021-07-11' */
export interface Mention extends Span {
  readonly label: Label
  /** Surface form, sliced from `doc.text`. */
  readonly text: string
  /** Normalised value: canonical person or organisation name, ISO date, normalised title. */
  readonly value: string
  /** Provenance: `<stage>:<rule>`. */
  readonly rule: string
}

/** A person–title pair: which office the article gives which person. */
export interface TitlePair {
  /** Canonical (fullest in-article) name of the person. */
  readonly person: string
  /** The title as written, without leading articles. */
  readonly title: string
  /** Tokens of the title text. */
  readonly span: Span
  /** Tokens of the person mention the title was linked to. */
  readonly personSpan: Span
  readonly rule: string
}

/** A recoverable finding (never thrown), with the rule that made it. @example doc.messages.filter((m) => m.level === 'warning') */
export interface Message {
  readonly level: 'info' | 'warning'
  readonly reason: string
  readonly rule: string
  readonly span?: Span
}

/** Article metadata. `published` is ISO (YYYY-MM-DD) or absent. */
export interface Meta {
  readonly headline?: string
  readonly published?: string
  readonly source?: string
  readonly url?: string
  /** Input file and line the article came from, for messages. */
  readonly file?: string
  readonly line?: string
  /** Char offset where the body starts (the headline comes first). */
  readonly bodyStart?: string
  readonly [key: string]: string | undefined
}

/** Stage-specific data that is not (yet) a top-level field. */
export interface DocData {
  readonly [stage: string]: unknown
}

/** One article and everything computed on it: plain JSON, never changed in place. @example JSON.stringify(analyse(text)) */
export interface Doc {
  /** Stable: the input's `id` or the file stem; never random. */
  readonly id: string
  /** The article (headline, blank line, body), never modified. */
  readonly text: string
  readonly meta: Meta
  readonly tokens: readonly Token[]
  readonly sentences: readonly Span[]
  /** Sorted by (start, end, label). */
  readonly mentions: readonly Mention[]
  readonly titles: readonly TitlePair[]
  readonly messages: readonly Message[]
  readonly layers: readonly Layer[]
  readonly data: DocData
}

/** Make a fresh doc with no annotations. Pure. @example createDoc('Kim Jong Un visited Kaesong.', {published: '2021-07-11'}) */
export function createDoc(text: string, meta: Meta = {}, id = 'doc'): Doc {
  return {id, text, meta, tokens: [], sentences: [], mentions: [], titles: [], messages: [], layers: [], data: {}}
}

/** The text of a token span, sliced from the doc. @example textOf(doc, doc.mentions[0]) // 'Kim Jong Un' */
export function textOf(doc: Doc, span: Span): string {
  const first = doc.tokens[span.start]
  const last = doc.tokens[span.end - 1]
  if (!first || !last) return ''
  return doc.text.slice(first.start, last.end)
}

/** Character range `[start, end)` of a token span. @example charRange(doc, doc.mentions[0]) // {start: 18, end: 29} */
export function charRange(doc: Doc, span: Span): {start: number; end: number} {
  const first = doc.tokens[span.start]
  const last = doc.tokens[span.end - 1]
  if (!first || !last) return {start: 0, end: 0}
  return {start: first.start, end: last.end}
}

/** Mentions of one label, in text order. @example mentionsOf(doc, 'PERSON').map((m) => m.value) */
export function mentionsOf(doc: Doc, label: Label): Mention[] {
  return doc.mentions.filter((m) => m.label === label)
}

const byPosition = (a: Mention, b: Mention): number =>
  a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)

/** Return a new doc with `mentions` added, kept sorted by (start, end, label). @example addMentions(doc, findPeople(doc, options).mentions) */
export function addMentions(doc: Doc, mentions: readonly Mention[]): Doc {
  if (mentions.length === 0) return doc
  return {...doc, mentions: [...doc.mentions, ...mentions].sort(byPosition)}
}

/** Return a new doc with `messages` appended. @example addMessages(doc, [{level: 'info', reason: 'No date line', rule: 'ingest:no-date'}]) */
export function addMessages(doc: Doc, messages: readonly Message[]): Doc {
  if (messages.length === 0) return doc
  return {...doc, messages: [...doc.messages, ...messages]}
}

/** Index of the sentence that holds token `i` (binary search), or -1. @example sentenceIndexOf(doc, doc.mentions[0].start) */
export function sentenceIndexOf(doc: Doc, i: number): number {
  let lo = 0
  let hi = doc.sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = doc.sentences[mid]!
    if (i < s.start) hi = mid - 1
    else if (i >= s.end) lo = mid + 1
    else return mid
  }
  return -1
}
