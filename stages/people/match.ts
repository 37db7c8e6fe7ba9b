/** Token-level matchers of the `people` stage: Korean names, lexicon names, capitalised runs. Pure. */
import type {Token} from '../../pipeline/doc.ts'
import {chargeDAffairesEnd, isCap, isNationalityShape} from '../tokenise/shared.ts'
import {
  COUNTRY_WORDS, FIRST_NAMES, HEADLINE_VERBS, KOREAN_SURNAMES, KOREAN_SYLLABLES, NEVER_NAMES, NON_PERSON_HEADS, OFFICE_HEADS, OFFICE_WORDS, TITLES_BEFORE, TITLES_STRONG,
} from './lexicon.ts'

const ALL_CAPS_RE = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u
const HYPHEN_RE = /[-‐‑]/
// Western spellings of Korean syllables in hyphenated given names (Jong-un, Geun-hye, Myung-bak).
const SYLLABLE_SHAPE_RE = /^(?:ch|kh|ph|th|ss|jj|kk|tt|pp|[gkndtrlmbpsjhcy])?(?:y|w)?(?:a|ae|o|oe|e|eo|eu|u|oo|i|ui|wa|wo|wi|we|ee)(?:k|n|l|m|p|ng)?$/
const PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'della', 'la', 'le', 'bin', 'ben', 'dos', 'du', 'al', 'el'])
const MAX_RUN = 4
/** Longest generic name, in words. */
export const MAX_NAME_WORDS = MAX_RUN

/** True for a word with capitals and no lower-case letter (KIM, JONG-UN). */
export const isAllCaps = (t: Token): boolean => ALL_CAPS_RE.test(t.text)
/** Lower-case parts of a token: hyphenated words split (Jong-un → jong, un). */
export const partsOf = (t: Token): string[] => (t.norm.includes('-') ? t.norm.split(/-+/).filter(Boolean) : [t.norm])
/** The first lower-case part of a token, without allocating when there is no hyphen. */
export const firstPart = (t: Token): string => {
  const k = t.norm.indexOf('-')
  return k < 0 ? t.norm : t.norm.slice(0, k)
}

/** A Korean name match: end token (exclusive); `glued` is the name as words when a source lost its spaces or the name ends inside a hyphenated word ("Kim Il Sung-Kim Jong Il"). */
export interface KoreanMatch {
  readonly end: number
  readonly glued?: string
}

/**
 * Match a Korean name at `i`: surname + one or two given-name syllables (as words, or hyphenated). Sources that
 * lost the space after a bold name ("Kim Jong Unand") are matched too, with the name in `glued`; a space lost
 * before it ("MarshalKim") is split by the tokeniser.
 */
export function matchKorean(tokens: readonly Token[], i: number, limit: number): KoreanMatch | undefined {
  const first = tokens[i]
  if (first === undefined || first.kind !== 'word') return undefined
  if (!isCap(first) || !KOREAN_SURNAMES.has(first.norm)) return undefined
  // "Kim Il Sung-Kim Jong Il": "Jong" is a given name of the second name, begun inside the hyphenated word before it.
  if (startsInHyphenated(tokens, i)) return undefined
  const surname = first.text
  const a = tokens[i + 1]
  if (i + 1 >= limit || !isCap(a) || a.start === first.end) return undefined
  if (HYPHEN_RE.test(a.norm)) {
    const parts = partsOf(a)
    if (parts.length !== 2 || !parts.every((p) => KOREAN_SYLLABLES.has(p) || SYLLABLE_SHAPE_RE.test(p))) return undefined
    return {end: i + 2}
  }
  const b = tokens[i + 2]
  // A given name's first syllable may be a surname's word too: "Pak Wang Gyu".
  if (!KOREAN_SYLLABLES.has(a.norm) && !(KOREAN_SURNAMES.has(a.norm) && isCap(b) && b.start > a.end && KOREAN_SYLLABLES.has(b.norm))) return undefined
  // "Kim Jong ll", "Kim Jong il", "Kim Il sung": a last syllable in lower case, or with "ll" typed for "Il".
  const typed = i + 2 < limit && b !== undefined && b.start > a.end ? LOWER_LAST_SYLLABLES.get(b.text) : undefined
  if (typed && isCap(a) && !isAllCaps(a)) return {end: i + 3, glued: `${surname} ${a.text} ${typed}`}
  if (i + 2 < limit && isCap(b) && b.start > a.end) {
    // "Kim Il Sung-Kim Jong Il nation": two names joined by a hyphen; this one ends inside the word.
    const joined = pairedName(b)
    if (joined) return {end: i + 3, glued: `${surname} ${a.text} ${joined}`}
    if (KOREAN_SYLLABLES.has(b.norm) && (b.text.length === 1 || a.text.length === 1 || isAllCaps(b) === isAllCaps(a))) return {end: i + 3}
    const tail = gluedSyllable(b.text)
    if (tail) return {end: i + 3, glued: `${surname} ${a.text} ${tail}`}
  }
  // "So I asked": a surname that is also an English word, opening a sentence before the pronoun. A name whose given
  // name is the one syllable "I" (the philosopher Ri I) stands inside one.
  if (a.text === 'I' && opensSentence(tokens, i)) return undefined
  return {end: i + 2}
}

