/**
 * Calendar arithmetic for the `dates` stage: ISO formatting and resolution of relative expressions
 * against an anchor day. Pure; uses `Date.UTC` only as a calendar, never the clock.
 */

/** A calendar day. `month` is 1–12. */
export interface Day {
  readonly year: number
  readonly month: number
  readonly day: number
}

const ISO_DAY_RE = /^(\d{4})-(\d{2})-(\d{2})/
const MS_PER_DAY = 86_400_000

/** Parse the day part of an ISO date or timestamp; undefined when it is not a real day. */
export function parseIsoDay(iso: string | undefined): Day | undefined {
  const m = iso ? ISO_DAY_RE.exec(iso) : null
  if (!m) return undefined
  const year = Number(m[1]), month = Number(m[2]), day = Number(m[3])
  return isRealDay(year, month, day) ? {year, month, day} : undefined
}

/** Number of days in a month (leap years included). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return MONTH_LENGTHS[month] ?? 0
}

const MONTH_LENGTHS: readonly number[] = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** True when year/month/day is a day of the proleptic Gregorian calendar. */
export function isRealDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n))
const pad4 = (n: number): string => String(n).padStart(4, '0')

/** ISO YYYY-MM-DD. */
export const isoDay = (d: Day): string => `${pad4(d.year)}-${pad2(d.month)}-${pad2(d.day)}`
/** ISO YYYY-MM. */
export const isoMonth = (year: number, month: number): string => `${pad4(year)}-${pad2(month)}`
/** ISO YYYY. */
export const isoYear = (year: number): string => pad4(year)

const toEpochDay = (d: Day): number => Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY
function fromEpochDay(n: number): Day {
  const date = new Date(n * MS_PER_DAY)
  return {year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate()}
}

/** The day `n` days after `d` (negative: before). */
export const addDays = (d: Day, n: number): Day => fromEpochDay(toEpochDay(d) + n)

/** Signed number of days from `a` to `b`. */
export const daysBetween = (a: Day, b: Day): number => toEpochDay(b) - toEpochDay(a)

/** Day of the week, 0 = Sunday. */
export const weekdayOf = (d: Day): number => new Date(toEpochDay(d) * MS_PER_DAY).getUTCDay()

/** Year and month `n` months after the anchor's month. */
export function addMonths(year: number, month: number, n: number): {year: number; month: number} {
  const k = year * 12 + (month - 1) + n
  return {year: Math.floor(k / 12), month: (k % 12) + 1}
}

/**
 * Which way a relative expression points: to the past (the default in news), the future, strictly either side,
 * or the anchor's own year ("this June").
 */
export type Direction = 'past' | 'future' | 'last' | 'next' | 'same'

/**
 * The weekday `wd` nearest the anchor in a direction: 'past' = on or before the anchor, 'future' = on or after,
 * 'last' = strictly before, 'next' = strictly after.
 */
export function resolveWeekday(anchor: Day, wd: number, direction: Direction): Day {
  const back = (weekdayOf(anchor) - wd + 7) % 7
  const ahead = (wd - weekdayOf(anchor) + 7) % 7
  switch (direction) {
    case 'past': return addDays(anchor, -back)
    case 'last': return addDays(anchor, -(back || 7))
    case 'future': case 'same': return addDays(anchor, ahead)
    case 'next': return addDays(anchor, ahead || 7)
  }
}

/**
 * The year of a month (and day) given without a year. News reports mostly look back: 'past' keeps the anchor's
 * year unless that puts the date more than FUTURE_WINDOW months ahead; 'future' (a cue of tense) keeps it unless
 * the date lies more than PAST_GRACE months back.
 */
export function resolveYear(anchor: Day, month: number, day: number | undefined, direction: Direction): number {
  const y = anchor.year
  // Signed distance in months (day-aware) from the anchor to the date in the anchor's year.
  const off = month - anchor.month + (day === undefined ? 0 : (day - anchor.day) / 31)
  switch (direction) {
    case 'same': return y
    case 'last': return off < 0 ? y : y - 1
    case 'next': return off > 0 ? y : y + 1
    case 'past': return off <= FUTURE_WINDOW ? y : y - 1
    case 'future': return off - 12 >= -PAST_GRACE ? y - 1 : off >= -PAST_GRACE ? y : y + 1
  }
}

/** How many months ahead of the anchor a yearless date may lie; further ahead it is last year's. */
const FUTURE_WINDOW = 4
/** How far back a date under a future cue may lie and still be this year's ("will visit over March 8-13"). */
const PAST_GRACE = 1

/**
 * Day `d` of the reference's month, or of the month before when that day is after the reference
 * ('future': the month after when it is before).
 */
export function resolveDayOfMonth(anchor: Day, d: number, direction: Direction): Day | undefined {
  const forward = direction === 'future' || direction === 'next'
  const step = forward ? (d >= anchor.day ? 0 : 1) : (d <= anchor.day ? 0 : -1)
  const {year, month} = addMonths(anchor.year, anchor.month, step)
  return isRealDay(year, month, d) ? {year, month, day: d} : undefined
}
