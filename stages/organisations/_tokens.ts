import type {Token} from '../../pipeline/doc.ts'
import {isCap} from '../tokenise/shared.ts'
import {ACRONYMS, ALIASES, HEADS, HEADS_NEEDING_PREVIOUS, KNOWN_NAMES, NON_ORG_ACRONYMS, PLACES_BY_FIRST} from './lexicon.ts'

const ACRONYM_RE = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d]{1,6}$|^\p{Lu}{1,3}\d+$/u
const APOSTROPHES_RE = /[’‘]/g

/** Folded surface of a token for lexicon matches: curly apostrophes made straight. */
export const surface = (t: Token): string => t.text.replace(APOSTROPHES_RE, "'")

/** An all-capital token that looks like an acronym: "WPK", "U.N.", "G7". */
export const isAcronymShape = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === 'word' && ACRONYM_RE.test(t.text)

/** A possessive or plural-possessive mark: "People" + "'s", "Workers" + "'". */
export const isPossessive = (t: Token | undefined): boolean => t !== undefined && (t.norm === "'s" || t.norm === "'")

/** True when the token is an organisation's acronym or alias (never a state's: DPRK, U.S.). */
export function isOrgAcronym(t: Token | undefined, defined: ReadonlyMap<string, string>): boolean {
  if (t === undefined || NON_ORG_ACRONYMS.has(t.text)) return false
  return defined.has(t.text) || ACRONYMS.has(t.text) || (ALIASES.has(t.text) && t.text !== 'C.C.')
}

/** True when token `i` is a capitalised head word that ends a name ("Committee"; "Staff" only after "General"). */
export function isHeadAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]
  if (!t || !isCap(t) || !HEADS.has(t.norm)) return false
  const previous = HEADS_NEEDING_PREVIOUS.get(t.norm)
  if (!previous) return true
  // "the Movement for Peace and Socialism of Italy", "Group for the Study of …": a purpose in capitals after it.
  return previous.has(previousWord(tokens, i)) || (tokens[i + 1]?.norm === 'for' && isCap(tokens[tokens[i + 2]?.norm === 'the' ? i + 3 : i + 2]))
}

/** End (exclusive) of a known name starting at `i` ("Rodong Sinmun"), or -1. */
export function knownNameAt(tokens: readonly Token[], i: number, limit: number): number {
  return sequenceAt(KNOWN_NAMES, tokens, i, limit)
}

/** End (exclusive) of a country or region starting at `i` ("Japan", "South Africa"), or -1. */
export function placeAt(tokens: readonly Token[], i: number, limit: number): number {
  return sequenceAt(PLACES_BY_FIRST, tokens, i, limit)
}

// --- internal ---

function previousWord(tokens: readonly Token[], i: number): string {
  const p = tokens[i - 1]
  if (!p) return ''
  if (isPossessive(p)) return (tokens[i - 2]?.norm ?? '') + p.norm
  return p.norm
}

function sequenceAt(index: ReadonlyMap<string, readonly (readonly string[])[]>, tokens: readonly Token[], i: number, limit: number): number {
  const first = tokens[i]
  if (!first) return -1
  const candidates = index.get(surface(first))
  if (!candidates) return -1
  for (const words of candidates) {
    if (i + words.length > limit) continue
    let ok = true
    for (let k = 1; k < words.length; k++) {
      if (surface(tokens[i + k]!) !== words[k]) { ok = false; break }
    }
    if (ok) return i + words.length
  }
  return -1
}