/** The given-name syllable that starts a word like "Sung-Kim" (a name's end, a hyphen, the next name's surname), or ''. */
function pairedName(t: Token): string {
  if (!HYPHEN_RE.test(t.text)) return ''
  const parts = t.text.split(HYPHEN_RE)
  return parts.length === 2 && KOREAN_SYLLABLES.has(parts[0]!.toLowerCase()) && isCapitalised(parts[1]!) && KOREAN_SURNAMES.has(parts[1]!.toLowerCase()) ? parts[0]! : ''
}

/** Whether the word before `i` is a "Sung-Kim" of two hyphen-joined names, so the word at `i` continues the second. */
function startsInHyphenated(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]
  return prev !== undefined && prev.kind === 'word' && pairedName(prev) !== '' && tokens[i - 2] !== undefined && KOREAN_SYLLABLES.has(tokens[i - 2]!.norm)
}

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word)

/** Last given-name syllables of the leaders' names as sources mistype them, with their spelling. */
const LOWER_LAST_SYLLABLES: ReadonlyMap<string, string> = new Map([['il', 'Il'], ['ll', 'Il'], ['sung', 'Sung'], ['un', 'Un']])

/** Whether the token at `i` opens a sentence, a line or a quotation. */
function opensSentence(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]
  return prev === undefined || tokens[i]!.nl === true || OPENING_PUNCT_RE.test(prev.text)
}

