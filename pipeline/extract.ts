import type {Doc} from './doc.ts'
import {toExtracted, type Extracted} from './extracted.ts'
import {DEFAULT_PLAN} from './registry.ts'
import {runStages, type OptionsByName} from './run.ts'

/**
 * Run the whole per-document plan (ingest … dates) on one raw doc and keep the compact record. Pure.
 * @example extractArticle(createDoc('Premier Pak Pong Ju visited Kaesong.', {format: 'text'}, 'a1')).mentions
 */
export function extractArticle(raw: Doc, optionsByName: OptionsByName = {}): Extracted {
  return toExtracted(runStages(raw, DEFAULT_PLAN, optionsByName))
}
