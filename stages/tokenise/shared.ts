/** Token, word, text and sentence helpers shared by the stages (the extractors, and the report's context lines). Pure. */
import type {Span, Token} from '../../pipeline/doc.ts'

const CAP_RE = /^\p{Lu}/u
const SPACE_RE = /\s+/g
/** White space that `SPACE_RE` would change: two in a row, or one that is not a space. */
const ODD_SPACE_RE = /\s\s|[^\S ]/
// Nationality adjectives: American, Chinese, Cuban, British, Pakistani, French.
const NATIONALITY_RE = /^\p{Lu}\p{Ll}+(?:an|ese|ish|ch|i)$/u

/**
 * True for a word token that starts with a capital letter (any script; not the possessive "'s").
 * @example isCap(tokenize('Kim met')[0]) // true
 */
export const isCap = (t: Token | undefined): t is Token & {readonly kind: 'word'} => {
  if (t === undefined || t.kind !== 'word') return false
  const c = t.text.charCodeAt(0)
  return c < 128 ? c >= 65 && c <= 90 : CAP_RE.test(t.text)
}

/**
 * `s` with each run of white space as one space, untouched (not copied) when it has none to change.
 * @example singleSpaced('Ehwa\nWomen's  University') // "Ehwa Women's University"
 */
export const singleSpaced = (s: string): string => (ODD_SPACE_RE.test(s) ? s.replace(SPACE_RE, ' ') : s)

/**
 * True for a capitalised word shaped like a nationality adjective.
 * @example isNationalityShape('Pakistani') // true
 */
export const isNationalityShape = (text: string): boolean => NATIONALITY_RE.test(text) || IRREGULAR_NATIONALITIES.has(text)

/** Nationality adjectives of no regular shape. */
const IRREGULAR_NATIONALITIES: ReadonlySet<string> = new Set(['Lao', 'Thai', 'Swiss', 'Greek', 'Cypriot', 'Khmer', 'Malagasy', 'Filipino',
  'Kyrgyz', 'Tajik', 'Uzbek', 'Kazakh', 'Turkmen', 'Azeri', 'Serb', 'Croat', 'Slovak', 'Czech', 'Montenegrin'])

/**
 * End (exclusive) of "charge d'affaires" at `i`, with "ad interim" when written after it ("Charge d'Affaires ad
 * Interim"; the misspelt "d'affires", "d'affairs" too); -1 when none starts there.
 * @example chargeDAffairesEnd(tokenize("charge d'affaires ad interim Ri"), 0) // 6
 */
export function chargeDAffairesEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i]
  if (t?.norm !== 'charge' && t?.norm !== 'charges') return -1
  const apostrophe = tokens[i + 2]
  if (tokens[i + 1]?.norm !== 'd' || apostrophe?.norm !== "'" || apostrophe.start !== tokens[i + 1]!.end || !tokens[i + 3]?.norm.startsWith('aff')) return -1
  return tokens[i + 4]?.norm === 'ad' && tokens[i + 5]?.norm === 'interim' ? i + 6 : i + 4
}

/**
 * Append `value` to the list of `key` in `map`, starting the list when there is none: in place, so growing a list
 * costs the same at any length.
 * @example const m = new Map<string, number[]>(); pushTo(m, 'a', 1); pushTo(m, 'a', 2) // m.get('a') is [1, 2]
 */
export function pushTo<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/**
 * Index word sequences by their first word: each list longest first (sequences of one length in input order);
 * an empty sequence is left out.
 * @example indexByFirst([['Kim'], ['Kim', 'Il', 'Sung']]).get('Kim') // [['Kim', 'Il', 'Sung'], ['Kim']]
 */
export function indexByFirst<T extends readonly string[]>(sequences: readonly T[]): Map<string, T[]> {
  const index = new Map<string, T[]>()
  for (const words of sequences) {
    const first = words[0]
    if (first) pushTo(index, first, words)
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length)
  return index
}

/**
 * For each token, the end (exclusive) of its sentence; a token in no sentence, and the slot after the last token,
 * get the token count.
 * @example sentenceEnds({tokens, sentences: [{start: 0, end: 2}, {start: 2, end: 3}]}) // [2, 2, 3, 3]
 */
export function sentenceEnds(doc: {readonly tokens: readonly Token[]; readonly sentences: readonly Span[]}): number[] {
  const n = doc.tokens.length
  const ends = new Array<number>(n + 1).fill(n)
  for (const s of doc.sentences) ends.fill(s.end, s.start, Math.min(s.end, n))
  return ends
}

/**
 * For each token, the first token of its sentence (0 for a token in no sentence).
 * @example sentenceStarts({tokens, sentences: [{start: 0, end: 2}, {start: 2, end: 3}]}) // [0, 0, 2]
 */
export function sentenceStarts(doc: {readonly tokens: readonly Token[]; readonly sentences: readonly Span[]}): number[] {
  const starts = new Array<number>(doc.tokens.length).fill(0)
  for (const s of doc.sentences) starts.fill(s.start, s.start, Math.min(s.end, doc.tokens.length))
  return starts
}

const APPOINTMENTS: ReadonlySet<string> = new Set(['appointment', 'election', 're-election', 'reelection', 'inauguration', 'nomination', 'promotion'])

/**
 * After "on/upon his (her) appointment (election …) as" at `k`: the index of the token after "as", or -1.
 * @example appointmentAsEnd(tokenize('X on his appointment as premier'), 1) // 5
 */
export function appointmentAsEnd(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.norm !== 'on' && tokens[k]?.norm !== 'upon') return -1
  const own = tokens[k + 1]?.norm
  if (own !== 'his' && own !== 'her' && own !== 'their') return -1
  return APPOINTMENTS.has(tokens[k + 2]?.norm ?? '') && tokens[k + 3]?.norm === 'as' ? k + 4 : -1
}
