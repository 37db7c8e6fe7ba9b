import type {Token} from '../../pipeline/doc.ts'
import {chargeDAffairesEnd, isNationalityShape} from '../tokenise/shared.ts'
import {
  BETWEEN_TITLE_AND_NAME, CALENDAR_WORDS, CAPITALISED_ADJECTIVES, DETERMINERS, HEADS, MODIFIERS, NP_STOP, RANK_ABBREVIATIONS, RANKS, TITLE_PREPOSITIONS,
} from './lexicon.ts'

/** What the title parser needs to know about a doc: tokens plus where people and organisations start. */
export interface ParseContext {
  readonly tokens: readonly Token[]
  /** Index of the PERSON mention starting at token i, or -1. */
  readonly personAt: number[]
  /** End of the ORG mention starting at token i, or -1. */
  readonly orgEnd: number[]
}

/** A title found at a position: `core` is the office words ("first vice-chairman"), `end` includes "of …" phrases. */
export interface ParsedTitle {
  readonly start: number
  readonly end: number
  /** Index of the head word (the office noun), whose plural is singularised in the output. */
  readonly head: number
  readonly coreEnd: number
  readonly plural: boolean
  /** Only rank words ("KPA General"). */
  readonly rankOnly: boolean
  /** Has a prepositional phrase ("… of the Cabinet"). */
  readonly hasPhrase: boolean
}

const CAPITAL_RE = /^\p{Lu}/u
const ACRONYM_RE = /^(?:\p{Lu}{2,}|(?:\p{Lu}\.){2,})$/u
const PARTICIPLE_RE = /^[a-z]+(?:ed|ing)$/
const PLURAL_MEN_RE = /men$/i
const PLURAL_IES_RE = /ies$/i

/** True when the word starts with a capital letter. */
export const isCapitalised = (text: string): boolean => CAPITAL_RE.test(text)

const isPreModifier = (text: string): boolean => ACRONYM_RE.test(text) || isNationalityShape(text)

/** A modifier word, or a hyphenated compound of modifiers and office words ("vice-department", "vice-prime"). */
function isModifier(norm: string): boolean {
  if (MODIFIERS.has(norm)) return true
  if (!norm.includes('-')) return false
  const parts = norm.split('-')
  return parts.length <= 3 && parts.every((p) => MODIFIERS.has(p) || HEADS.has(p))
}

/** The singular head word of a token ("vice-chairmen" → "chairman"), or undefined when it is no office word. */
export function headOf(norm: string): {singular: string; plural: boolean} | undefined {
  const dash = norm.lastIndexOf('-')
  const last = dash < 0 ? norm : norm.slice(dash + 1)
  if (HEADS.has(last)) return {singular: last, plural: false}
  if (PLURAL_MEN_RE.test(last) && HEADS.has(`${last.slice(0, -3)}man`)) return {singular: `${last.slice(0, -3)}man`, plural: true}
  if (PLURAL_IES_RE.test(last) && HEADS.has(`${last.slice(0, -3)}y`)) return {singular: `${last.slice(0, -3)}y`, plural: true}
  if (last.endsWith('s') && HEADS.has(last.slice(0, -1))) return {singular: last.slice(0, -1), plural: true}
  return undefined
}

/** The singular of a plural head as written ("Vice-Chairmen" → "Vice-Chairman", "members" → "member"). */
export function singularOf(text: string): string {
  if (PLURAL_MEN_RE.test(text)) return `${text.slice(0, -3)}${text.slice(-3, -2)}a${text.slice(-1)}`
  if (PLURAL_IES_RE.test(text)) return `${text.slice(0, -3)}${text[text.length - 3] === 'I' ? 'Y' : 'y'}`
  return text.endsWith('s') ? text.slice(0, -1) : text
}

/** A word that can be part of a title core (office, modifier, acronym, nationality). */
export function isCoreWord(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false
  return headOf(token.norm) !== undefined || isModifier(token.norm) || RANK_ABBREVIATIONS.has(token.norm) ||
    isPreModifier(token.text) || token.norm === 'charge' || token.norm === 'charges'
}

