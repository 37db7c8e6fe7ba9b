import {isCap} from '../tokenise/shared.ts'
import type {Direction} from './parse.ts'
import {isoDay, isoMonth, isoYear, isRealDay} from './parse.ts'
import {
  ATTRIBUTIVE_OK, FULL_SHORT_MONTHS, JUCHE_OFFSET, MONTH_CONTEXT_BEFORE, MONTHS, NAMED_DATE_NOUNS, MONTHS_NEEDING_CONTEXT, NOT_YEAR_AFTER, NOT_YEAR_BEFORE,
  YEAR_CONTEXT_BEFORE,
} from './lexicon.ts'
import {dayAnchor, dayNumAt, fourDigitsAt, type Hit, type Match, monthAt, normAt, type Scan, yearFor} from './_tokens.ts'

/** The year part after a month or day: an explicit year, or one relative to the anchor ("last year"). */
type YearPart = {readonly year: number; readonly end: number} | {readonly delta: number; readonly end: number}

const RELATIVE_YEAR: ReadonlyMap<string, number> = new Map([['last', -1], ['this', 0], ['next', 1], ['past', -1], ['previous', -1]])
const CONNECTORS: ReadonlySet<string> = new Set(['and', 'or', 'to', 'through', '-', '&'])
const OPEN_PAREN = '('
const JUCHE_DOTTED_RE = /^\d{1,3}\.\d{1,2}\.\d{1,2}$/

/** "Juche 110", "Juche 110 (2021)", "Juche 110(2021)" at `i`: the Gregorian year (the bracketed one wins). */
export function jucheAt(s: Scan, i: number): {year: number; end: number} | undefined {
  if (normAt(s, i) !== 'juche') return undefined
  const t = s.tokens[i + 1]
  if (t && JUCHE_DOTTED_RE.test(t.text)) return {year: Number(t.text.slice(0, t.text.indexOf('.'))) + JUCHE_OFFSET, end: i + 2}
  if (!t || t.kind !== 'number' || !/^\d{1,3}$/.test(t.text)) return undefined
  const year = Number(t.text) + JUCHE_OFFSET
  const bracketed = s.tokens[i + 2]?.text === OPEN_PAREN ? fourDigitsAt(s, i + 3) : undefined
  if (bracketed !== undefined && s.tokens[i + 4]?.text === ')') return {year: bracketed, end: i + 5}
  return {year, end: i + 2}
}

/** A year standing after a month or day at `k`: ", 2021", "of 2021", "Juche 110 (2021)", "last year", "of this year". */
function yearPartAt(s: Scan, k: number): YearPart | undefined {
  let j = s.tokens[k]?.text === ',' ? k + 1 : k
  if (normAt(s, j) === 'of' && s.tokens[j + 1]?.text !== ',') j++
  const juche = jucheAt(s, j)
  if (juche) return juche
  const y = fourDigitsAt(s, j)
  if (y !== undefined && !NOT_YEAR_AFTER.has(normAt(s, j + 1))) return {year: y, end: j + 1}
  const delta = RELATIVE_YEAR.get(normAt(s, j))
  if (delta !== undefined && normAt(s, j + 1) === 'year' && j === k + (normAt(s, k) === 'of' ? 1 : 0)) return {delta, end: j + 2}
  return undefined
}

const yearOf = (s: Scan, part: YearPart): number | undefined =>
  'year' in part ? part.year : dayAnchor(s) ? dayAnchor(s)!.year + part.delta : undefined

/** True when "the July 4" is followed by a word that makes the date part of a name ("the July 4 Joint Statement"). */
function isAttributive(s: Scan, start: number, end: number): boolean {
  const next = s.tokens[end]
  if (!next || next.kind !== 'word' || ATTRIBUTIVE_OK.has(next.norm)) return false
  if (NAMED_DATE_NOUNS.has(next.norm)) return true
  // "the July 4 …" or "the historic June 15 …"
  const before = normAt(s, start - 1)
  if (before === 'the' || before === "'s") return true
  return s.tokens[start - 1]?.kind === 'word' && !isCap(s.tokens[start - 1]) && normAt(s, start - 2) === 'the'
}

/**
 * Month first: "July 11", "Oct. 14, 2021", "July 11, Juche 110 (2021)", "Dec. 20 last year", "August 30 and 31",
 * "July 2021", "June Juche 102 (2013)", "January this year", and a bare month with a cue ("in March").
 */
