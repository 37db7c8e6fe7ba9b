import type {Extracted} from '../../pipeline/extracted.ts'
import type {Problem} from '../../pipeline/io.ts'
import {filterPairs, toPairRows, type CooccurTally, type PairRow} from '../cooccur/index.ts'
import {aliasesOf, canonicalName, entityId, type EntityTable, type EntityType} from '../resolve/index.ts'

/** A flat report row: column → cell. */
export type Row = Record<string, string | number>

/** The report tables, by file name. Column order is the key order of the first row (and of `COLUMNS`). */
export interface ReportTables {
  readonly [file: string]: readonly Row[]
}

/** Every CSV's columns, in order (also documented in the README). */
export const COLUMNS: Readonly<Record<string, readonly string[]>> = {
  'articles.csv': ['id', 'date', 'source', 'title', 'words', 'people', 'organisations', 'titles', 'dates', 'file'],
  'mentions.csv': ['article', 'date', 'type', 'text', 'value', 'entity', 'sentence', 'start', 'end', 'rule'],
  'entities.csv': ['id', 'type', 'name', 'aliases', 'mentions', 'articles', 'first_seen', 'last_seen'],
  'people.csv': ['id', 'name', 'aliases', 'mentions', 'articles', 'first_seen', 'last_seen'],
  'organisations.csv': ['id', 'name', 'aliases', 'mentions', 'articles', 'first_seen', 'last_seen'],
  'titles.csv': ['person_id', 'person', 'title', 'mentions', 'articles', 'first_seen', 'last_seen'],
  'dates.csv': ['value', 'granularity', 'mentions', 'articles', 'first_seen', 'last_seen', 'texts'],
  'cooccurrence.csv': ['a', 'a_name', 'a_type', 'b', 'b_name', 'b_type', 'window', 'count', 'articles', 'first_seen', 'last_seen', 'pmi', 'npmi'],
  'problems.csv': ['file', 'line', 'id', 'severity', 'reason'],
}

/** What the report tables are built from. */
export interface ReportInput {
  readonly records: readonly Extracted[]
  readonly entities: EntityTable
  readonly tally: CooccurTally
  readonly problems: readonly Problem[]
}

const ENTITY_LABELS = new Set(['PERSON', 'ORG'])
const TYPE_NAME: Record<EntityType, string> = {PERSON: 'person', ORG: 'organisation'}

/** Build every report table. Pure; rows are in a stable order so the same input gives byte-identical reports. */
export function buildTables(input: ReportInput): Record<string, Row[]> {
  const {records, entities, tally, problems} = input
  const names = new Map<string, string>()
  for (const e of Object.values(entities)) names.set(e.id, canonicalName(e))
  const entityRows = Object.values(entities)
    .sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1))
    .map((e): Row => ({id: e.id, type: TYPE_NAME[e.type], name: names.get(e.id)!, aliases: aliasesOf(e).join('; '), mentions: e.mentions, articles: e.articles, first_seen: e.first, last_seen: e.last}))
  const byType = (type: string): Row[] => entityRows.filter((r) => r.type === type).map(({type: _t, ...rest}) => rest)
  return {
    'articles.csv': records.map(articleRow),
    'mentions.csv': records.flatMap((x) => x.mentions.map((m): Row => ({
      article: x.id, date: x.published ?? '', type: m.label, text: m.text, value: m.value,
      entity: ENTITY_LABELS.has(m.label) ? entityId(m.label as EntityType, m.value) : '',
      sentence: m.sentence, start: m.start, end: m.end, rule: m.rule,
    }))),
    'entities.csv': entityRows,
    'people.csv': byType('person'),
    'organisations.csv': byType('organisation'),
    'titles.csv': titleRows(records),
    'dates.csv': dateRows(records),
    'cooccurrence.csv': pairRows(filterPairs(toPairRows(tally), {}), names),
    'problems.csv': problems.map((p): Row => ({file: p.file, line: p.line ?? '', id: p.id ?? '', severity: p.severity, reason: p.reason})),
  }
}

// --- internal ---

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
  for (const x of records) for (const t of x.titles) see(seen, `${entityId('PERSON', t.person)}\u0000${t.person}\u0000${t.title}`, x)
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

function pairRows(rows: readonly PairRow[], names: ReadonlyMap<string, string>): Row[] {
  const type = (id: string): string => (id.startsWith('person:') ? 'person' : 'organisation')
  return rows.map((r): Row => ({
    a: r.a, a_name: names.get(r.a) ?? r.a, a_type: type(r.a), b: r.b, b_name: names.get(r.b) ?? r.b, b_type: type(r.b),
    window: r.window, count: r.count, articles: r.articles, first_seen: r.first, last_seen: r.last, pmi: r.pmi, npmi: r.npmi,
  }))
}