/**
 * Parse the office words at `i`: modifiers then heads, ending on a head ("KPA Vice Marshal", "first vice department
 * director", "Secretary General", "Col. General"). Acronyms and nationalities only before the first head.
 */
export function parseCore(context: ParseContext, i: number, bound: number, lineMode: boolean):
  {end: number; head: number; plural: boolean; rankOnly: boolean} | undefined {
  const {tokens} = context
  let j = i
  let head = -1
  let plural = false
  let rankOnly = true
  while (j < bound && j - i < 8) {
    const t = tokens[j]!
    if (t.kind !== 'word' || (j > i && context.personAt[j]! >= 0) || (lineMode && j > i && t.nl)) break
    const next = tokens[j + 1]
    const envoy = chargeDAffairesEnd(tokens, j)
    if (envoy > 0 && envoy <= bound) {
      head = envoy - 1
      plural = false
      rankOnly = false
      j = envoy
      continue
    }
    if (RANK_ABBREVIATIONS.has(t.norm) && next?.text === '.' && next.start === t.end && j + 1 < bound) {
      j += 2
      continue
    }
    const h = headOf(t.norm)
    if (h) {
      head = j
      plural = h.plural
      if (!RANKS.has(h.singular)) rankOnly = false
      j++
      continue
    }
    if (isModifier(t.norm) || (head < 0 && isPreModifier(t.text))) {
      j++
      continue
    }
    break
  }
  return head < 0 ? undefined : {end: head + 1, head, plural, rankOnly}
}

/** True when a title starts at `k` and ends at a boundary (punctuation, "and", a preposition, a name). */
export function isTitleStart(context: ParseContext, k: number, bound: number): boolean {
  const core = parseCore(context, k, bound, false)
  if (!core) return false
  const next = context.tokens[core.end]
  return !next || next.kind === 'punct' || next.norm === 'and' || TITLE_PREPOSITIONS.has(next.norm) ||
    context.personAt[core.end]! >= 0 || BETWEEN_TITLE_AND_NAME.has(next.norm)
}

/**
 * Parse a title at `i`: its core, then "of …", "to …", "in charge of …" phrases, never past `bound` or a name.
 * `lowerAfterCapitals` lets a phrase go on in lower case after capitalised words ("of the KPA General staff"): only
 * for a title that must end right before a name.
 * Pure; cost is bounded by `bound - i`.
 */
export function parseTitle(context: ParseContext, i: number, bound: number, lineMode = false, lowerAfterCapitals = false): ParsedTitle | undefined {
  const core = parseCore(context, i, bound, lineMode)
  if (!core) return undefined
  const {tokens} = context
  let j = core.end
  let hasPhrase = false
  while (j < bound) {
    const t = tokens[j]!
    if (lineMode && t.nl) break
    let k = -1
    if (t.norm === 'in' && tokens[j + 1]?.norm === 'charge' && tokens[j + 2]?.norm === 'of') k = parsePhrase(context, j + 3, 'of', bound, lineMode, lowerAfterCapitals)
    else if (TITLE_PREPOSITIONS.has(t.norm)) k = parsePhrase(context, j + 1, t.norm, bound, lineMode, lowerAfterCapitals)
    if (k < 0) break
    j = k
    hasPhrase = true
  }
  return {start: i, end: j, head: core.head, coreEnd: core.end, plural: core.plural, rankOnly: core.rankOnly, hasPhrase}
}

// --- internal ---

