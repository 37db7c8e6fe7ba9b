import type {Extracted} from './extracted.ts'
import {toEntitiesLine} from './corpus.ts'
import type {Problem} from './io.ts'
import {countCooccurrences} from '../stages/cooccur/index.ts'
import {findEntities} from '../stages/resolve/index.ts'
import {buildTables, COLUMNS, toCsv} from '../stages/report-csv/index.ts'
import {toHtmlReport, type RunInfo} from '../stages/report-html/index.ts'

/** Build every report file (name → content) from the records: pure, and byte-identical for the same input. */
export function buildReports(records: readonly Extracted[], problems: readonly Problem[], info: RunInfo): Map<string, string | Uint8Array> {
  const entities = findEntities(records)
  const tally = countCooccurrences(records)
  const tables = buildTables({records, entities, tally, problems})
  const files = new Map<string, string | Uint8Array>()
  files.set('entities.jsonl', records.map(toEntitiesLine).join(''))
  for (const [name, rows] of Object.entries(tables)) files.set(name, toCsv(rows, COLUMNS[name] ?? Object.keys(rows[0] ?? {})))
  for (const [name, content] of toHtmlReport({records, tables}, info)) files.set(name, content)
  return files
}

