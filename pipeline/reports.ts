import type {Extracted} from './extracted.ts'
import {toEntitiesLine} from './corpus.ts'
import type {FileContent, Problem} from './io.ts'
import {analyseCorpus, type AnalyticsOptions} from '../stages/analytics/index.ts'
import {cooccurBoundsPassed, MAX_ARTICLE_ENTITIES, MAX_SENTENCE_PAIRS, toGexf, toGraph, toGraphml, toPairRows, type NodeInfo} from '../stages/cooccur/index.ts'
import {copiesOf} from '../stages/duplicates/index.ts'
import type {CorpusAnalytics} from '../stages/analytics/index.ts'
import {canonicalName} from '../stages/resolve/index.ts'
import {COLUMNS, csvChunks, tableBuilders, toCsv, type Row} from '../stages/report-csv/index.ts'
import {HTML_RECORD_FIELDS, HTML_REPORT_DEFAULTS, htmlReportFiles, type HtmlRecord, type HtmlReportInput, type RunInfo} from '../stages/report-html/index.ts'
import {loadReportAssets} from './assets.ts'
import {layoutInThread} from './layout-thread.ts'

/** Content of a report file: text, bytes, or text in chunks (a long table or JSONL file, written as it is made). */
export type ReportContent = FileContent

/**
 * Build every report file (name → content) from the records: pure, and byte-identical for the same input.
 * `options.countCopies` counts syndicated copies in co-occurrence (default: each story once).
 * @example buildReports(records, [], {generatedAt: '2024-01-01T00:00:00Z', inputs: ['data'], stages: ['ingest', 'tokenise', 'people']}).get('entities.csv') // the CSV text
 */
export function buildReports(records: readonly Extracted[], problems: readonly Problem[], info: RunInfo, options: Partial<AnalyticsOptions> = {}): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>()
  for (const [name, content] of reportFiles(records, problems, info, options).files) files.set(name, typeof content === 'string' || content instanceof Uint8Array ? content : [...content].join(''))
  return files
}

/**
 * The report files of `buildReports` one at a time, each made only when the iteration reaches it, so a writer that
 * writes and drops each holds one table or data shard at a time, never the whole report set. `htmlTables` (the tables
 * the HTML report reads) and `entityIds()` (each mention's entity id, as resolve gave it) are filled by the time the
 * iteration ends, and so is `problems()`: what the corpus stages found to report (an article whose co-occurrence the
 * bounds cut), listed in problems.csv after the run's own problems. `withHtml` false leaves the HTML report out (nothing of it is made).
 * @example const set = reportFiles(records, [], info); for (const [name, content] of set.files) await write(name, content)
 */
export function reportFiles(records: readonly Extracted[], problems: readonly Problem[], info: RunInfo, options: Partial<AnalyticsOptions> = {}, withHtml = true): {files: Iterable<[string, ReportContent]>; htmlTables: Record<string, readonly Row[]>; entityIds: () => readonly (readonly string[])[] | undefined; problems: () => readonly Problem[]} {
  const forHtml: Record<string, readonly Row[]> = {}
  // Each mention's entity id as the tables count it, and how co-occurrence was counted, kept from the analytics for
  // the HTML report.
  let entityIds: (readonly string[])[] | undefined
  let cooccurrence: HtmlReportInput['cooccurrence']
  let found: Problem[] = []
  // The analytics, the tables' builders and the graph live in this generator's frame only: they are garbage by the
  // time the HTML report, which needs none of them, is made.
  function* data(): Generator<[string, ReportContent]> {
    const analytics = analyseCorpus(records, options)
    const {entities, cooccur} = analytics.tally
    entityIds = analytics.articles.map((a) => a.entities)
    cooccurrence = {countCopies: analytics.options.countCopies, types: analytics.options.cooccurTypes}
    // Scored once for the tables and the graph; pairs seen once are in neither.
    const pairs = toPairRows(cooccur, 2)
    found = boundsProblems(analytics)
    const tables = tableBuilders({records, entities, tally: cooccur, problems: found.length ? [...problems, ...found] : problems, analytics, pairs})
    yield ['entities.jsonl', (function* () {
      for (const r of records) yield toEntitiesLine(r)
    })()]
    for (const [name, build] of Object.entries(tables)) {
      const columns = COLUMNS[name]!
      if (HTML_TABLES.includes(name)) {
        const rows = Array.from(build())
        forHtml[name] = rows
        yield [name, toCsv(rows, columns)]
      } else {
        yield [name, csvChunks(build(), columns)]
      }
    }
    const nodes = new Map<string, NodeInfo>(Object.values(entities).map((e) => [e.id, {label: canonicalName(e), type: e.type === 'PERSON' ? 'person' : 'organisation', mentions: e.mentions, articles: e.articles}]))
    const graph = toGraph(pairs, nodes, {window: 'sentence', minCount: 2})
    yield ['cooccurrence.gexf', toGexf(graph)]
    yield ['cooccurrence.graphml', toGraphml(graph)]
  }
  function* files(): Generator<[string, ReportContent]> {
    yield* data()
    if (withHtml) yield* htmlFiles(records, forHtml, info, entityIds, cooccurrence)
  }
  return {files: files(), htmlTables: forHtml, entityIds: () => entityIds, problems: () => found}
}