export function matchMonthFirst(s: Scan, i: number, direction: Direction | undefined, start = i): Match | undefined {
  const m = monthAt(s, i)
  if (!m) return undefined
  const {month} = m
  const first = dayNumAt(s, m.end)
  if (first !== undefined && fourDigitsAt(s, m.end) === undefined) {
    // A list of days of one month: "August 30 and 31", "April 11-15", "July 4, 5 and 6".
    const days: {day: number; at: number}[] = [{day: first, at: m.end}]
    let k = m.end + 1
    for (;;) {
      const c = s.tokens[k]
      const d = dayNumAt(s, k + 1)
      if (!c || d === undefined || fourDigitsAt(s, k + 1) !== undefined) break
      const isComma = c.text === ','
      if (!isComma && !CONNECTORS.has(c.norm)) break
      if (isComma && !CONNECTORS.has(normAt(s, k + 2)) && normAt(s, k + 2) !== ',') break
      if (monthAt(s, k + 2)) break
      days.push({day: d, at: k + 1})
      k += 2
    }
    const last = days[days.length - 1]!
    const after = s.tokens[last.at + 1]
    if (days.length > 1 && after?.kind === 'word' && !ATTRIBUTIVE_OK.has(after.norm)) days.splice(1) // "July 4 and 15 workers"
    let tail = days[days.length - 1]!.at + 1
    if (isLastIdiom(s, tail)) { direction = 'last'; tail++ } // "on May 28 last"
    const part = yearPartAt(s, tail)
    if (!part && days.length === 1 && isAttributive(s, i, tail)) return {hits: [], end: tail}
    // "from January 5 to March 3, 1965": the year written after the range's end.
    const ranged = part ? undefined : yearAfterRange(s, tail, month)
    const year = part ? yearOf(s, part) : ranged ?? yearFor(s, i, month, first, direction)
    const end = part ? part.end : tail
    if (year === undefined) return {hits: [], end}
    const rule = part ? ('year' in part ? 'dates:month-day-year' : 'dates:month-day-relative-year')
      : days.length === 1 && isDateline(s, tail) ? 'dates:dateline' : 'dates:month-day'
    const hits = days.map((d, n): Hit => ({
      start: n === 0 ? start : d.at,
      end: n === days.length - 1 ? end : n === 0 ? m.end + 1 : d.at + 1,
      value: isoDay({year, month, day: d.day}),
      rule: n === 0 ? rule : 'dates:day-list',
      ...(isRealDay(year, month, d.day) ? {} : {invalid: true}),
    }))
    return {hits, end}
  }
  const part = yearPartAt(s, m.end)
  if (part && !(s.tokens[m.end]?.text === ',' && 'delta' in part)) {
    const year = yearOf(s, part)
    if (year === undefined) return {hits: [], end: part.end}
    return {hits: [{start, end: part.end, value: isoMonth(year, month), rule: 'dates:month-year'}], end: part.end}
  }
  if (isLastIdiom(s, m.end)) return matchBareMonth(s, i, {month, end: m.end + 1}, 'last', start) // "in February last"
  return matchBareMonth(s, i, m, direction, start)
}

/** "Pyongyang, October 2 (KCNA) --": the report day, in the open bracket before the agency's name. */
const isDateline = (s: Scan, k: number): boolean => s.tokens[k]?.text === OPEN_PAREN && isCap(s.tokens[k + 1]) && s.tokens[k + 2]?.text === ')'

/** KCNA's "in February last", "on May 28 last": the most recent such month or day. */
const isLastIdiom = (s: Scan, k: number): boolean =>
  normAt(s, k) === 'last' && !LAST_UNITS.has(normAt(s, k + 1)) && (s.tokens[k + 1]?.kind !== 'word' || ATTRIBUTIVE_OK.has(normAt(s, k + 1)))
const LAST_UNITS: ReadonlySet<string> = new Set(['year', 'month', 'week', 'night', 'time', 'spring', 'summer', 'autumn', 'winter'])