/** The noun phrase after a preposition: returns its end, or -1. */
function parsePhrase(context: ParseContext, k: number, preposition: string, bound: number, lineMode: boolean, lowerAfterCapitals: boolean): number {
  const {tokens, personAt, orgEnd} = context
  if (k >= bound || (lineMode && tokens[k]!.nl)) return -1
  if (DETERMINERS.has(tokens[k]!.norm)) k++
  const first = tokens[k]
  if (!first || k >= bound || (lineMode && first.nl)) return -1
  if (preposition === 'for' && !isCapitalised(first.text)) return lowerCasePortfolio(context, k, bound, lineMode)
  if (preposition !== 'of' && !isCapitalised(first.text)) return -1
  if (CALENDAR_WORDS.has(first.norm) && preposition !== 'of') return -1
  let last = -1
  let lower = 0
  let hasCapital = false
  let lowerMayFollow = false
  let namedAfter = false
  while (k < bound) {
    const t = tokens[k]!
    if (lineMode && t.nl && last >= 0) break
    const org = orgEnd[k]!
    if (org > k && org <= bound) {
      k = last = org
      hasCapital = true
      lower = 0
      lowerMayFollow = false
      continue
    }
    if (personAt[k]! >= 0 && !namedAfter) break
    // "Union Named after Kim Jong Suk": the name belongs to the body's name.
    if (t.norm === 'after' && last === k && tokens[k - 1]!.norm === 'named' && isCapitalised(tokens[k + 1]?.text ?? '')) {
      k++
      namedAfter = true
      continue
    }
    // "and" inside a name ("Ministry of Finance and Economy"), not before a new office ("… and president of …").
    if (t.norm === 'and' || t.text === '&') {
      // "director for Asia and the Pacific of …": "the" after "and" before a capitalised word of the same phrase.
      // A body named there is a second one: "… of the Society … and the Austrian Committee for …".
      const skip = t.norm === 'and' && tokens[k + 1]?.norm === 'the' && orgEnd[k + 2]! < 0 ? 1 : 0
      const after = tokens[k + 1 + skip]
      if (last !== k || !after || k + 1 + skip >= bound || !isCapitalised(after.text) || personAt[k + 1 + skip]! >= 0 ||
        (lineMode && after.nl) || isTitleStart(context, k + 1 + skip, bound)) break
      k += 1 + skip
      continue
    }
    // Possessives are word tokens: "People's", "Workers' Party".
    if (last === k && (t.text === "'s" || t.text === '’s' || ((t.text === "'" || t.text === '’') && t.start === tokens[k - 1]!.end))) {
      k = last = k + 1
      continue
    }
    if (t.kind === 'word') {
      namedAfter &&= isCapitalised(t.text)
      if (isCapitalised(t.text)) {
        k = last = k + 1
        hasCapital = true
        lower = 0
        lowerMayFollow = isPreModifier(t.text) || CAPITALISED_ADJECTIVES.has(t.norm)
        continue
      }
      // Lower-case words: "of the north side", "of its Central Committee", "of the Russian association".
      if (NP_STOP.has(t.norm) || PARTICIPLE_RE.test(t.norm) || lower >= 3) break
      if (hasCapital && !lowerMayFollow && lower === 0 && !lowerAfterCapitals) break
      k = last = k + 1
      lower++
      continue
    }
    if (t.kind === 'number' && last === k) {
      k = last = k + 1
      continue
    }
    const next = tokens[k + 1]
    // "the C.C., the WPK": KCNA's comma inside a name.
    if (t.text === ',' && last === k && (tokens[k - 1]!.norm === 'c.c.' || tokens[k - 1]!.norm === 'cc') && next &&
      (next.norm === 'the' || isCapitalised(next.text))) {
      k += next.norm === 'the' ? 2 : 1
      continue
    }
    break
  }
  return last
}

/**
 * "secretary for organizational affairs of …", "minister for foreign affairs, …": a portfolio in lower case after
 * "for", one to three words, taken only when "of", punctuation or a name follows it (so "love for the people the
 * officials" is not a title). Returns its end, or -1.
 */
function lowerCasePortfolio(context: ParseContext, k: number, bound: number, lineMode: boolean): number {
  const {tokens, personAt} = context
  let j = k
  while (j < bound && j - k < 3) {
    const t = tokens[j]!
    if (t.kind !== 'word' || isCapitalised(t.text) || NP_STOP.has(t.norm) || PARTICIPLE_RE.test(t.norm) || (lineMode && t.nl)) break
    j++
  }
  if (j === k) return -1
  const next = tokens[j]
  if (!next || j >= bound || next.norm === 'of' || personAt[j]! >= 0 || (next.kind === 'punct' && next.text !== '(' && next.text !== '"')) return j
  return -1
}