const OPENING_PUNCT_RE = /^[.!?:;"\u201c\u201d'\u2018\u2019(]$/

/** Match a lexicon name (lists of lower-case parts, longest first) at `i`. Returns the end token or -1. */
export function matchParts(tokens: readonly Token[], i: number, limit: number, candidates: readonly (readonly string[])[] | undefined): number {
  if (!candidates) return -1
  for (const parts of candidates) {
    let k = 0
    let j = i
    while (j < limit && k < parts.length) {
      const t = tokens[j]!
      if (t.text === '.' && k > 0) { j++; continue } // "George W. Bush"
      if (t.kind !== 'word') break
      const tp = partsOf(t)
      if (tp.some((p, n) => p !== parts[k + n])) break
      k += tp.length
      j++
    }
    if (k === parts.length) return j
  }
  return -1
}

/**
 * The capitalised run of name-like tokens starting at `i` (initials "J." and particles "van", "de" inside; capped so
 * a long title-case line stays linear). Returns the end token, or -1 when `i` cannot start a name.
 */
export function capitalisedRun(tokens: readonly Token[], i: number, limit: number): number {
  if (!isNameWord(tokens[i]) && !isInitialBeforeName(tokens, i, limit) && !(isInitialsWord(tokens[i]) && isNameWord(tokens[i + 1]))) return -1
  let j = i + 1
  let words = 1
  // At most 3 × MAX_RUN words, and a bound on the tokens too, for runs of initials and particles ("A. A. A. …").
  const last = Math.min(limit, i + MAX_RUN * 9)
  while (j < last) {
    const t = tokens[j]!
    const prev = tokens[j - 1]!
    if (t.text === '.' && prev.text.length === 1 && isCap(prev) && t.start === prev.end) { j++; continue } // initial
    // a second initial, whatever its letter ("K. A. Kolpakov": "A" is no name word alone)
    if (prev.text === '.' && t.text.length === 1 && isCap(t) && tokens[j + 1]?.text === '.' && tokens[j + 1]!.start === t.end && isCap(tokens[j + 2])) { j++; continue }
    if ((t.text === "'" || t.text === '’') && t.start === prev.end && isCap(tokens[j + 1]) && prev.text.length === 1) { j++; continue } // O'Neill
    if (PARTICLES.has(t.text) && isNameWord(tokens[j + 1]) && j + 1 < limit) { j++; continue }
    // "Prime Minister John Major says": a title word inside a run ends it only when a name follows it
    const inner = isCap(t) && TITLES_BEFORE.has(t.norm) && !isCap(tokens[j + 1])
    if (!(inner || isNameWord(t)) || ++words > MAX_RUN * 3) break
    // "Adrian Warner BERLIN": a change between capitals and mixed case ends a name
    if (t.text.length > 1 && prev.text.length > 1 && prev.kind === 'word' && isAllCaps(t) !== isAllCaps(prev) && !isInitialsWord(prev)) break
    j++
  }
  return j
}

/** Number of name words (not initials' periods, particles or apostrophes) in `[start, end)`. */
export function wordCount(tokens: readonly Token[], start: number, end: number): number {
  let n = 0
  for (let j = start; j < end; j++) if (isCap(tokens[j])) n++
  return n
}

/**
 * True when the word before `i` (skipping a period: "Mr.") is a title that marks a person: a strong one (Mr, President,
 * coach), or for names of two words or more any title written in lower case ("general secretary Ann Lee").
 */
export function hasTitleBefore(tokens: readonly Token[], i: number, words: number): boolean {
  if (tokens[i]?.nl && tokens[i - 1]?.kind === 'word') return false // "… Syrian President⏎⏎Pyongyang, March 9": a headline's end
  let p = tokens[i - 1]
  if (p?.text === '.') {
    const abbreviation = tokens[i - 2]
    p = abbreviation && abbreviation.end === p.start && abbreviation.text.length <= 4 ? abbreviation : undefined
  }
  if (p === undefined || p.kind !== 'word') return false
  // "Ambassador to the DPRK Kim Ok Chol": an envoy's office and where it is, before the name.
  if (words >= 2 && envoyToBefore(tokens, i)) return true
  // "charge d'affaires ad interim of the Polish Embassy here Mieczyslaw Dedo": an envoy's office, "here", the name.
  if (words >= 2 && p.norm === 'here' && officeShortlyBefore(tokens, i - 1)) return true
  // "Cuban Commercial Councilor Enrique Gomez Soler": a nationality and a capitalised office before the name.
  if (words >= 2 && isCap(p) && OFFICE_HEADS.has(p.norm) && nationalityBefore(tokens, i - 1) && !OFFICE_WORDS.has(tokens[i]!.norm)) return true
  // "General Secretary Filiberto Ntutumu Nguema", "Secretary General X", "First Secretary X": a capitalised office of two words.
  if (words >= 2 && TITLES_BEFORE.has(p.norm) && isCap(p) && OFFICE_FIRST_WORDS.has(tokens[i - 2]?.norm ?? '') && isCap(tokens[i - 2])) return true
  // "the DR Congo": a word in capitals before a name is an abbreviation of something else, not a title.
  if (isAllCaps(p) && p.text.length > 1 && !isAllCaps(tokens[i]!)) return false
  return TITLES_STRONG.has(p.norm) || (words >= 2 && TITLES_BEFORE.has(p.norm) && !isCap(p)) || (words >= 2 && endsChargeDAffaires(tokens, i))
}

/** A nationality adjective at most two capitalised words before the office at `k`: "Cuban [Commercial] Councilor". */
function nationalityBefore(tokens: readonly Token[], k: number): boolean {
  for (let q = k - 1; q >= k - 3 && q >= 0; q--) {
    const t = tokens[q]!
    if (!isCap(t)) return false
    if (isNationalityShape(t.text)) return true
  }
  return false
}

/** An envoy's office in the twelve words before `k` ("ambassador of …", "charge d'affaires … of the … Embassy"). */
function officeShortlyBefore(tokens: readonly Token[], k: number): boolean {
  for (let q = k - 1; q >= k - 12 && q >= 0; q--) {
    const n = tokens[q]!.norm
    if (n === 'ambassador' || n === 'charge' || n === 'consul' || n === 'attache' || n === 'envoy' || n === 'councilor' || n === 'counsellor') return true
    if (tokens[q]!.text === '.' || tokens[q]!.text === ',') return false
  }
  return false
}

/** Capitalised words that open an office of two words before a name: "General Secretary", "Secretary General". */
const OFFICE_FIRST_WORDS: ReadonlySet<string> = new Set(['general', 'secretary', 'first', 'executive', 'deputy', 'vice', 'chief', 'managing'])

/** "Ambassador to the DPRK Le Quang Ba", "envoy to Korea X": an envoy's office and the country he is sent to, right before `i`. */
function envoyToBefore(tokens: readonly Token[], i: number): boolean {
  const country = tokens[i - 1]
  if (!country || !(COUNTRY_WORDS.has(country.norm) || (isAllCaps(country) && country.text.length >= 2))) return false
  let k = i - 2
  if (tokens[k]?.norm === 'the') k--
  if (tokens[k]?.norm !== 'to') return false
  const office = tokens[k - 1]
  return office !== undefined && OFFICE_HEADS.has(office.norm)
}

/** "charge d'affaires [ad interim]" right before `i`. */
function endsChargeDAffaires(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 6; k <= i - 4; k++) if (k >= 0 && chargeDAffairesEnd(tokens, k) === i) return true
  return false
}

