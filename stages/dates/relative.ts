import {isCap} from '../tokenise/shared.ts'
import type {Day, Direction} from './parse.ts'
import {addDays, addMonths, isoDay, isoMonth, isoYear, isRealDay, resolveDayOfMonth, resolveWeekday} from './parse.ts'
import {ATTRIBUTIVE_OK, DAY_PARTS, NOWADAYS_AFTER, NOWADAYS_BEFORE, NUMBER_WORDS, ORDINAL_DAY_BEFORE, WEEKDAY_FUTURE_BEFORE} from './lexicon.ts'
import {matchMonthFirst} from './absolute.ts'
import {dayAnchor, type Hit, type Match, normAt, ordinalDayAt, type Scan, tenseAt, weekdayAt} from './_tokens.ts'

const MODIFIERS: ReadonlyMap<string, Direction> = new Map([
  ['last', 'last'], ['next', 'next'], ['coming', 'future'], ['this', 'future'], ['past', 'last'], ['previous', 'last'],
])
const YEAR_STEP: ReadonlyMap<string, number> = new Map([['last', -1], ['past', -1], ['previous', -1], ['this', 0], ['next', 1], ['coming', 1]])

const day = (start: number, end: number, d: Day, rule: string): Hit => ({start, end, value: isoDay(d), rule})

/** A weekday: "on Thursday", "Rodong Sinmun Friday says", "will meet on Monday". */
export function matchWeekday(s: Scan, i: number, direction?: Direction, start = i): Match | undefined {
  const wd = weekdayAt(s, i)
  if (wd === undefined) return undefined
  // "Friday, Oct. 23": the explicit date wins.
  const j = s.tokens[i + 1]?.text === ',' ? i + 2 : i + 1
  const explicit = matchMonthFirst(s, j, direction, start)
  if (explicit && explicit.hits.length > 0) return explicit
  const a = dayAnchor(s)
  if (!a) return {hits: [], end: i + 1}
  return {hits: [day(start, i + 1, resolveWeekday(a, wd, direction ?? weekdayTense(s, i)), 'dates:weekday')], end: i + 1}
}

/** A bare weekday's direction: "Wednesday's ruling" looks back; "until Tuesday", "as early as Friday" look ahead. */
function weekdayTense(s: Scan, i: number): Direction {
  if (normAt(s, i + 1) === "'s") return 'past'
  const prev = normAt(s, i - 1)
  if (WEEKDAY_FUTURE_BEFORE.has(prev)) return 'future'
  if (prev === 'as' && (normAt(s, i - 2) === 'early' || normAt(s, i - 2) === 'soon')) return 'future'
  return tenseAt(s, i)
}

/** "last year", "this month", "next June", "last Friday", "the coming September 9", "this morning", "last night". */
export function matchModified(s: Scan, i: number): Match | undefined {
  let n = normAt(s, i)
  let j = i + 1
  if (n === 'this' && normAt(s, j) === 'coming') { n = 'coming'; j++ }
  const direction = MODIFIERS.get(n)
  if (direction === undefined) return undefined
  const unit = normAt(s, j)
  const a = dayAnchor(s)
  if (unit === 'year' || unit === 'month') {
    if (n === 'past' || n === 'previous') return undefined // "the past year": a duration or an anaphor
    if (!a) return {hits: [], end: j + 1}
    const step = YEAR_STEP.get(n) ?? 0
    const value = unit === 'year' ? isoYear(a.year + step) : ((m) => isoMonth(m.year, m.month))(addMonths(a.year, a.month, step))
    return {hits: [{start: i, end: j + 1, value, rule: `dates:relative-${unit}`}], end: j + 1}
  }
  if (n === 'past' || n === 'previous') return undefined
  if ((n === 'this' || n === 'last') && DAY_PARTS.has(unit)) {
    if (n === 'this' && unit === 'night') return undefined
    if (!a) return {hits: [], end: j + 1}
    const d = dayAnchor(s)!
    return {hits: [day(i, j + 1, n === 'last' ? addDays(d, -1) : d, 'dates:day-part')], end: j + 1}
  }
  return matchWeekday(s, j, direction, i) ?? matchMonthFirst(s, j, n === 'this' ? 'same' : direction, i)
}

/** "today" (the day, not "nowadays"), "yesterday", "tomorrow" (not "a bright tomorrow"), "tonight". */
export function matchDeictic(s: Scan, i: number): Match | undefined {
  const n = normAt(s, i)
  if (n !== 'today' && n !== 'yesterday' && n !== 'tomorrow' && n !== 'tonight') return undefined
  const prev = normAt(s, i - 1)
  const next = normAt(s, i + 1)
  if (n === 'today' && isNowadays(s, i, prev, next)) return undefined
  if (n === 'tomorrow' && (FIGURATIVE_BEFORE.has(prev) || next === "'s" || next === 'of' || isCap(s.tokens[i]) && i !== s.sentenceStart[i])) return undefined
  const a = dayAnchor(s)
  if (!a) return {hits: [], end: i + 1}
  const offset = n === 'yesterday' ? -1 : n === 'tomorrow' ? 1 : 0
  return {hits: [day(i, i + 1, addDays(a, offset), `dates:${n}`)], end: i + 1}
}

