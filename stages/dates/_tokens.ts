import type {Token} from '../../pipeline/doc.ts'
import {isCap} from '../tokenise/shared.ts'
import {type Day, type Direction, resolveYear} from './parse.ts'
import {FULL_SHORT_MONTHS, FUTURE_CUES, MONTHS, WEEKDAYS} from './lexicon.ts'

/** What the matchers share while scanning one doc. */
export interface Scan {
  readonly tokens: readonly Token[]
  /** Publication day (or the `anchor` option); relative dates need it. */
  readonly anchor: Day | undefined
  /** First token of the sentence of each token, to bound look-backs. */
  readonly sentenceStart: number[]
  /** The last explicit day found and where: "on May 18 … from the 20th" means May 20. Updated by the scan. */
  lastDay?: {readonly at: number; readonly day: Day; readonly dateline: boolean}
  /** The dateline's report day ("Pyongyang, May 28 (KCNA)"), once found: "yesterday" and "on Thursday" count from it. */
  reportDay?: Day
}

/** The day that "today", "yesterday", weekdays and "two days ago" count from: the dateline's, else the anchor. */
export const dayAnchor = (s: Scan): Day | undefined => s.reportDay ?? s.anchor

/**
 * The year of a yearless month (and day) at `i`, resolved against the report day (the dateline's, else the anchor:
 * "last June" in a report of December 31 printed on January 1 is the June of the report's year); a modifier's
 * direction wins over tense.
 */
export function yearFor(s: Scan, i: number, month: number, day: number | undefined, direction: Direction | undefined): number | undefined {
  const anchor = dayAnchor(s)
  return anchor ? resolveYear(anchor, month, day, direction ?? tenseAt(s, i)) : undefined
}

/** A date found at a token span, before it becomes a Mention. */
export interface Hit {
  readonly start: number
  readonly end: number
  readonly value: string
  readonly rule: string
  /** Set when the span was recognised but names an impossible day ("February 30"). */
  readonly invalid?: boolean
}

/** Result of a matcher: the hits it made and the token where scanning resumes (> the start). */
export interface Match {
  readonly hits: readonly Hit[]
  readonly end: number
}

const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were'])
const DAY_NUM_RE = /^(\d{1,2})(?:st|nd|rd|th)?$/
const ORDINAL_RE = /^(\d{1,2})(?:st|nd|rd|th)$/
const YEAR_RE = /^\d{4}$/

export const normAt = (s: Scan, i: number): string => s.tokens[i]?.norm ?? ''

/** A month name at `i` (capitalised; an abbreviation may take its period): month and the token after it. */
export function monthAt(s: Scan, i: number): {month: number; end: number} | undefined {
  const t = s.tokens[i]
  const month = t && t.kind === 'word' ? MONTHS.get(t.norm) : undefined
  if (month === undefined) return undefined
  const dot = s.tokens[i + 1]
  const end = dot && dot.text === '.' && dot.start === t!.end && t!.norm.length <= 4 && !FULL_SHORT_MONTHS.has(t!.norm) ? i + 2 : i + 1
  // Older items write "dec. 30" in lower case; "may" and "march" in lower case are verbs.
  if (!isCap(t) && (t!.norm === 'may' || t!.norm.startsWith('mar') || s.tokens[end]?.kind !== 'number')) return undefined
  return {month, end}
}

/** A full weekday name at `i` (capitalised): 0 = Sunday. */
export function weekdayAt(s: Scan, i: number): number | undefined {
  const t = s.tokens[i]
  if (!t || !isCap(t) || !t.norm.endsWith('day')) return undefined
  return WEEKDAYS.get(t.norm)
}

/** A day of the month at `i`: "9", "09", "9th". */
export function dayNumAt(s: Scan, i: number): number | undefined {
  const t = s.tokens[i]
  if (!t || t.kind !== 'number') return undefined
  const m = DAY_NUM_RE.exec(t.text)
  const d = m ? Number(m[1]) : 0
  return d >= 1 && d <= 31 ? d : undefined
}

/** An ordinal day at `i`: "9th" only. */
export function ordinalDayAt(s: Scan, i: number): number | undefined {
  const t = s.tokens[i]
  const m = t && t.kind === 'number' ? ORDINAL_RE.exec(t.text) : null
  const d = m ? Number(m[1]) : 0
  return d >= 1 && d <= 31 ? d : undefined
}

/** A four-digit number at `i` (any value; callers check the range and context). */
export function fourDigitsAt(s: Scan, i: number): number | undefined {
  const t = s.tokens[i]
  return t && t.kind === 'number' && YEAR_RE.test(t.text) ? Number(t.text) : undefined
}

/** Words after "due to" that make it a cause: a determiner before its noun. */
const CAUSE_AFTER_DUE_TO: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'such', 'our'])

/** True when a future cue ("will", "next", "to be") stands in the few tokens before `i` in its sentence. */
export function hasFutureCue(s: Scan, i: number): boolean {
  const from = Math.max(s.sentenceStart[i] ?? 0, i - 8)
  for (let k = i - 1; k >= from; k--) {
    const n = s.tokens[k]!.norm
    // "due to the quake" gives a cause, not a time to come ("due to arrive").
    if (n === 'due' && s.tokens[k + 1]?.norm === 'to' && CAUSE_AFTER_DUE_TO.has(s.tokens[k + 2]?.norm ?? '')) continue
    // "is going on here from Tuesday" is under way; "is going to open" is to come.
    if (n === 'going' && s.tokens[k + 1]?.norm !== 'to') continue
    if (FUTURE_CUES.has(n)) return true
    if (n === 'be' && s.tokens[k - 1]?.norm === 'to') return true
    if (n === 'to' && BE_FORMS.has(s.tokens[k - 1]?.norm ?? '')) return true // "is to resume"
  }
  return false
}

/** Default direction of a relative date at `i`: future after a cue of tense, past otherwise. */
export const tenseAt = (s: Scan, i: number): Direction => (hasFutureCue(s, i) ? 'future' : 'past')