/** True when the run starts with an initial: "P. Simmons", "J. R. Smith", "V.V. Zhirinovsky". */
export const hasInitial = (tokens: readonly Token[], s: number): boolean =>
  ((tokens[s]!.text.length === 1 && tokens[s + 1]?.text === '.' && tokens[s + 1]!.start === tokens[s]!.end) || isInitialsWord(tokens[s])) &&
  tokens[s - 1]?.end !== tokens[s]!.start // "DPRK-U.S. Ties" is no initial

const INITIALS_WORD_RE = /^(?:\p{Lu}\.){1,3}$/u
/** Dotted abbreviations before names that are no one's initials: states, bodies, titles ("G.S." for General Secretary, "H.E."). */
const NOT_INITIALS: ReadonlySet<string> = new Set(['U.S.', 'U.N.', 'U.K.', 'E.U.', 'D.C.', 'H.E.', 'G.S.', 'E.P.', 'C.C.', 'S.K.', 'N.K.', 'R.O.K.', 'A.M.', 'P.M.'])
/** True for initials written as one word: "V.V.", "J.R.", not "U.S.". */
export const isInitialsWord = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && INITIALS_WORD_RE.test(t.text) && !NOT_INITIALS.has(t.text)

/** True when the first word of a run is a known given name. */
export const hasFirstName = (t: Token): boolean => FIRST_NAMES.has(t.norm) || (HYPHEN_RE.test(t.norm) && FIRST_NAMES.has(partsOf(t)[0]!))

/**
 * True when the name `[start, end)` is part of the name of a place, body or thing: followed (through at most four more
 * capitalised words) by a head word (Square, University, Mill, …), or preceded by "Order of", "Prize of".
 */
