import type {Doc, Span} from '../../pipeline/doc.ts'
import {isCap} from '../tokenise/shared.ts'
import {ACRONYMS, ALIASES, NON_ORG_ACRONYMS} from './lexicon.ts'
import {isAcronymShape, isPossessive} from './_tokens.ts'

const CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'in', 'on', '&'])
const MAX_BACK = 14
const CLOSING: ReadonlySet<string> = new Set(['"', "'s"])
const FOLD_RE = /[^\p{L}\p{N}]+/gu

/**
 * Acronyms and short names that the article defines in parentheses right after a long form:
 * "Korean Youth League in Japan (KYLJ)", "General Association of Korean Residents in Japan (Chongryon)".
 * The long form is the shortest run of words before "(" whose initials spell the acronym, or the lexicon's
 * long name when the text has it there. First definition wins. Pure.
 */
export function findDefinitions(doc: Doc): Map<string, Span> {
  const {tokens} = doc
  const found = new Map<string, Span>()
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i]!.text !== '(' || tokens[i + 2]!.text !== ')') continue
    const short = tokens[i + 1]!
    if (found.has(short.text) || NON_ORG_ACRONYMS.has(short.text)) continue
    const known = ACRONYMS.get(short.text) ?? ALIASES.get(short.text)
    if (!isAcronymShape(short) && known === undefined) continue
    // The long form ends before a closing quote or a possessive: "the \"Self-Defense Forces\" (SDF)", "the Intelligence
    // Service's (IS) interference".
    let end = i
    while (end > 1 && CLOSING.has(tokens[end - 1]!.norm) && tokens[end - 1]!.start === tokens[end - 2]!.end) end--
    const start = byInitials(doc, end, short.text.replace(/\./g, '').toUpperCase()) ??
      (known === undefined ? undefined : byLongName(doc, end, known))
    if (start !== undefined) found.set(short.text, {start, end})
  }
  return found
}

// --- internal ---

function byInitials(doc: Doc, paren: number, letters: string): number | undefined {
  let initials = ''
  for (let p = paren - 1; p >= 0 && p >= paren - MAX_BACK; p--) {
    const t = doc.tokens[p]!
    if (isCap(t)) {
      initials = (isAcronymShape(t) ? t.text.replace(/\./g, '') : t.text[0]!.toUpperCase()) + initials
      if (initials === letters) return p
      if (initials.length >= letters.length) return undefined
      continue
    }
    if (!CONNECTORS.has(t.norm) && !isPossessive(t)) return undefined
  }
  return undefined
}

function byLongName(doc: Doc, paren: number, longName: string): number | undefined {
  const target = longName.toLowerCase().replace(FOLD_RE, '')
  const end = doc.tokens[paren - 1]!.end
  for (let p = paren - 1; p >= 0 && p >= paren - MAX_BACK; p--) {
    const text = doc.text.slice(doc.tokens[p]!.start, end).toLowerCase().replace(FOLD_RE, '')
    if (text === target) return p
    if (text.length > target.length) return undefined
  }
  return undefined
}