const FIGURATIVE_BEFORE: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'for', 'our', 'their', 'its', 'his', 'bright', 'brighter', 'better', "'s", 'and', 'into', 'have', 'to'])
const DAY_ITEMS: ReadonlySet<string> = new Set(['meeting', 'session', 'talks', 'statement', 'article', 'editorial', 'commentary', 'edition', 'editions', 'issue', 'event', 'ceremony', 'rally', 'game', 'match', 'vote', 'election', 'announcement'])
const VERB_AFTER_TODAY: ReadonlySet<string> = new Set(['is', 'was', 'marks', 'marked', 'sees', 'saw', 'will', 'also'])

/** "today" meaning "nowadays": "as today", "today when", "today's world", "Today, the country …". */
function isNowadays(s: Scan, i: number, prev: string, next: string): boolean {
  if (next === "'s") return !DAY_ITEMS.has(normAt(s, i + 2)) // "today's world", but "today's meeting"
  if (NOWADAYS_BEFORE.has(prev) || NOWADAYS_AFTER.has(next)) return true
  if (isCap(s.tokens[i]) && isCap(s.tokens[i - 1]) && i !== s.sentenceStart[i]) return true // "VOA Today": a name
  const first = s.sentenceStart[i] ?? 0
  const initial = i === first || (i === first + 1 && (prev === 'and' || prev === 'but' || prev === '"'))
  return initial && !VERB_AFTER_TODAY.has(next)
}

/** "on the 9th", "from the 9th to the 11th", "on the 30th and 31st": a day of this month or the last. */
export function matchOrdinalDay(s: Scan, i: number): Match | undefined {
  if (normAt(s, i) !== 'the' || !ORDINAL_DAY_BEFORE.has(normAt(s, i - 1))) return undefined
  const days: {d: number; at: number}[] = []
  let k = i + 1
  for (;;) {
    const d = ordinalDayAt(s, k)
    if (d === undefined) break
    days.push({d, at: k})
    const c = normAt(s, k + 1)
    if (c !== 'and' && c !== 'to' && c !== 'or' && c !== ',') break
    const nextAt = normAt(s, k + 2) === 'the' ? k + 3 : k + 2
    if (ordinalDayAt(s, nextAt) === undefined) {
      if (c === 'to' || normAt(s, k + 2) === 'the') return undefined // "from the 15th to the early 20th century"
      break
    }
    k = nextAt
  }
  if (days.length === 0) return undefined
  const last = days[days.length - 1]!.at
  const after = s.tokens[last + 1]
  if (after && (after.kind === 'word' && !ATTRIBUTIVE_OK.has(after.norm) || after.kind === 'number' || isCap(after) && after.norm !== 'of')) return undefined
  if (after?.norm === 'of') return undefined // "the 9th of July" is day-first; "the 9th of the month" is rare
  if (after && after.start === s.tokens[last]!.end && after.kind === 'punct' && after.text !== ',' && after.text !== '.') return undefined // "the 17th-term", "the 20th\"…\""
  // A day shortly after an explicit date is in that date's month; after the dateline or with no date before, it is
  // the day of the report's month or of the month before.
  const near = s.lastDay && i - s.lastDay.at <= REF_REACH ? s.lastDay : undefined
  const ref = near && !near.dateline ? near.day : undefined
  const anchor = dayAnchor(s)
  if (!anchor && !ref) return {hits: [], end: last + 1}
  const dir = tenseAt(s, i)
  const hits: Hit[] = []
  for (const {d, at} of days) {
    const resolved = ref ? (isRealDay(ref.year, ref.month, d) ? {year: ref.year, month: ref.month, day: d} : undefined) : resolveDayOfMonth(anchor!, d, dir)
    if (resolved) hits.push(day(at === i + 1 ? i : at, at + 1, resolved, 'dates:ordinal-day'))
  }
  return {hits, end: last + 1}
}

const VAGUE_BEFORE: ReadonlySet<string> = new Set(['some', 'over', 'several', 'few', 'many', 'dozens', 'hundreds', 'thousands'])
/** How many tokens back an explicit date still sets the month of "the 20th". */
const REF_REACH = 40

const AGO_UNITS: ReadonlyMap<string, 'year' | 'month' | 'week' | 'day'> = new Map([
  ['year', 'year'], ['years', 'year'], ['month', 'month'], ['months', 'month'], ['week', 'week'], ['weeks', 'week'], ['day', 'day'], ['days', 'day'],
])

/** "a year ago", "two months ago", "10 days ago", "75 years ago". */
export function matchAgo(s: Scan, i: number): Match | undefined {
  const t = s.tokens[i]
  if (!t) return undefined
  const unit = AGO_UNITS.get(normAt(s, i + 1))
  if (!unit || normAt(s, i + 2) !== 'ago') return undefined
  const n = t.kind === 'number' && /^\d{1,3}$/.test(t.text) ? Number(t.text) : NUMBER_WORDS.get(t.norm) ?? -1
  if (n <= 0 || n > 200) return undefined
  if (VAGUE_BEFORE.has(normAt(s, i - 1)) || normAt(s, i - 1) === 'than') return undefined // "more than 100 years ago"
  const a = dayAnchor(s)
  if (!a) return {hits: [], end: i + 3}
  const value = unit === 'year' ? isoYear(a.year - n)
    : unit === 'month' ? ((m) => isoMonth(m.year, m.month))(addMonths(a.year, a.month, -n))
    : isoDay(addDays(dayAnchor(s)!, unit === 'week' ? -7 * n : -n))
  return {hits: [{start: i, end: i + 3, value, rule: 'dates:ago'}], end: i + 3}
}
