import {addCounts, isLater, type Evidence, type ResolvedArticle} from '../resolve/index.ts'
import {pushTo} from '../tokenise/shared.ts'
import {COMPANION_RE, EVENT_VERBS} from './lexicon.ts'

/** A person taking part in an event, with the event's date (from the text) beside the report date. */
export interface Appearance {
  readonly person: string
  readonly personName: string
  readonly eventDate: string
  readonly reportDate: string
  /** `text` when a date in the sentence gave the event date, `report` when it fell back to the report date. */
  readonly dateSource: 'text' | 'report'
  /** The event verb (`inspected`, `visited`, …) for the subject; `accompanied` or `attended` for people listed after a cue. */
  readonly role: string
  readonly evidence: Evidence
}

/** Per person: distinct event dates with their appearance counts (mergeable by sum) and the names used. */
export interface PersonAppearances {
  readonly person: string
  readonly names: Record<string, number>
  readonly dates: Record<string, number>
  lastArticle: string
  last: string
}

/** Appearances by person, plus the corpus's last report date (mergeable: max). */
export interface AppearanceTally {
  readonly people: Record<string, PersonAppearances>
  end: string
}

const ISO_DAY_RE = /^\d{4}-\d{2}-\d{2}$/
const MAX_LAG_DAYS = 366

/**
 * The appearances in one article: each sentence with an event verb, each person in it, one per (person, event
 * date, role). The event date is the full-day DATE mention in the sentence nearest to the verb that is not after the
 * report (nor more than a year before it); else the report date. Pure.
 * @example findAppearances(resolveArticle(record)).map((a) => [a.personName, a.eventDate]) // [['Kim Jong Un', '2021-07-10'], …]
 */
export function findAppearances(article: ResolvedArticle): Appearance[] {
  const x = article.record
  const report = x.published ?? ''
  const out: Appearance[] = []
  const seen = new Set<string>()
  const bySentence = new Map<number, number[]>()
  x.mentions.forEach((m, i) => {
    // Appended in place: a copy per mention made one long sentence of many dates quadratic.
    if ((m.label === 'PERSON' && article.entities[i]) || m.label === 'DATE') pushTo(bySentence, m.sentence, i)
  })
  for (const [sentence, indices] of [...bySentence].sort((a, b) => a[0] - b[0])) {
    const range = x.sentences[sentence]
    if (!range) continue
    const text = x.text.slice(range[0], range[1])
    const verb = findVerb(text)
    if (!verb) continue
    const verbAt = range[0] + verb.at
    const companionAt = COMPANION_RE.exec(text)
    const cueAt = companionAt ? range[0] + companionAt.index : Infinity
    const date = eventDate(article, indices, verbAt, report)
    const evidence: Evidence = {article: x.id, date: report, start: range[0], end: range[1], rule: `appearances:${date.source}-date`}
    for (const i of indices) {
      const m = x.mentions[i]!
      if (m.label !== 'PERSON') continue
      const role = m.start >= cueAt ? (/attended|present|platform/i.test(companionAt![0]) ? 'attended' : 'accompanied') : verb.role
      const person = article.entities[i]!
      const key = `${person}\u0000${date.value}\u0000${role}`
      if (seen.has(key)) continue
      seen.add(key)
      out.push({person, personName: article.names[i] || m.value, eventDate: date.value, reportDate: report, dateSource: date.source, role, evidence})
    }
  }
  return out
}

/** Fold appearances into per-person date sets. Pure; linear. @example tallyAppearances(resolveArticles(records)).people['person:kim-jong-un']?.last // '2021-07-10' */
export function tallyAppearances(articles: Iterable<ResolvedArticle>): AppearanceTally {
  const tally: AppearanceTally = {people: {}, end: ''}
  for (const article of articles) {
    const report = article.record.published ?? ''
    if (report > tally.end) tally.end = report
    for (const a of findAppearances(article)) {
      if (!a.eventDate) continue
      let p = tally.people[a.person]
      if (!p) p = tally.people[a.person] = {person: a.person, names: {}, dates: {}, lastArticle: '', last: ''}
      p.names[a.personName] = (p.names[a.personName] ?? 0) + 1
      p.dates[a.eventDate] = (p.dates[a.eventDate] ?? 0) + 1
      if (isLater(a.eventDate, a.evidence.article, p.last, p.lastArticle)) [p.last, p.lastArticle] = [a.eventDate, a.evidence.article]
    }
  }
  return tally
}

/** Combine the tallies of two disjoint parts of a corpus. Pure. @example mergeAppearanceTallies(tallyAppearances(partA), tallyAppearances(partB)).end // the later last report date of the two */
export function mergeAppearanceTallies(a: AppearanceTally, b: AppearanceTally): AppearanceTally {
  const out: AppearanceTally = {people: {}, end: a.end > b.end ? a.end : b.end}
  for (const t of [a, b]) {
    for (const [id, p] of Object.entries(t.people)) {
      const o = out.people[id]
      if (!o) {
        out.people[id] = {...p, names: {...p.names}, dates: {...p.dates}}
        continue
      }
      addCounts(o.names, p.names)
      addCounts(o.dates, p.dates)
      if (isLater(p.last, p.lastArticle, o.last, o.lastArticle)) [o.last, o.lastArticle] = [p.last, p.lastArticle]
    }
  }
  return out
}

/** Days from `a` to `b` (ISO dates); NaN when either is not a full date. @example daysBetween('2021-07-01', '2021-07-11') // 10 */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000)
}

// --- internal ---

function findVerb(text: string): {role: string; at: number} | undefined {
  let best: {role: string; at: number} | undefined
  for (const [re, role] of EVENT_VERBS) {
    const m = re.exec(text)
    if (m && (!best || m.index < best.at)) best = {role, at: m.index}
  }
  return best
}

function eventDate(article: ResolvedArticle, indices: readonly number[], verbAt: number, report: string): {value: string; source: 'text' | 'report'} {
  let best: {value: string; distance: number} | undefined
  for (const i of indices) {
    const m = article.record.mentions[i]!
    if (m.label !== 'DATE' || !ISO_DAY_RE.test(m.value)) continue
    if (report && (m.value > report || daysBetween(m.value, report) > MAX_LAG_DAYS)) continue
    const distance = Math.abs(m.start - verbAt)
    if (!best || distance < best.distance || (distance === best.distance && m.value < best.value)) best = {value: m.value, distance}
  }
  return best ? {value: best.value, source: 'text'} : {value: report, source: 'report'}
}
