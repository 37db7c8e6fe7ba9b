import type {Extracted} from './extracted.ts'
import {toEntitiesLine} from './corpus.ts'
import type {Problem} from './io.ts'
import {analyseCorpus, type AnalyticsOptions} from '../stages/analytics/index.ts'
import {toGexf, toGraph, toGraphml, toPairRows, type NodeInfo} from '../stages/cooccur/index.ts'
import {canonicalName} from '../stages/resolve/index.ts'
import {buildTables, COLUMNS, toCsv, type Row} from '../stages/report-csv/index.ts'
import {toHtmlReport, type RunInfo} from '../stages/report-html/index.ts'
import {loadReportAssets} from './assets.ts'

/**
 * Build every report file (name → content) from the records: pure, and byte-identical for the same input.
 * `options.countCopies` counts syndicated copies in co-occurrence (default: each story once).
 * @example buildReports(records, [], {generatedAt: '2024-01-01T00:00:00Z', inputs: ['data'], stages: ['ingest', 'tokenise', 'people']}).get('entities.csv') // the CSV text
 */
export function buildReports(records: readonly Extracted[], problems: readonly Problem[], info: RunInfo, options: Partial<AnalyticsOptions> = {}): Map<string, string | Uint8Array> {
  return buildReportSet(records, problems, info, options).files
}

/** `buildReports`, also returning the tables the HTML report read (for `work/html-tables.json`). */
export function buildReportSet(records: readonly Extracted[], problems: readonly Problem[], info: RunInfo, options: Partial<AnalyticsOptions> = {}): {files: Map<string, string | Uint8Array>; htmlTables: Record<string, readonly Row[]>} {
  const analytics = analyseCorpus(records, options)
  const {entities, cooccur} = analytics.tally
  // Scored once for the tables and the graph; pairs seen once are in neither.
  const pairs = toPairRows(cooccur, 2)
  const tables = buildTables({records, entities, tally: cooccur, problems, analytics, pairs})
  const files = new Map<string, string | Uint8Array>()
  files.set('entities.jsonl', records.map(toEntitiesLine).join(''))
  for (const [name, rows] of Object.entries(tables)) files.set(name, toCsv(rows, COLUMNS[name] ?? Object.keys(rows[0] ?? {})))
  const nodes = new Map<string, NodeInfo>(Object.values(entities).map((e) => [e.id, {label: canonicalName(e), type: e.type === 'PERSON' ? 'person' : 'organisation', mentions: e.mentions, articles: e.articles}]))
  const graph = toGraph(pairs, nodes, {window: 'sentence', minCount: 2})
  files.set('cooccurrence.gexf', toGexf(graph))
  files.set('cooccurrence.graphml', toGraphml(graph))
  const forHtml = htmlTables(tables)
  for (const [name, content] of buildHtmlReport(records, forHtml, info)) files.set(name, content)
  return {files, htmlTables: forHtml}
}

/** The tables the HTML report reads; `run --keep-intermediate` keeps them in work/ so `--from report-html` need not rebuild them. */
export const HTML_TABLES: readonly string[] = ['articles.csv', 'entities.csv', 'people.csv', 'organisations.csv', 'titles.csv', 'dates.csv', 'cooccurrence.csv', 'problems.csv']

/** The part of the tables the HTML report needs. */
export function htmlTables(tables: Readonly<Record<string, readonly Row[]>>): Record<string, readonly Row[]> {
  return Object.fromEntries(HTML_TABLES.map((name) => [name, tables[name] ?? []]))
}

/** The HTML report's files from the records and the tables it reads (see `HTML_TABLES`). */
export function buildHtmlReport(records: readonly Extracted[], tables: Readonly<Record<string, readonly Row[]>>, info: RunInfo): Map<string, string> {
  return toHtmlReport({records, tables, assets: loadReportAssets()}, info)
}
