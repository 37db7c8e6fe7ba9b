import {textOf, type Doc, type Mention} from '../../pipeline/doc.ts'
import {isCap, pushTo, singleSpaced} from '../tokenise/shared.ts'
import {ACRONYMS, ALIASES, HEADS, LONE_HEADS_KEPT, NON_ORG_ACRONYMS, POSSESSIVE_NAME_WORDS, SUB_BODIES} from './lexicon.ts'
import {ccBodyStart, type Candidate} from './_scan.ts'
import {placeAt} from './_tokens.ts'

/** A candidate with its grouping key and the form it would show as a value. */
export interface Keyed extends Candidate {
  /** Lower-case, acronyms expanded, "X Y" turned into "Y of X", "the" and "of the DPRK" dropped. */
  readonly key: string
  /** The form to show: the surface, or the long form of a defined acronym or of "C.C.,". */
  readonly display: string
  /** False when the display still holds an acronym the article or lexicon can expand. */
  readonly written: boolean
}

const WPK_KEY = 'workers party of korea'
const WPK_NAME = "Workers' Party of Korea"
const DPRK_TAIL_RE = / of (?:dprk|democratic people republic of korea)$/
// From a word's start only (the look-behind), so a long run of letters is read once, not once from each of its letters.
const KEY_POSSESSIVE_RE = /(?<![\p{L}])(\p{L}*) ?['’]s\b/gu
/** A possessive's key: the word alone ("people's" → "people"), or the plural of a plural name word misspelt as a singular ("worker's" → "workers", the key of "workers'"). */
const possessiveKey = (_: string, word: string): string => (word && POSSESSIVE_NAME_WORDS.has(`${word}s`) ? `${word}s` : word)
const KEY_PUNCT_RE = /[’'.,()"“”]/g
const KEY_SPACE_RE = /\s+/g

/** Give a candidate its key and display form. Pure. */
export function keyCandidate(doc: Doc, c: Candidate, defined: ReadonlyMap<string, string>): Keyed {
  const {tokens} = doc
  // Made field by field: a spread of candidates of several shapes is a slow, generic copy in a hot path.
  if (c.display !== undefined) return {start: c.start, end: c.end, rule: c.rule, key: toKey(c.display), display: c.display, written: true}
  let start = c.start
  let words: string[] = []
  let display = textOf(doc, c)
  let written = true
  const ccBody = c.rule === 'organisations:cc-abbreviation' ? ccBodyStart(tokens, c.start) : -1
  // A tail of a "C.C., X" name (cut in a headline) may no longer start at the C.C.: then it is an ordinary name.
  if (ccBody > c.start && ccBody < c.end) {
    start = ccBody
    words = ['Central', 'Committee', 'of']
    // "C.C., Workers' Party of Korea" is the Central Committee *of the* party, written with or without "the".
    display = `Central Committee of the ${doc.text.slice(tokens[start]!.start, tokens[c.end - 1]!.end)}`
  }
  // "DPRK SPA Standing Committee": a leading state is not part of the body's identity.
  while (start < c.end - 1 && (NON_ORG_ACRONYMS.has(tokens[start]!.text) || placeAt(tokens, start, start + 1) > 0) && isCap(tokens[start + 1])) start++
  let firstExpanded: string[] | undefined
  for (let k = start; k < c.end; k++) {
    const t = tokens[k]!
    const party = t.text === 'C.C.' ? ccBodyStart(tokens, k) : -1
    if (party > 0 && party < c.end) {
      // "… Bureau of the C.C., the WPK" is keyed as "… Bureau of the Central Committee of the WPK".
      words.push('Central', 'Committee', 'of')
      k = party - 1
      continue
    }
    if (t.text === '(' && k > start) {
      // "(Marxist-Leninist)" and "(M-L)" are keyed alike, by their initials.
      let initials = ''
      for (k++; k < c.end && tokens[k]!.text !== ')'; k++) initials += qualifierInitials(tokens[k]!.text)
      words.push(initials)
      continue
    }
    const long = defined.get(t.text) ?? ACRONYMS.get(t.text) ?? (t.text === 'C.C.' ? undefined : ALIASES.get(t.text))
    if (long === undefined) {
      words.push(t.text)
      continue
    }
    const expansion = long.split(' ')
    if (c.end - c.start === 1 && defined.has(t.text)) display = long
    else written = false
    if (k === start && isCap(tokens[k + 1]) && k + 1 < c.end && words.length === 0) firstExpanded = expansion
    else words.push(...expansion)
  }
  if (firstExpanded) words = [...words, 'of', ...firstExpanded]
  else words = subBodyFirst(words)
  return {start: c.start, end: c.end, rule: c.rule, key: toKey(words.join(' ')), display, written}
}

/** How a longer name continues a shorter one it begins: "x of y", "x under y". */
const COMPLEMENT_LINKS: readonly string[] = [' of ', ' under ']

/**
 * Group keyed candidates into bodies and give every mention its body's value: the longest written-out full form in
 * the article. Short forms ("the General Staff", "the Party") join the nearest body they abbreviate; a bare
 * sub-body or head word that abbreviates nothing is dropped. Pure.
 */
export function assignValues(doc: Doc, items: readonly Keyed[], expandKnown: boolean): Mention[] {
  const hasWpk = items.some((m) => m.key.includes(WPK_KEY))
  const groups = new Map<string, Keyed[]>()
  const resolved = new Set<Keyed>()
  for (const item0 of items) {
    let item = item0
    if (item.key === 'party' || item.key.endsWith(' of party')) {
      if (!hasWpk) { if (item.key === 'party') continue } else item = {...item, key: item.key.replace(/party$/, WPK_KEY)}
      if (item.key === WPK_KEY) resolved.add(item)
    }
    pushTo(groups, item.key, item)
  }
  const keys = [...groups.keys()]
  // The longer names each key begins ("x" → "x of y", "x under y"), in key order: found by the prefixes of each
  // key, not by testing every pair of keys (an article naming thousands of bodies stays linear).
  const longer = new Map<string, string[]>()
  for (const k of keys) {
    for (const link of COMPLEMENT_LINKS) for (let at = k.indexOf(link); at > 0; at = k.indexOf(link, at + 1)) pushTo(longer, k.slice(0, at), k)
  }
  for (const key of keys) {
    // Only bodies still named: one merged into a longer name already ("x of y" into "x of y under z") is gone.
    const targets = (longer.get(key) ?? []).filter((k) => groups.has(k))
    const list = groups.get(key)!
    if (targets.length === 0) {
      if (isGeneric(key)) groups.delete(key)
      continue
    }
    for (const item of list) {
      const target = nearest(item, targets, groups)
      groups.get(target)!.push(item)
      resolved.add(item)
    }
    groups.delete(key)
  }
  mergeInitials(doc, groups, resolved)
  const mentions: Mention[] = []
  for (const [key, list] of groups) {
    // A name written across a line break ("Ehwa\nWomen's University" in wrapped text) is valued with single spaces.
    const value = singleSpaced(valueOf(key, list, resolved, expandKnown))
    for (const m of list) {
      mentions.push({start: m.start, end: m.end, label: 'ORG', text: textOf(doc, m), value, rule: m.rule})
    }
  }
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end)
}

/** Lower-case grouping key of a name's words (remembered: the same names come back article after article). */
export function toKey(words: string): string {
  let key = KEYS.get(words)
  if (key === undefined) {
    // Bounded: a corpus of many distinct names starts the memory again rather than growing without end.
    if (KEYS.size >= MAX_KEYS) KEYS.clear()
    // Remembered by a copy: `words` may be a slice of an article's text, which V8 keeps whole while the slice lives.
    KEYS.set(structuredClone(words), (key = keyOf(words)))
  }
  return key
}

const KEYS = new Map<string, string>()
const MAX_KEYS = 50_000

function keyOf(words: string): string {
  return ` ${words} `.toLowerCase().replace(KEY_POSSESSIVE_RE, possessiveKey).replace(KEY_PUNCT_RE, ' ').replace(KEY_SPACE_RE, ' ')
    .replace(/ the /g, ' ').replace(/ the /g, ' ').replace(/south-north/g, 'north-south').replace(TERM_RE, ' ').trim().replace(DPRK_TAIL_RE, '')
}

/** The term of a standing body ("Eighth Central Committee", "14th Supreme People's Assembly"): one body, whatever its term. */
const TERM_RE = / (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) (?=central committee|supreme people assembly|spa )/g

// --- internal ---

/** "Korean Cameramen's Union Central Committee" → "Central Committee of Korean Cameramen's Union". */
function subBodyFirst(words: string[]): string[] {
  for (let len = 3; len >= 1; len--) {
    if (words.length <= len) continue
    const tail = words.slice(-len)
    if (!SUB_BODIES.has(tail.join(' ').toLowerCase())) continue
    const prefix = words.slice(0, -len)
    const last = prefix[prefix.length - 1]!.toLowerCase()
    if (HEADS.has(last)) return [...tail, 'of', ...prefix]
  }
  return words
}

function qualifierInitials(word: string): string {
  return /^\p{Lu}+$/u.test(word) ? word : word.split('-').map((w) => w[0] ?? '').join('').toUpperCase()
}

function isGeneric(key: string): boolean {
  return SUB_BODIES.has(key) || (!key.includes(' ') && HEADS.has(key) && !LONE_HEADS_KEPT.has(key))
}

function nearest(item: Keyed, targets: readonly string[], groups: ReadonlyMap<string, Keyed[]>): string {
  let best = targets[0]!
  let bestDistance = Infinity
  for (const target of targets) {
    for (const m of groups.get(target)!) {
      // Prefer a body named before the short form; one named after counts as farther away.
      const distance = m.start <= item.start ? item.start - m.start : (m.start - item.start) * 4
      if (distance < bestDistance) {
        bestDistance = distance
        best = target
      }
    }
  }
  return best
}

/**
 * An unexplained acronym ("the GNP group") joins the body whose initials it spell, or takes as its value a body
 * named inside a longer name ("… Committee of the National Assembly" for "NA").
 */
function mergeInitials(doc: Doc, groups: Map<string, Keyed[]>, resolved: Set<Keyed>): void {
  const bare = [...groups].filter(([, list]) => list.every((m) => m.rule === 'organisations:bare-acronym'))
  if (bare.length === 0) return
  const byInitials = new Map<string, {key: string; display: string}>()
  for (const [key, list] of groups) {
    const first = list[0]!
    if (first.rule === 'organisations:bare-acronym') continue
    byInitials.set(initialsOf(first.display), {key, display: first.display})
    for (let k = first.start + 1; k < first.end; k++) {
      if (doc.tokens[k - 1]!.norm !== 'of' && doc.tokens[k - 1]!.norm !== 'the') continue
      if (!isCap(doc.tokens[k])) continue
      const display = textOf(doc, {start: k, end: first.end})
      const initials = initialsOf(display)
      if (!byInitials.has(initials)) byInitials.set(initials, {key: toKey(display), display})
    }
  }
  for (const [key, list] of bare) {
    const hit = byInitials.get(list[0]!.display.replace(/\./g, '').toUpperCase())
    if (!hit || hit.key === key) continue
    groups.delete(key)
    const target = groups.get(hit.key)
    if (target) {
      for (const m of list) { target.push(m); resolved.add(m) }
    } else {
      groups.set(hit.key, list.map((m) => ({...m, display: hit.display, written: true})))
    }
  }
}

function initialsOf(display: string): string {
  return display.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('')
}

function valueOf(key: string, list: readonly Keyed[], resolved: ReadonlySet<Keyed>, expandKnown: boolean): string {
  let best: Keyed | undefined
  for (const m of list) {
    if (resolved.has(m)) continue
    if (!best || (m.written && !best.written) || (m.written === best.written && m.display.length > best.display.length)) best = m
  }
  // The party's name as it writes it, whichever way an article spells it ("Worker's Party of Korea", "Workers Party …").
  if (key === WPK_KEY && (!best || best.written)) return WPK_NAME
  if (!best) return list[0]!.display
  if (!best.written && expandKnown && best.end - best.start === 1) {
    return ACRONYMS.get(best.display) ?? ALIASES.get(best.display) ?? best.display
  }
  return best.display
}
