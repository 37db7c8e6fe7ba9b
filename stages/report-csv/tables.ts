import type {Extracted} from '../../pipeline/extracted.ts'
import type {Problem} from '../../pipeline/io.ts'
import {analyseCorpus, type CorpusAnalytics} from '../analytics/index.ts'
import {toPairRows, type CooccurTally, type PairRow} from '../cooccur/index.ts'
import {aliasesOf, canonicalName, resolveName, type EntityTable, type EntityType, type ResolvedArticle} from '../resolve/index.ts'
import {analyticsTables, pairRows} from './analytics-tables.ts'
import {once} from './once.ts'
export {COLUMNS} from './columns.ts'

/** A flat report row: column → cell. */
export type Row = Record<string, string | number>

/** The report tables, by file name. Column order is the key order of the first row (and of `COLUMNS`). */
export interface ReportTables {
  readonly [file: string]: readonly Row[]
}

/** What the report tables are built from. */
export interface ReportInput {
  readonly records: readonly Extracted[]
  readonly entities: EntityTable
  readonly tally: CooccurTally
  readonly problems: readonly Problem[]
  /** The corpus analytics (`analyseCorpus`); computed from `records` when absent. */
  readonly analytics?: CorpusAnalytics
  /** The scored pairs of `tally`, `toPairRows(tally, minCount)` with `minCount` at most 2; computed when absent. */
  readonly pairs?: readonly PairRow[]
}

const TYPE_NAME: Record<EntityType, string> = {PERSON: 'person', ORG: 'organisation'}

/** Build every report table. Pure; rows are in a stable order so the same input gives byte-identical reports. @example buildTables({records, entities: findEntities(records), tally: countCooccurrences(records), problems: []})['entities.csv'] */
export function buildTables(input: ReportInput): Record<string, Row[]> {
  return Object.fromEntries(Object.entries(tableBuilders(input)).map(([name, build]) => [name, Array.from(build())]))
}

/**
 * The report tables as builders, by file name (the same tables and order as `buildTables`): each table's rows are
 * made only when its builder is called, so a writer can build, write and drop one table at a time; the per-mention
 * tables are generators, made row by row as they are written. Pure.
 * @example const build = tableBuilders(input); await writeFile('mentions.csv', toCsv(build['mentions.csv']!(), COLUMNS['mentions.csv']!))
 */
export function tableBuilders(input: ReportInput): Record<string, () => Iterable<Row>> {
  const {records, entities, tally, problems} = input
  const analytics = input.analytics ?? analyseCorpus(records)
  // Pairs seen once are in no table: score and sort only the others, once for every table that needs them.
  const pairs = input.pairs ?? toPairRows(tally, 2)
  const names = new Map<string, string>()
  for (const e of Object.values(entities)) names.set(e.id, canonicalName(e))
  const nameOf = (id: string): string | undefined => names.get(id)
  const entityRows = once(() => Object.values(entities)
    .sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1))
    .map((e): Row => ({
      id: e.id, type: TYPE_NAME[e.type], name: names.get(e.id)!, aliases: aliasesOf(e).join('; '), mentions: e.mentions, articles: e.articles,
      first_seen: e.first, last_seen: e.last, first_article: e.firstArticle, last_article: e.lastArticle,
    })))
  const byType = (type: string): Row[] => entityRows().filter((r) => r.type === type).map(({type: _t, ...rest}) => rest)
  return {
    'articles.csv': () => records.map(articleRow),
    'mentions.csv': () => eachRow(analytics.articles, mentionRows),
    'entities.csv': entityRows,
    'people.csv': () => byType('person'),
    'organisations.csv': () => byType('organisation'),
    'ambiguous.csv': () => eachRow(analytics.articles, ambiguousRows),
    'titles.csv': () => titleRows(records),
    'dates.csv': () => dateRows(records),
    'cooccurrence.csv': () => pairRows(pairs, nameOf),
    ...analyticsTables(analytics, nameOf, (id) => entities[id]?.last, 100, analytics.tally.cooccur === tally ? pairs : undefined),
    'problems.csv': () => problems.map((p): Row => ({file: p.file, line: p.line ?? '', id: p.id ?? '', severity: p.severity, reason: p.reason})),
  }
}