/** The tables the HTML report reads; `run --keep-intermediate` keeps them in work/ so `--from report-html` need not rebuild them. */
export const HTML_TABLES: readonly string[] = ['articles.csv', 'entities.csv', 'people.csv', 'organisations.csv', 'titles.csv', 'dates.csv', 'cooccurrence.csv', 'duplicates.csv', 'problems.csv']

/**
 * The columns the HTML report reads of the tables it does not show whole (the entity views, the overview's pairs,
 * the network's copies); the other tables are shown on the tables page with every column.
 */
const HTML_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  'entities.csv': ['id', 'type', 'name', 'aliases', 'mentions', 'articles', 'first_seen', 'last_seen'],
  'cooccurrence.csv': ['a', 'a_name', 'a_type', 'b', 'b_name', 'b_type', 'window', 'count', 'npmi'],
  'duplicates.csv': ['article', 'canonical'],
}

/**
 * What the kept HTML inputs hold: the tables, the columns kept of some, the fields kept of each record. Stamped on
 * `work/html-tables.json`, so inputs kept by a version that kept less (a column the report has come to read) are
 * not used, and the report is not made with blanks where that column goes.
 */
export const HTML_KEPT_SHAPE = {tables: HTML_TABLES, columns: HTML_COLUMNS, records: HTML_RECORD_FIELDS}

/**
 * `work/html-tables.json`: the tables of `reportFiles(...).htmlTables` with only the columns the HTML report reads
 * (about a quarter smaller on the shared corpus: the co-occurrence evidence is the bulk), so `--from report-html`
 * reads less, under `tables`; under `from`, what they were made from (`KeptFrom`); under `shape`, `HTML_KEPT_SHAPE`.
 */
export function htmlTablesJson(tables: Readonly<Record<string, readonly Row[]>>, from: KeptFrom): string {
  const kept: Record<string, readonly Row[]> = {}
  for (const [name, rows] of Object.entries(tables)) {
    const columns = HTML_COLUMNS[name]
    kept[name] = columns ? rows.map((r) => Object.fromEntries(columns.filter((c) => c in r).map((c) => [c, r[c]!]))) : rows
  }
  return JSON.stringify({from, shape: HTML_KEPT_SHAPE, tables: kept})
}

/**
 * The `work/extracted.jsonl` the kept HTML inputs were made from, as the file system saw it once written: its size
 * and modification time (which the move into the new report set keeps and an edit changes; a copy made to keep the
 * old time, `cp -p` or `touch -r`, over a file of the same size goes unseen) and its number of records.
 */
export interface KeptFrom {
  readonly bytes: number
  readonly mtimeMs: number
  readonly records: number
}

/**
 * The HTML report's files, one at a time (see `htmlReportFiles`), from the records (or what it reads of them), the tables it reads
 * (`HTML_TABLES`) and each mention's entity id (resolved again when not given), the network laid out on another core.
 */
export function htmlFiles(records: readonly HtmlRecord[], tables: Readonly<Record<string, readonly Row[]>>, info: RunInfo, entities?: readonly (readonly string[])[], cooccurrence?: HtmlReportInput['cooccurrence']): Iterable<[string, ReportContent]> {
  return htmlReportFiles({records, tables, ...(entities ? {entities} : {}), ...(cooccurrence ? {cooccurrence} : {}), assets: loadReportAssets()}, info, HTML_REPORT_DEFAULTS, layoutInThread)
}

/**
 * A warning for each counted article whose co-occurrence the bounds cut (`MAX_ARTICLE_ENTITIES`, `MAX_SENTENCE_PAIRS`):
 * its counts are a part of what it names, which an analyst should know. Copies left out of co-occurrence are not
 * counted, so not reported.
 */
function boundsProblems(analytics: CorpusAnalytics): Problem[] {
  const skip = analytics.options.countCopies ? new Set<string>() : copiesOf(analytics.duplicates)
  const found: Problem[] = []
  for (const article of analytics.articles) {
    const r = article.record
    if (skip.has(r.id)) continue
    const passed = cooccurBoundsPassed(article, analytics.options.cooccurTypes)
    if (!passed) continue
    const cut = [
      passed.entities > MAX_ARTICLE_ENTITIES ? `the article window paired its first ${MAX_ARTICLE_ENTITIES} of ${passed.entities} entities` : '',
      passed.sentencePairs > MAX_SENTENCE_PAIRS ? `its sentences counted ${MAX_SENTENCE_PAIRS} of ${passed.sentencePairs} pairs, of the entities named first` : '',
    ].filter(Boolean).join('; ')
    found.push({file: r.file ?? '', id: r.id, severity: 'warning', reason: `co-occurrence bounded: ${cut}`})
  }
  return found
}
