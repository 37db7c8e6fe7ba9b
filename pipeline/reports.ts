import type {Extracted} from './extracted.ts'
import {toEntitiesLine} from './corpus.ts'
import type {Problem} from './io.ts'
import {analyseCorpus, type AnalyticsOptions} from '../stages/analytics/index.ts'
import {toGexf, toGraph, toGraphml, toPairRows, type NodeInfo} from '../stages/cooccur/index.ts'
import {canonicalName} from '../stages/resolve/index.ts'
import {buildTables, COLUMNS, toCsv} from '../stages/report-csv/index.ts'
import {toHtmlReport, type RunInfo} from '../stages/report-html/index.ts'
import {loadReportAssets} from './assets.ts'

/**
 * Build every report file (name → content) from the records: pure, and byte-identical for the same input.
 * `options.countCopies` counts syndicated copies in co-occurrence (default: each story once).
 */
export function buildReports(records: readonly Extracted[], problems: readonly Problem[], info: RunInfo, options: Partial<AnalyticsOptions> = {}): Map<string, string | Uint8Array> {
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
  for (const [name, content] of toHtmlReport({records, tables, assets: loadReportAssets()}, info)) files.set(name, content)
  return files
}
