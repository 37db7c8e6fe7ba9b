import type {Doc} from './doc.ts'
import {extractArticle} from './extract.ts'
import type {Extracted} from './extracted.ts'

/** What extracting one article gave: its record, or the failure as a message. */
export type Outcome = {readonly record: Extracted} | {readonly error: string}

/** Extract one raw doc, turning a stage failure into an outcome instead of an exception. Pure. */
export function extractOutcome(doc: Doc): Outcome {
  try {
    return {record: extractArticle(doc)}
  } catch (error) {
    return {error: (error as Error).message}
  }
}

/** Worker-pool task: extract a batch of raw docs, in order. */
export default function extractBatch(docs: readonly Doc[]): Outcome[] {
  return docs.map(extractOutcome)
}