/** A month name alone: needs a cue before it ("in", "last") or an unambiguous name not used as a modifier. */
function matchBareMonth(s: Scan, i: number, m: {month: number; end: number}, direction: Direction | undefined, start: number): Match | undefined {
  const prev = normAt(s, i - 1)
  const next = s.tokens[m.end]
  const cued = direction !== undefined || MONTH_CONTEXT_BEFORE.has(prev)
  if (isCap(next) && normAt(s, m.end) !== 'juche') return undefined // "the April Spring Friendship Art Festival"
  // "One January day in Juche 64 (1975)": the month of the year the sentence gives after it.
  const dayIn = normAt(s, m.end) === 'day' && (normAt(s, m.end + 1) === 'in' || normAt(s, m.end + 1) === 'of') ? yearPartAt(s, m.end + 2) : undefined
  // "from January to February Juche 54 (1965)": a month range takes the year written after its end.
  const rangeYear = yearAfterRange(s, m.end, m.month)
  if (rangeYear !== undefined) return {hits: [{start, end: m.end, value: isoMonth(rangeYear, m.month), rule: 'dates:month-range'}], end: m.end}
  // "on February 12, 1957 … in July of the same year": the year of the last day the text gave.
  const sameYear = s.lastDay ? sameYearEnd(s, m.end) : -1
  if (sameYear > 0) return {hits: [{start, end: sameYear, value: isoMonth(s.lastDay!.day.year, m.month), rule: 'dates:month-same-year'}], end: sameYear}
  if (!cued && !dayIn && (MONTHS_NEEDING_CONTEXT.has(normAt(s, i)) || m.end > i + 1 || prev === 'the' || s.tokens[i - 1]?.kind === 'number')) return undefined
  const year = dayIn ? yearOf(s, dayIn) : yearFor(s, i, m.month, undefined, direction)
  if (year === undefined) return {hits: [], end: m.end}
  return {hits: [{start, end: m.end, value: isoMonth(year, m.month), rule: 'dates:month'}], end: m.end}
}

const RANGE_WORDS: ReadonlySet<string> = new Set(['to', 'through', 'till', 'until', '-'])

/**
 * The year of a range's start in `startMonth`, from the year written after the range's end at `k` ("to February Juche
 * 54 (1965)", "to March 3, 2001"), if any: the year before when the range runs over a new year ("from December 28 to
 * January 3, 1951" starts in 1950).
 */
function yearAfterRange(s: Scan, k: number, startMonth: number): number | undefined {
  if (!RANGE_WORDS.has(normAt(s, k))) return undefined
  const next = monthAt(s, k + 1)
  if (!next) return undefined
  let e = next.end
  if (dayNumAt(s, e) !== undefined && fourDigitsAt(s, e) === undefined) e++
  const part = yearPartAt(s, e)
  if (!part || !('year' in part)) return undefined
  return startMonth > next.month ? part.year - 1 : part.year
}

/** End of "of the same year" / "of that year" at `k`, or -1. */
function sameYearEnd(s: Scan, k: number): number {
  if (normAt(s, k) !== 'of') return -1
  if (normAt(s, k + 1) === 'that' && normAt(s, k + 2) === 'year') return k + 3
  return normAt(s, k + 1) === 'the' && normAt(s, k + 2) === 'same' && normAt(s, k + 3) === 'year' ? k + 4 : -1
}

/** Day first: "11 July 2021", "the 11th of July", "11th July, Juche 110 (2021)". */
export function matchDayFirst(s: Scan, i: number): Match | undefined {
  const day = dayNumAt(s, i)
  if (day === undefined) return undefined
  const j = normAt(s, i + 1) === 'of' ? i + 2 : i + 1
  const m = monthAt(s, j)
  if (!m || dayNumAt(s, m.end) !== undefined) return undefined
  if (normAt(s, i - 1) === 'lunar') return {hits: [], end: m.end} // a day of the lunar calendar, not of the Gregorian one
  if (isCap(s.tokens[m.end]) && normAt(s, m.end) !== 'juche') return undefined // "the 18th April Spring Festival"
  const start = normAt(s, i - 1) === 'the' ? i - 1 : i
  const part = yearPartAt(s, m.end)
  const year = part ? yearOf(s, part) : yearFor(s, i, m.month, day, undefined)
  const end = part ? part.end : m.end
  if (year === undefined) return {hits: [], end}
  const hit: Hit = {start, end, value: isoDay({year, month: m.month, day}), rule: part ? 'dates:day-month-year' : 'dates:day-month'}
  return {hits: [isRealDay(year, m.month, day) ? hit : {...hit, invalid: true}], end}
}

