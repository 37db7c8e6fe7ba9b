import {toEvidenceCell} from '../resolve/index.ts'
import {pushTo} from '../tokenise/shared.ts'
import {mostUsed, type TimelineTally, type TitleRecord} from './find.ts'
import {isInPeriod, officeOf} from './normalize.ts'

/** A row of `title-timeline.csv`. */
export type TimelineRow = {
  person_id: string; person: string; title: string; title_key: string
  /** Renamed-office id from `data/lexicons/offices.json` ('' when the title is not a listed office). */
  office: string
  /** Period of this name of the office (`name_to` exclusive, '' = still in use). */
  name_from: string; name_to: string
  /** `yes` when first and last seen both fall in the name's period, `no` when not, '' for unlisted titles. */
  in_period: string
  mentions: number; articles: number; first_seen: string; last_seen: string
  first_article: string; last_article: string; evidence: string
}

/** A row of `title-changes.csv`: a title first seen, or last seen while the person went on appearing. */
export type TitleChangeRow = {
  person_id: string; person: string; date: string
  /** `first` (the person's earliest titles), `new`, `renamed` (same office, new name) or `dropped` (not seen again). */
  change: string
  title: string; title_key: string; office: string; article: string; evidence: string
}

/** Resolve display names of people: id → canonical name (falls back to the name the titles used). */
export type NameOf = (id: string) => string | undefined

/** Timeline rows, sorted by person id, first seen, title key. Pure. @example toTimelineRows(tallyTitles(articles))[0] // {person_id: 'person:…', title: 'Premier', first_seen: '2019-04-11', …} */
export function toTimelineRows(tally: TimelineTally, nameOf: NameOf = () => undefined): TimelineRow[] {
  return sorted(tally).map((r): TimelineRow => {
    const office = officeOf(r.key, r.first)
    return {
      person_id: r.person, person: nameOf(r.person) ?? mostUsed(r.personNames), title: mostUsed(r.surfaces), title_key: r.key,
      office: office?.office ?? '', name_from: office?.from ?? '', name_to: office?.to ?? '',
      in_period: office ? (isInPeriod(office, r.first) && isInPeriod(office, r.last) ? 'yes' : 'no') : '',
      mentions: r.mentions, articles: r.articles, first_seen: r.first, last_seen: r.last,
      first_article: r.firstArticle, last_article: r.lastArticle, evidence: toEvidenceCell(r.evidence),
    }
  })
}

/**
 * Title changes per person in date order: each title's first appearance (`first`, `new` or `renamed`) and, when the
 * person is seen later without it, its last appearance (`dropped`). `lastSeen` gives a person's last date in the
 * corpus (default: their last titled date). Pure.
 * @example toTitleChanges(tallyTitles(articles)).filter((r) => r.change === 'dropped')
 */
export function toTitleChanges(tally: TimelineTally, nameOf: NameOf = () => undefined, lastSeen: (id: string) => string | undefined = () => undefined): TitleChangeRow[] {
  const byPerson = new Map<string, TitleRecord[]>()
  for (const r of sorted(tally)) pushTo(byPerson, r.person, r)
  const rows: TitleChangeRow[] = []
  for (const [person, records] of byPerson) {
    const name = nameOf(person) ?? mostUsed(records[0]!.personNames)
    const earliest = records.reduce((d, r) => (r.first && (!d || r.first < d) ? r.first : d), '')
    const latest = records.reduce((d, r) => (r.last > d ? r.last : d), lastSeen(person) ?? '')
    for (const r of records) {
      const office = officeOf(r.key, r.first)?.office ?? ''
      const row = {person_id: person, person: name, title: mostUsed(r.surfaces), title_key: r.key, office}
      const renamed = office !== '' && records.some((o) => o !== r && o.last <= r.first && officeOf(o.key, o.first)?.office === office)
      const change = r.first === earliest ? 'first' : renamed ? 'renamed' : 'new'
      rows.push({...row, date: r.first, change, article: r.firstArticle, evidence: toEvidenceCell(r.evidence)})
      if (r.last < latest) rows.push({...row, date: r.last, change: 'dropped', article: r.lastArticle, evidence: ''})
    }
  }
  return rows.sort((a, b) => cmp(a.person_id, b.person_id) || cmp(a.date, b.date) || cmp(a.change, b.change) || cmp(a.title_key, b.title_key))
}

// --- internal ---

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function sorted(tally: TimelineTally): TitleRecord[] {
  return Object.values(tally).sort((a, b) => cmp(a.person, b.person) || cmp(a.first, b.first) || cmp(a.key, b.key))
}