// --- internal ---

function* eachRow<T>(items: readonly T[], rows: (item: T) => Row[]): Generator<Row> {
  for (const item of items) yield* rows(item)
}

function mentionRows({record: x, entities, rules}: ResolvedArticle): Row[] {
  return x.mentions.map((m, i): Row => ({
    article: x.id, date: x.published ?? '', type: m.label, text: m.text, value: m.value, entity: entities[i] ?? '',
    sentence: m.sentence, start: m.start, end: m.end, rule: m.rule, resolution: rules[i] ?? '',
  }))
}

function ambiguousRows({record: x, ambiguous}: ResolvedArticle): Row[] {
  return ambiguous.map((a): Row => {
    const m = x.mentions[a.mention]!
    return {article: x.id, date: x.published ?? '', text: m.text, value: m.value, sentence: m.sentence, start: m.start, end: m.end, reason: a.reason, candidates: a.candidates.join('; ')}
  })
}

function articleRow(x: Extracted): Row {
  const count = (label: string): number => new Set(x.mentions.filter((m) => m.label === label).map((m) => m.value)).size
  return {
    id: x.id, date: x.published ?? '', source: x.source ?? '', title: x.headline ?? '', words: x.words,
    people: count('PERSON'), organisations: count('ORG'), titles: new Set(x.titles.map((t) => `${t.person}\u0000${t.title}`)).size,
    dates: count('DATE'), file: x.file ?? '',
  }
}

interface Seen {
  mentions: number
  articles: number
  first: string
  last: string
  lastArticle: string
}

function see(map: Map<string, Seen>, key: string, x: Extracted): void {
  const date = x.published ?? ''
  let s = map.get(key)
  if (!s) map.set(key, (s = {mentions: 0, articles: 0, first: date, last: date, lastArticle: ''}))
  s.mentions++
  if (s.lastArticle !== x.id) {
    s.articles++
    s.lastArticle = x.id
    if (date && (!s.first || date < s.first)) s.first = date
    if (date > s.last) s.last = date
  }
}

function titleRows(records: readonly Extracted[]): Row[] {
  const seen = new Map<string, Seen>()
  for (const x of records) for (const t of x.titles) see(seen, `${resolveName('PERSON', t.person).id}\u0000${t.person}\u0000${t.title}`, x)
  return [...seen]
    .map(([key, s]): Row => {
      const [personId, person, title] = key.split('\u0000') as [string, string, string]
      return {person_id: personId, person, title, mentions: s.mentions, articles: s.articles, first_seen: s.first, last_seen: s.last}
    })
    .sort((a, b) => Number(b.mentions) - Number(a.mentions) || String(a.person_id).localeCompare(String(b.person_id)) || String(a.title).localeCompare(String(b.title)))
}

function dateRows(records: readonly Extracted[]): Row[] {
  const seen = new Map<string, Seen>()
  const texts = new Map<string, Set<string>>()
  for (const x of records) {
    for (const m of x.mentions) {
      if (m.label !== 'DATE') continue
      see(seen, m.value, x)
      let t = texts.get(m.value)
      if (!t) texts.set(m.value, (t = new Set()))
      if (t.size < 5) t.add(m.text)
    }
  }
  return [...seen]
    .map(([value, s]): Row => ({
      value, granularity: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year',
      mentions: s.mentions, articles: s.articles, first_seen: s.first, last_seen: s.last, texts: [...(texts.get(value) ?? [])].join('; '),
    }))
    .sort((a, b) => String(a.value).localeCompare(String(b.value)))
}
