import {textOf, type Doc, type Mention, type Message} from '../../pipeline/doc.ts'
import {isCap} from '../tokenise/shared.ts'
import {ACRONYMS, NON_ORG_ACRONYMS} from './lexicon.ts'
import {findDefinitions} from './_define.ts'
import {assignValues, keyCandidate, toKey, type Keyed} from './_names.ts'
import {scanSentence, type Candidate, type ScanContext} from './_scan.ts'
import {findTableTeams} from './_tables.ts'
import {isAcronymShape, isOrgAcronym, placeAt} from './_tokens.ts'

/** Options of the `organisations` stage. */
export interface OrganisationsOptions {
  /** Longest run of words scanned for one part of a name (a name may have several parts joined by "of"). */
  readonly maxNameTokens: number
  /** Take an unexplained all-capital word ("KDP", "FIFA") for a body. */
  readonly bareAcronyms: boolean
  /** Show a known acronym whose long form the article never writes by its long name ("KPA" → "Korean People's Army"). */
  readonly expandKnownAcronyms: boolean
  /** Take the names in sports result and standings lines ("Aberdeen 3 Celtic 1") for clubs. */
  readonly sportsTables: boolean
}

/** Default options. */
export const ORGANISATIONS_DEFAULTS: OrganisationsOptions = {
  maxNameTokens: 16, bareAcronyms: true, expandKnownAcronyms: false, sportsTables: true,
}

/**
 * Find names of bodies (parties, committees, ministries, armies and units, agencies, media, companies, clubs) as
 * ORG mentions whose `value` is the body's fullest written form in the article, shared by its acronyms and short
 * forms. Pure; linear in the number of tokens.
 * @example findOrganisations(doc, ORGANISATIONS_DEFAULTS).mentions.map((m) => m.value)
 */
export function findOrganisations(doc: Doc, options: OrganisationsOptions): {mentions: Mention[]; messages: Message[]} {
  const {tokens} = doc
  const defined = new Map<string, string>()
  for (const [short, span] of findDefinitions(doc)) defined.set(short, textOf(doc, span))
  const personStarts = new Map(doc.mentions.filter((m) => m.label === 'PERSON').map((m) => [m.start, m.end]))
  const ctx: ScanContext = {tokens, defined, personStarts, max: Math.max(2, options.maxNameTokens)}
  const shouting = shoutingLines(doc)
  const candidates: Candidate[] = []
  for (const sentence of doc.sentences) {
    // Scan the runs of the sentence that are not in capitals; in capitals, only acronyms count.
    let runStart = sentence.start
    for (let i = sentence.start; i <= sentence.end; i++) {
      if (i < sentence.end && !shouting[i]) continue
      if (i > runStart) scanSentence(ctx, {start: runStart, end: i}, candidates)
      if (i < sentence.end && isOrgAcronym(tokens[i], defined)) candidates.push({start: i, end: i + 1, rule: 'organisations:acronym'})
      runStart = i + 1
    }
  }
  if (options.sportsTables) candidates.push(...findTableTeams(doc, candidates))
  if (options.bareAcronyms) candidates.push(...bareAcronyms(doc, candidates, personStarts, shouting))
  candidates.sort((a, b) => a.start - b.start || b.end - a.end)
  defineByWrittenNames(doc, candidates, defined)
  const keyed = inHeadline(doc, candidates.map((c) => keyCandidate(doc, c, defined)), defined)
  return {mentions: assignValues(doc, keyed, options.expandKnownAcronyms), messages: []}
}

// --- internal ---

/** Flags tokens on lines mostly in capitals (wire headlines and datelines): their words are not acronyms. */
function shoutingLines(doc: Doc): number[] {
  const {tokens} = doc
  const flags = new Array<number>(tokens.length).fill(0)
  let start = 0
  let words = 0
  let upper = 0
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i]
    if (i === tokens.length || (t!.nl && i > start)) {
      if (words >= 1 && upper / words >= 0.6) flags.fill(1, start, i)
      start = i
      words = 0
      upper = 0
    }
    if (!t || t.kind !== 'word' || t.text.length < 2) continue
    words++
    if (hasNoLowercase(t.text)) upper++
  }
  return flags
}

