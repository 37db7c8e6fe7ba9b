import {defineStage} from '../../pipeline/stage.ts'
import {ingestDoc, type IngestOptions} from './find.ts'

/** Raw input (article record, plain text, page dump or HTML page) → the article doc with its metadata. */
export const ingest = defineStage<IngestOptions>({
  name: 'ingest',
  requires: [],
  provides: ['ingest'],
  defaults: {detectDumps: true},
  run: (doc, options) => ingestDoc(doc, options),
})

export {ingestDoc, isoDay, splitHeadline, type IngestData, type IngestOptions, type InputFormat} from './find.ts'
export {dayFirstToIso, isPageDump, parseDump, type ParsedDump, type RelatedItem} from './dump.ts'
export {parseHtml, type ParsedHtml} from './html.ts'
export default ingest
