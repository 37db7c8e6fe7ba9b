import type {Label} from '../../pipeline/doc.ts'
import type {Extracted, ExtractedMention, ExtractedTitle} from '../../pipeline/extracted.ts'
import type {Row} from '../report-csv/tables.ts'
import {entityId, resolveArticle, type EntityType} from '../resolve/index.ts'
import {pushTo, singleSpaced} from '../tokenise/shared.ts'

/**
 * What the HTML report reads of an extracted record: its metadata and text, each mention's label, value, place and
 * sentence, each title's person, title and place. Any `Extracted` is one; `toHtmlRecord` keeps only these fields.
 */
export interface HtmlRecord extends Pick<Extracted, 'id' | 'published' | 'source' | 'headline' | 'url' | 'file' | 'text'> {
  readonly mentions: readonly Pick<ExtractedMention, 'label' | 'value' | 'start' | 'end' | 'sentence'>[]
  readonly titles: readonly Pick<ExtractedTitle, 'person' | 'title' | 'start' | 'end'>[]
}

/** The fields of a record, of each mention and of each title that `toHtmlRecord` keeps, in the order it keeps them. */
export const HTML_RECORD_FIELDS = {
  record: ['id', 'published', 'source', 'headline', 'url', 'file', 'text'],
  mentions: ['label', 'value', 'start', 'end', 'sentence'],
  titles: ['person', 'title', 'start', 'end'],
} as const

/**
 * The fields of a record the HTML report reads (`HTML_RECORD_FIELDS`), and no others (about a fifth less to keep and
 * to read back than the whole record on the shared corpus: no sentences, no surface text or rule per mention). Pure.
 * @example toHtmlRecord(record).mentions[0] // {label: 'PERSON', value: 'Kim Jong Un', start: 0, end: 11, sentence: 0}
 */
export function toHtmlRecord(x: HtmlRecord): HtmlRecord {
  return {
    ...pick(x, HTML_RECORD_FIELDS.record),
    mentions: x.mentions.map((m) => pick(m, HTML_RECORD_FIELDS.mentions)),
    titles: x.titles.map((t) => pick(t, HTML_RECORD_FIELDS.titles)),
  } as HtmlRecord
}

/** What the HTML report is built from: the extracted records (or just what it reads of them) and the report tables, by file name. */
export interface HtmlReportInput {
  readonly records: readonly HtmlRecord[]
  readonly tables: Readonly<Record<string, readonly Row[]>>
  /**
   * The entity id of each mention of each record, as `resolveArticle` gives them (the ids every CSV counts by:
   * acronyms defined in the text, surname back-references); resolved here when absent.
   */
  readonly entities?: readonly (readonly string[])[]
  /** How `cooccurrence.csv` was counted, so the network counts the same way (default: each story once, people and bodies). */
  readonly cooccurrence?: {readonly countCopies: boolean; readonly types: readonly Label[]}
}

/**
 * The input with every mention's entity id, resolved once for all the views that count by entity. Pure; throws
 * when the ids given do not fit the records (one list per record, one id per mention).
 */
export function withEntityIds<T extends HtmlReportInput>(input: T): T & {readonly entities: readonly (readonly string[])[]} {
  const {records, entities} = input
  if (!entities) return {...input, entities: records.map((x) => resolveArticle(x).entities)}
  if (entities.length !== records.length) throw new Error(`report-html: entity ids for ${entities.length} records, but ${records.length} records`)
  const misfit = records.findIndex((x, i) => entities[i]!.length !== x.mentions.length)
  if (misfit !== -1) throw new Error(`report-html: ${entities[misfit]!.length} entity ids for the ${records[misfit]!.mentions.length} mentions of \`${records[misfit]!.id}\``)
  return input as T & {entities: readonly (readonly string[])[]}
}

/**
 * The ids of the articles co-occurrence leaves out: the syndicated copies of another (`duplicates.csv` rows not
 * marked canonical), unless every copy is counted.
 */
export function copiesIn(input: HtmlReportInput): Set<string> {
  if (input.cooccurrence?.countCopies) return new Set()
  return new Set((input.tables['duplicates.csv'] ?? []).filter((r) => Number(r.canonical) === 0).map((r) => String(r.article)))
}