/** `text === text.toUpperCase()` without making the upper-cased copy of every word (ASCII decided by code). */
function hasNoLowercase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 97 && c <= 122) return false
    if (c > 127) return text === text.toUpperCase()
  }
  return true
}

/** All-capital words that no rule explained: "KDP", "FIFA". */
function bareAcronyms(doc: Doc, candidates: readonly Candidate[], personStarts: ReadonlyMap<number, number>, shouting: number[]): Candidate[] {
  const covered = new Array<number>(doc.tokens.length).fill(0)
  for (const c of candidates) covered.fill(1, c.start, c.end)
  const out: Candidate[] = []
  for (const sentence of doc.sentences) {
    for (let i = sentence.start; i < sentence.end; i++) {
      const t = doc.tokens[i]!
      if (covered[i] || shouting[i] || !isAcronymShape(t) || NON_ORG_ACRONYMS.has(t.text) || personStarts.has(i)) continue
      if (/^[IVXLC]+$/.test(t.text) || /\d/.test(t.text) || placeAt(doc.tokens, i, i + 1) > 0) continue
      out.push({start: i, end: i + 1, rule: 'organisations:bare-acronym'})
    }
  }
  return out
}

/**
 * Headlines are often in title case ("Kim Jong Il Inspects KPA Unit 1224"), so a name found there stands only when
 * the body names the same body, cut to the longest tail that it names; acronyms and known names always stand.
 */
function inHeadline(doc: Doc, items: readonly Keyed[], defined: ReadonlyMap<string, string>): Keyed[] {
  const bodyStart = Number(doc.meta.bodyStart ?? 0)
  if (!(bodyStart > 0)) return [...items]
  const bodyKeys = new Set(items.filter((m) => doc.tokens[m.start]!.start >= bodyStart).map((m) => m.key))
  const out: Keyed[] = []
  for (const item of items) {
    if (doc.tokens[item.start]!.start >= bodyStart || item.end - item.start === 1 || item.rule === 'organisations:known-name' ||
      bodyKeys.has(item.key)) {
      out.push(item)
      continue
    }
    for (let s = item.start + 1; s < item.end; s++) {
      // A tail starts at a capitalised word, never at the comma of "C.C., X".
      if (!isCap(doc.tokens[s])) continue
      const tail = keyCandidate(doc, {start: s, end: item.end, rule: item.rule}, defined)
      if (bodyKeys.has(tail.key)) {
        out.push(tail)
        break
      }
    }
  }
  return out
}

/**
 * A well-known acronym stands for the article's own body when the article writes a name with its initials and never
 * writes the lexicon's long form: "CPC" next to "Communist Party of Canada" is that party, not China's. Adds such
 * acronyms to `defined`.
 */
const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', "'s", "'"])

function defineByWrittenNames(doc: Doc, candidates: readonly Candidate[], defined: Map<string, string>): void {
  const {tokens} = doc
  const used = new Set<string>()
  for (const c of candidates) {
    const t = tokens[c.start]!
    if (!defined.has(t.text) && ACRONYMS.has(t.text)) used.add(t.text)
  }
  if (used.size === 0) return
  const writtenKeys = new Set<string>()
  const byInitials = new Map<string, string | null>()
  for (const c of candidates) {
    let initials = ''
    let k = c.start
    for (; k < c.end && tokens[k]!.text !== '(' && tokens[k]!.text !== ','; k++) {
      const t = tokens[k]!
      if (isAcronymShape(t)) { initials = ''; break }
      if (isCap(t)) initials += t.text[0]
      else if (t.kind === 'word' && !NAME_CONNECTORS.has(t.norm)) break
    }
    if (initials.length < 2 || k - c.start < 3) continue
    const name = textOf(doc, {start: c.start, end: k})
    writtenKeys.add(toKey(name))
    const seen = byInitials.get(initials)
    byInitials.set(initials, seen === undefined || seen === name ? name : null)
  }
  let folded: string | undefined
  for (const short of used) {
    const name = byInitials.get(short)
    if (!name) continue
    const long = ACRONYMS.get(short)!
    folded ??= doc.text.replace(/[’‘]/g, "'").toLowerCase()
    if (!writtenKeys.has(toKey(long)) && !folded.includes(long.toLowerCase())) defined.set(short, name)
  }
}
