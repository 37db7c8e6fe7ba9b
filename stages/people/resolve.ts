/** In-article coreference of the `people` stage: every mention gets the fullest name of its person as value. Pure. */
import {textOf, type Doc, type Mention, type Token} from '../../pipeline/doc.ts'
import {isCap} from '../tokenise/shared.ts'
import {TITLES_BEFORE} from './lexicon.ts'
import {isAllCaps, isInsideThing} from './match.ts'

/** A name found by `findPeople`, before values are given. */
export interface Found {
  readonly start: number
  readonly end: number
  readonly kind: 'korean' | 'known' | 'generic'
  readonly rule: string
  /** Lower-case name parts (hyphenated words split). */
  readonly parts: readonly string[]
  /** The name as words, when the source text lost its spaces ("MarshalKim Jong Unand"). */
  readonly surface?: string
}

// Korean surnames that are also common English words: alone, they are not taken as a reference back to a name.
const AMBIGUOUS_ALONE: ReadonlySet<string> = new Set(['son', 'song', 'ho', 'no', 'an', 'o', 'u', 'ma', 'won', 'ok', 'ha', 'im', 'sin', 'ra', 'sa', 'yu', 'to', 'nam', 'han', 'mo', 'na', 'chang', 'jin', 'cha', 'ko', 'ju', 'hong', 'tong', 'min'])
const SPACE_RE = /\s+/g
/** Most full names of one surname in an article compared with each other for the fullest form. */
const MAX_SAME_SURNAME = 48

/**
 * Give every found name its value and add the surnames that stand alone: a full name's value is its best written
 * form in the article; a shorter form (Putin, Simmons, Kim) takes the value of the nearest preceding full name that
 * it is part of, else the nearest following one. Different full names are never merged.
 */
export function resolveValues(doc: Doc, found: readonly Found[], blocked: number[], limits: number[]): Mention[] {
  const {tokens} = doc
  const display = new Map<string, string>()
  for (const f of found) {
    const key = f.parts.join(' ')
    const surface = f.surface ?? textOf(doc, f).replace(SPACE_RE, ' ')
    const have = display.get(key)
    if (have === undefined || (isShouting(have) && !isShouting(surface))) display.set(key, surface)
  }
  // Full names (two parts or more), by the single parts a shorter form may use.
  const hosts = new Map<string, {pos: number; key: string}[]>()
  const addHost = (part: string, pos: number, key: string): void => {
    const list = hosts.get(part) ?? []
    list.push({pos, key})
    hosts.set(part, list)
  }
  for (const f of found) {
    if (f.parts.length < 2) continue
    const key = f.parts.join(' ')
    addHost(f.parts[0]!, f.start, key)
    if (f.kind !== 'korean') addHost(f.parts[f.parts.length - 1]!, f.start, key)
  }
  const covered = new Array<number>(tokens.length).fill(0)
  for (const f of found) covered.fill(1, f.start, f.end)
  const all: Found[] = [...found]
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (covered[i] || blocked[i] || !isCap(t) || !hosts.has(t.norm) || !standsAlone(tokens, i)) continue
    const korean = hosts.get(t.norm)!.some((h) => h.key.startsWith(`${t.norm} `)) && AMBIGUOUS_ALONE.has(t.norm)
    if (korean || isInsideThing(tokens, i, i + 1, limits[i]!) > 0) continue
    all.push({start: i, end: i + 1, kind: 'generic', rule: 'people:surname-alone', parts: [t.norm]})
  }
  // A full name that a fuller one of the article holds ("V.V. Putin", "Vladimir Putin" in "Vladimir Vladimirovich
  // Putin") takes that one's value, and so do the shorter forms that refer back to it.
  // Compared only with the full names of the same surname, and not at all among more than a few dozen of them (a
  // pathological text of many names): linear in the names. Most articles have no two such names: nothing to do.
  let bySurname: Map<string, string[]> | undefined
  for (const f of found) {
    if (f.kind === 'korean' || f.parts.length < 2) continue
    const key = f.parts.join(' ')
    const last = f.parts[f.parts.length - 1]!
    bySurname ??= new Map()
    const keys = bySurname.get(last)
    if (!keys) bySurname.set(last, [key])
    else if (!keys.includes(key) && keys.length <= MAX_SAME_SURNAME) keys.push(key)
  }
  const fullestOf = new Map<string, string>()
  const fullest = (key: string): string => {
    if (!bySurname) return key
    const same = bySurname.get(key.slice(key.lastIndexOf(' ') + 1))
    if (!same || same.length < 2 || same.length > MAX_SAME_SURNAME) return key
    let best = fullestOf.get(key)
    if (best !== undefined) return best
    best = key
    const parts = key.split(' ')
    // Only a name with more in its middle: words before a name are as often a headline's or a title's ("Cuba Fidel
    // Castro Ruz", "Culture Jack Lang") as a given name.
    const sameStart = (k: string): boolean => k.startsWith(`${parts[0]} `) || INITIALS_PART_RE.test(parts[0]!)
    for (const k of same) if (k.length > best.length && sameStart(k) && containsAll(k, parts)) best = k
    fullestOf.set(key, best)
    return best
  }
  const mentions: Mention[] = []
  for (const f of all) {
    const key = f.parts.join(' ')
    const hostKey = f.kind === 'korean' && f.parts.length >= 2 ? undefined : nearestHost(hosts, f)
    const own = hostKey ?? key
    const value = display.get(f.kind === 'korean' && f.parts.length >= 2 ? own : fullest(own)) ?? textOf(doc, f).replace(SPACE_RE, ' ')
    mentions.push({start: f.start, end: f.end, label: 'PERSON', text: textOf(doc, f), value: titleCase(value), rule: f.rule})
  }
  return mentions.sort((a, b) => a.start - b.start)
}