/** Sparse counts per month: `[monthIndex, count]`, in month order. */
export type MonthCounts = readonly (readonly [number, number])[]

/** A keyword-in-context line: article id, date, left context, the mention, right context. */
export type Kwic = readonly [string, string, string, string, string]

/** Everything the entity view shows about one person or organisation. */
export interface EntityDetail {
  readonly id: string
  readonly name: string
  readonly type: EntityType
  readonly aliases: readonly string[]
  readonly mentions: number
  readonly articles: number
  readonly first: string
  readonly last: string
  readonly months: MonthCounts
  /** Titles held over time: title, mentions, first and last date, months. */
  readonly titles: readonly (readonly [string, number, string, string, MonthCounts])[]
  /** Associated entities by NPMI: id, name, type, count, npmi. */
  readonly related: readonly (readonly [string, string, string, number, number])[]
  readonly kwic: readonly Kwic[]
}

/** The months from the first to the last publication date, without gaps (`YYYY-MM`). Pure. @example monthsOf(records) // ['2021-11', '2021-12', '2022-01'] when the dates run from November to January */
export function monthsOf(records: readonly Pick<Extracted, 'published'>[]): string[] {
  let first = ''
  let last = ''
  for (const x of records) {
    const m = x.published?.slice(0, 7) ?? ''
    if (!MONTH_RE.test(m)) continue
    if (!first || m < first) first = m
    if (m > last) last = m
  }
  const out: string[] = []
  if (!first) return out
  let [y, mo] = first.split('-').map(Number) as [number, number]
  for (let m = first; m <= last; m = `${y}-${String(mo).padStart(2, '0')}`) {
    out.push(m)
    if (++mo > 12) (mo = 1), y++
  }
  return out
}

/**
 * Build the per-entity views from the records and the `entities.csv` and `cooccurrence.csv` rows. Pure;
 * `kwicLimit` lines per entity, latest first; `relatedLimit` associations, by NPMI among pairs seen more than once when any are;
 * the `titleLimit` most used titles, in order of first use.
 * @example findEntityDetails({records, tables}, monthsOf(records), 10) // one view per row of entities.csv
 */
export function findEntityDetails(input: HtmlReportInput, months: readonly string[], kwicLimit = 25, relatedLimit = 15, titleLimit = 30): EntityDetail[] {
  const {entities} = withEntityIds(input)
  const monthIndex = new Map(months.map((m, i) => [m, i]))
  const rows = input.tables['entities.csv'] ?? []
  const byId = new Map<string, {months: Map<number, number>; hits: [number, number, number][]; titles: Map<string, TitleSeen>}>()
  for (const r of rows) byId.set(String(r.id), {months: new Map(), hits: [], titles: new Map()})
  // The records latest first, then in input order, and each record's mentions by place: the first `kwicLimit` hits
  // of an entity met in this order are its latest. The counts do not depend on the order.
  const order = input.records.map((x, i) => [x.published ?? '', i] as const).sort((a, b) => cmp(b[0], a[0]) || a[1] - b[1])
  for (const [date, i] of order) {
    const x = input.records[i]!
    const month = monthIndex.get(date.slice(0, 7))
    const ids = entities[i]!
    const {mentions} = x
    for (const j of inPlaceOrder(mentions)) {
      const e = byId.get(ids[j]!)
      if (!e) continue
      if (month !== undefined) e.months.set(month, (e.months.get(month) ?? 0) + 1)
      if (e.hits.length < kwicLimit) e.hits.push([i, mentions[j]!.start, mentions[j]!.end])
    }
    for (const t of x.titles) {
      const e = byId.get(entityId('PERSON', t.person))
      if (!e) continue
      let s = e.titles.get(t.title)
      if (!s) e.titles.set(t.title, (s = {count: 0, first: '', last: '', months: new Map()}))
      s.count++
      if (date && (!s.first || date < s.first)) s.first = date
      if (date > s.last) s.last = date
      if (month !== undefined) s.months.set(month, (s.months.get(month) ?? 0) + 1)
    }
  }
  const related = relatedOf(input.tables['cooccurrence.csv'] ?? [], relatedLimit)
  return rows.map((r): EntityDetail => {
    const id = String(r.id)
    const e = byId.get(id)!
    const hits = e.hits
    return {
      id, name: String(r.name), type: r.type === 'person' ? 'PERSON' : 'ORG',
      aliases: String(r.aliases ?? '').split('; ').filter(Boolean),
      mentions: Number(r.mentions), articles: Number(r.articles), first: String(r.first_seen ?? ''), last: String(r.last_seen ?? ''),
      months: sparse(e.months),
      titles: [...e.titles].sort((a, b) => b[1].count - a[1].count || cmp(a[0], b[0])).slice(0, titleLimit).sort((a, b) => cmp(a[1].first, b[1].first) || cmp(a[0], b[0])).map(([t, s]) => [t, s.count, s.first, s.last, sparse(s.months)] as const),
      related: related.get(id) ?? [],
      kwic: hits.map(([i, start, end]) => kwicLine(input.records[i]!, start, end)),
    }
  })
}