export function isInsideThing(tokens: readonly Token[], start: number, end: number, limit: number): number {
  let j = end
  let seen = 0
  while (j < limit && seen < 5) {
    const t = tokens[j]!
    if (NON_PERSON_HEADS.has(t.norm) && isCap(t)) return j + 1
    if (t.norm === 'and' && seen > 0 && isCap(tokens[j + 1])) { j++; continue }
    if (!isCap(t) || HEADLINE_VERBS.has(t.norm) || (seen > 0 && KOREAN_SURNAMES.has(t.norm))) break
    if (isAllCaps(t) && t.text.length > 1 && !isAllCaps(tokens[end - 1]!)) break // "Kim Jong Un KPA ..."
    seen++
    j++
  }
  const of = tokens[start - 1]
  const head = tokens[start - 2]
  if (of?.norm === 'of' && head && isCap(head) && (head.norm === 'order' || head.norm === 'prize' || head.norm === 'medal')) return end
  return -1
}

// --- internal ---

const GLUED_TAIL_RE = /^\p{Lu}\p{Ll}+$/u
// Past-tense verbs and adverbs glued after a bold name ("Unexpressed", "Unwarmly").
const GLUED_VERB_RE = /^[a-z]{2,}(?:ed|ly)$|^[a-z]{3,}ing$|^(?:went|took|saw|put|held|laid|stood|told|paid|learned|carries|has)$/
// Words seen glued after a bold name; a closed list, so "University" is never read as "Un" + "iversity".
const GLUED_WORDS: ReadonlySet<string> = new Set([
  'and', 'as', 'at', 'by', 'for', 'from', 'had', 'has', 'in', 'is', 'of', 'on', 'or', 'the', 'to', 'was', 'who', 'with',
  'were', 'visited', 'inspected', 'said', 'sent', 'gave', 'made', 'also', 'that', 'which', 'into', 'invited', 'good',
  'so', 'but', 'be', 'met', 'a', 'an', 'are', 'will', 'would', 'his', 'their', 'it', 'he', 'not', 'under', 'over', 'after',
  'before', 'upon', 'through', 'about', 'because', 'since', 'while', 'when', 'called', 'personally', 'warmly', 'once',
  'led', 'won', 'got', 'gives', 'can', 'set', 'contributes', 'lie',
])

/** "Unand" → "Un", "Sungwith" → "Sung": a syllable glued to the next (lower-case) word, or ''. */
function gluedSyllable(text: string): string {
  if (!GLUED_TAIL_RE.test(text) || text.length > 14) return ''
  for (let k = Math.min(text.length - 1, 6); k >= 1; k--) {
    const head = text.slice(0, k)
    const tail = text.slice(k)
    if (KOREAN_SYLLABLES.has(head.toLowerCase()) && (GLUED_WORDS.has(tail) || GLUED_VERB_RE.test(tail))) return head
  }
  return ''
}

/** "A. Smith", "I. Lee", "V. V. Putin": up to four one-letter initials (also words: "A", "I"), each glued to its
 *  period, before a name. A loop with a bound, so a run of "A. A. A. …" costs a few steps at each token. */
function isInitialBeforeName(tokens: readonly Token[], i: number, limit: number): boolean {
  if (tokens[i - 1]?.end === tokens[i]?.start) return false
  for (let k = 0; k < MAX_INITIALS; k++, i += 2) {
    const t = tokens[i]
    const dot = tokens[i + 1]
    if (t === undefined || t.text.length !== 1 || !isCap(t) || dot?.text !== '.' || dot.start !== t.end || i + 2 >= limit) return false
    if (tokens[i + 2]!.start <= dot.end) return false
    if (isNameWord(tokens[i + 2])) return true
  }
  return false
}

const MAX_INITIALS = 4

function isNameWord(t: Token | undefined): t is Token {
  return isCap(t) && !TITLES_BEFORE.has(t.norm) && !NEVER_NAMES.has(t.norm)
}