// --- internal ---

const isShouting = (s: string): boolean => !/\p{Ll}/u.test(s)

/** "KIM JONG UN" → "Kim Jong Un"; names with lower-case letters are kept as written. */
function titleCase(s: string): string {
  if (!isShouting(s)) return s
  return s.toLowerCase().replace(/(^|[\s\-'’.])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
}

/** The key of the longer name this mention is part of: nearest preceding occurrence, else nearest following. */
function nearestHost(hosts: ReadonlyMap<string, readonly {pos: number; key: string}[]>, f: Found): string | undefined {
  // "V.V. Putin" is found by its surname among the full names.
  const list = hosts.get(INITIALS_PART_RE.test(f.parts[0]!) ? f.parts[f.parts.length - 1]! : f.parts[0]!)
  if (!list) return undefined
  const own = f.parts.join(' ')
  let before: {pos: number; key: string} | undefined
  let after: {pos: number; key: string} | undefined
  for (const h of list) {
    if (h.key === own || h.key.length <= own.length || !containsAll(h.key, f.parts)) continue
    if (h.pos < f.start) { if (!before || h.pos > before.pos) before = h }
    else if (!after || h.pos < after.pos) after = h
  }
  return (before ?? after)?.key
}

function containsAll(key: string, parts: readonly string[]): boolean {
  const words = key.split(' ')
  return parts.every((p) => words.includes(p) || (INITIALS_PART_RE.test(p) && initialsFit(p, words)))
}

const INITIALS_PART_RE = /^(?:\p{Ll}\.)+$/u

/** Whether initials ("v.v.") are the first letters of the given names of a full name, in order ("vladimir vladimirovich putin"). */
function initialsFit(initials: string, words: readonly string[]): boolean {
  const letters = initials.split('.').filter(Boolean)
  let k = 0
  for (const w of words.slice(0, -1)) if (k < letters.length && w.startsWith(letters[k]!)) k++
  return k === letters.length
}

/** A lone capitalised word: not glued to other capitalised words (all-caps headlines excepted). */
function standsAlone(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!
  const prev = tokens[i - 1]
  const next = tokens[i + 1]
  const shouting = isAllCaps(t)
  if (isCap(prev) && !TITLES_BEFORE.has(prev.norm) && !(shouting && isAllCaps(prev))) return false
  if (isCap(next) && !(shouting && isAllCaps(next))) return false
  return true
}