/** A year alone: "in 2021", "2021-2025", "Juche 110 (2021)"; not a count, code or quantity. */
export function matchYear(s: Scan, i: number): Match | undefined {
  const juche = jucheAt(s, i)
  if (juche) {
    const dotted = s.tokens[i + 1]!.text.split('.')
    if (dotted.length === 3) { // "Juche113.6.11": signed-off works
      const month = Number(dotted[1]), day = Number(dotted[2])
      if (!isRealDay(juche.year, month, day)) return {hits: [], end: juche.end}
      return {hits: [{start: i, end: juche.end, value: isoDay({year: juche.year, month, day}), rule: 'dates:juche-day'}], end: juche.end}
    }
    return {hits: [{start: i, end: juche.end, value: isoYear(juche.year), rule: 'dates:juche-year'}], end: juche.end}
  }
  const y = fourDigitsAt(s, i)
  if (y === undefined || y > 2199) return undefined
  let p = i - 1
  if (s.tokens[p]?.text === '.' && s.tokens[p - 1]?.kind === 'word') p-- // "No. 1990"
  const prev = s.tokens[p]
  const prevNorm = prev?.norm ?? ''
  if (NOT_YEAR_BEFORE.has(prevNorm)) return undefined
  if (isCap(prev) && !YEAR_CONTEXT_BEFORE.has(prevNorm) && !monthAt(s, p)) return undefined // "KPA Unit 1224"
  if (y < 1800 && !YEAR_CONTEXT_BEFORE.has(prevNorm)) return undefined
  const next = s.tokens[i + 1]
  if (next && NOT_YEAR_AFTER.has(next.norm)) return undefined
  if (next && (next.text === '-' || next.text === '–') && next.start === s.tokens[i]!.end && s.tokens[i + 2]?.kind === 'word') return undefined // "1000-ton"
  return {hits: [{start: i, end: i + 1, value: isoYear(y), rule: 'dates:year'}], end: i + 1}
}

const ISO_DOTTED_RE = /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/

/** Numeric dates written year first: "2021-07-11", "2021.7.11". */
export function matchNumeric(s: Scan, i: number): Match | undefined {
  const t = s.tokens[i]
  if (!t || t.kind !== 'number') return undefined
  const dotted = ISO_DOTTED_RE.exec(t.text)
  let parts: [number, number, number, number] | undefined
  if (dotted) parts = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3]), i + 1]
  else if (fourDigitsAt(s, i) !== undefined && s.tokens[i + 1]?.text === '-' && s.tokens[i + 3]?.text === '-') {
    const mm = s.tokens[i + 2]?.text ?? '', dd = s.tokens[i + 4]?.text ?? ''
    const contiguous = s.tokens[i + 4] && s.tokens[i + 4]!.end - t.end === 6
    if (/^\d{2}$/.test(mm) && /^\d{2}$/.test(dd) && contiguous) parts = [Number(t.text), Number(mm), Number(dd), i + 5]
  }
  if (!parts || !isRealDay(parts[0], parts[1], parts[2])) return undefined
  return {hits: [{start: i, end: parts[3], value: isoDay({year: parts[0], month: parts[1], day: parts[2]}), rule: 'dates:numeric'}], end: parts[3]}
}

const PREFIXED_RE = /^(mid|early|late)-(\p{L}+|\d{4})$/u

/** "mid-November (1996)", "late-1990", "early-2021": the month or year itself. */
export function matchPrefixed(s: Scan, i: number): Match | undefined {
  const m = PREFIXED_RE.exec(s.tokens[i]!.norm)
  if (!m) return undefined
  const word = m[2]!
  if (/^\d/.test(word)) {
    const y = Number(word)
    return y >= 1800 && y <= 2199 ? {hits: [{start: i, end: i + 1, value: isoYear(y), rule: 'dates:prefixed-year'}], end: i + 1} : undefined
  }
  const month = MONTHS.get(word)
  if (month === undefined || word.length < 5 && !FULL_SHORT_MONTHS.has(word)) return undefined
  const part = yearPartAt(s, i + 1)
  const year = part ? yearOf(s, part) : yearFor(s, i, month, undefined, undefined)
  const end = part ? part.end : i + 1
  if (year === undefined) return {hits: [], end}
  return {hits: [{start: i, end, value: isoMonth(year, month), rule: 'dates:prefixed-month'}], end}
}
