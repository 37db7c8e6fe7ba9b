import {mostUsed} from '../timeline/index.ts'
import {daysBetween, type Appearance, type AppearanceTally} from './find.ts'

/** Options for flagging absences. */
export interface AbsenceOptions {
  /** Only people with at least this many distinct appearance dates are regular enough to be missed. */
  readonly minAppearances: number
  /** A gap is an absence when it is this many times the person's usual (median) interval … */
  readonly factor: number
  /** … and at least this many days. */
  readonly minGapDays: number
}

/** Default absence options: at least 8 appearance dates, and a gap of 4 × the usual interval and 60 days or more. @example toAbsenceRows(tally, {...ABSENCE_DEFAULTS, minGapDays: 30}) */
export const ABSENCE_DEFAULTS: AbsenceOptions = {minAppearances: 8, factor: 4, minGapDays: 60}

/** A row of `appearances.csv`. */
export type AppearanceRow = {
  person_id: string; person: string; event_date: string; report_date: string; lag_days: number | string
  date_source: string; role: string; article: string; sentence_start: number; sentence_end: number; rule: string
}

/** A row of `appearance-summary.csv`: per person, how often and until when they appeared. */
export type AppearanceSummaryRow = {
  person_id: string; person: string; appearances: number; first_appearance: string; last_appearance: string
  last_article: string; usual_interval_days: number | string
}

/** A row of `absences.csv`: a gap far longer than the person's usual interval (`next_seen` '' = not seen again). */
export type AbsenceRow = {
  person_id: string; person: string; last_seen: string; next_seen: string; gap_days: number
  usual_interval_days: number; appearances: number
}

type NameOf = (id: string) => string | undefined

/** One row per appearance, in the order found. Pure. @example findAppearances(resolveArticle(record)).map((a) => toAppearanceRow(a)) // [{person_id: 'person:kim-jong-un', lag_days: 1, …}] */
export function toAppearanceRow(a: Appearance, nameOf: NameOf = () => undefined): AppearanceRow {
  const lag = daysBetween(a.eventDate, a.reportDate)
  return {
    person_id: a.person, person: nameOf(a.person) ?? a.personName, event_date: a.eventDate, report_date: a.reportDate,
    lag_days: Number.isNaN(lag) ? '' : lag, date_source: a.dateSource, role: a.role, article: a.evidence.article,
    sentence_start: a.evidence.start, sentence_end: a.evidence.end, rule: a.evidence.rule,
  }
}

/** Per-person summary rows, sorted by appearances (descending) then id. Pure. @example toAppearanceSummary(tallyAppearances(articles))[0] // {person_id: 'person:kim-jong-un', appearances: 40, …} */
export function toAppearanceSummary(tally: AppearanceTally, nameOf: NameOf = () => undefined): AppearanceSummaryRow[] {
  return Object.values(tally.people)
    .map((p): AppearanceSummaryRow => {
      const dates = Object.keys(p.dates).sort()
      const usual = usualInterval(dates)
      return {
        person_id: p.person, person: nameOf(p.person) ?? mostUsed(p.names), appearances: dates.length,
        first_appearance: dates[0] ?? '', last_appearance: dates[dates.length - 1] ?? '', last_article: p.lastArticle,
        usual_interval_days: Number.isNaN(usual) ? '' : usual,
      }
    })
    .sort((a, b) => b.appearances - a.appearances || (a.person_id < b.person_id ? -1 : 1))
}

/**
 * Absences of regular attendees: gaps between consecutive appearance dates (and from the last one to the corpus's
 * last report date) of at least `factor` × the median gap and `minGapDays`. Sorted by person id, then date. Pure.
 * @example toAbsenceRows(tally, {...ABSENCE_DEFAULTS, minGapDays: 30}) // [{person_id: 'person:…', last_seen: '2021-03-02', gap_days: 95, …}]
 */
export function toAbsenceRows(tally: AppearanceTally, options: AbsenceOptions = ABSENCE_DEFAULTS, nameOf: NameOf = () => undefined): AbsenceRow[] {
  const rows: AbsenceRow[] = []
  for (const p of Object.values(tally.people).sort((a, b) => (a.person < b.person ? -1 : 1))) {
    const dates = Object.keys(p.dates).sort()
    if (dates.length < options.minAppearances) continue
    const usual = usualInterval(dates)
    const limit = Math.max(options.factor * usual, options.minGapDays)
    const person = nameOf(p.person) ?? mostUsed(p.names)
    const next = [...dates.slice(1), '']
    dates.forEach((d, i) => {
      const n = next[i]!
      const gap = daysBetween(d, n || tally.end)
      if (gap >= limit) rows.push({person_id: p.person, person, last_seen: d, next_seen: n, gap_days: gap, usual_interval_days: usual, appearances: dates.length})
    })
  }
  return rows
}

// --- internal ---

/** Median gap in days between consecutive distinct dates (NaN with fewer than two). */
function usualInterval(dates: readonly string[]): number {
  const gaps = dates.slice(1).map((d, i) => daysBetween(dates[i]!, d)).filter((g) => !Number.isNaN(g)).sort((a, b) => a - b)
  if (gaps.length === 0) return NaN
  const mid = gaps.length >> 1
  return gaps.length % 2 ? gaps[mid]! : (gaps[mid - 1]! + gaps[mid]!) / 2
}