// --- internal ---

const MONTH_RE = /^\d{4}-\d{2}$/
const SPACE_CHAR_RE = /\s/
const CONTEXT = 70

interface TitleSeen {
  count: number
  first: string
  last: string
  months: Map<number, number>
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const sparse = (counts: Map<number, number>): [number, number][] => [...counts].sort((a, b) => a[0] - b[0])


function kwicLine(x: HtmlRecord, start: number, end: number): Kwic {
  const {text} = x
  const from = Math.max(0, start - CONTEXT)
  const to = end + CONTEXT
  let left = singleSpaced(text.slice(from, start))
  let right = singleSpaced(text.slice(end, to))
  // Without a word the window cuts at either edge (up to the first space, from the last: flattened, the only white
  // space left is ' '); a window that ends where the text does cuts none.
  if (from > 0 && !isSpace(text[from - 1]!)) left = left.slice(left.indexOf(' ') + 1)
  const last = right.lastIndexOf(' ')
  if (to < text.length && !isSpace(text[to]!) && last !== -1) right = right.slice(0, last)
  return [x.id, x.published ?? '', left, singleSpaced(text.slice(start, end)), right]
}

const isSpace = (c: string): boolean => SPACE_CHAR_RE.test(c)

function relatedOf(pairs: readonly Row[], limit: number): Map<string, [string, string, string, number, number][]> {
  const all = new Map<string, [string, string, string, number, number][]>()
  const hasWindow = pairs.some((p) => p.window === 'sentence')
  for (const p of pairs) {
    if (hasWindow && p.window !== 'sentence') continue
    const a = String(p.a)
    const b = String(p.b)
    const count = Number(p.count)
    const npmi = Number(p.npmi)
    pushTo(all, a, [b, String(p.b_name ?? b), String(p.b_type ?? ''), count, npmi])
    pushTo(all, b, [a, String(p.a_name ?? a), String(p.a_type ?? ''), count, npmi])
  }
  for (const [id, list] of all) {
    const min = list.some((r) => r[3] > 1) ? 2 : 1
    all.set(id, list.filter((r) => r[3] >= min).sort((x, y) => y[4] - x[4] || y[3] - x[3] || cmp(x[0], y[0])).slice(0, limit))
  }
  return all
}

/** The indices of `mentions` by start, equal starts in their order: `0, 1, …` when they are so already, as they usually are. */
function inPlaceOrder(mentions: readonly {readonly start: number}[]): Iterable<number> {
  let sorted = true
  for (let j = 1; j < mentions.length && sorted; j++) sorted = mentions[j - 1]!.start <= mentions[j]!.start
  const indices = mentions.keys()
  return sorted ? indices : [...indices].sort((a, b) => mentions[a]!.start - mentions[b]!.start || a - b)
}

/** The fields `keys` of `o` that are set, in that order. */
function pick<T extends object>(o: T, keys: readonly string[]): Partial<T> {
  const out: Record<string, unknown> = {}
  for (const k of keys) {
    const v = (o as Record<string, unknown>)[k]
    if (v !== undefined) out[k] = v
  }
  return out as Partial<T>
}
