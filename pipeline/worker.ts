import type {Doc} from './doc.ts'
import {toExtracted, type Extracted} from './extracted.ts'
import {DEFAULT_PLAN} from './registry.ts'
import {applyStage} from './run.ts'

/** What extracting one article gave: its record, or the failure as a message. */
export type Outcome = {readonly record: Extracted} | {readonly error: string}

/** Longest an article may take through the per-document plan; checked between stages. */
export const ARTICLE_TIME_LIMIT_MS = 10_000

/** The problem of an article that has taken `elapsed` ms by the end of `stage`, or undefined within `limitMs`. */
export function overLimit(elapsed: number, limitMs: number, stage: string): string | undefined {
  return elapsed > limitMs ? `article took ${Math.round(elapsed)} ms, over the limit of ${limitMs} ms, by the end of stage \`${stage}\`; left out` : undefined
}

/**
 * Extract one raw doc, turning a stage failure, or an article that takes longer than `limitMs`, into an outcome
 * instead of an exception or a hang. Deterministic for any article that stays within the limit.
 */
export function extractOutcome(doc: Doc, limitMs = ARTICLE_TIME_LIMIT_MS): Outcome {
  const started = performance.now()
  let current = doc
  try {
    for (const stage of DEFAULT_PLAN) {
      current = applyStage(current, stage)
      const over = overLimit(performance.now() - started, limitMs, stage.name)
      if (over) return {error: over}
    }
    return {record: toExtracted(current)}
  } catch (error) {
    return {error: (error as Error).message}
  }
}

/** Worker-pool task: extract a batch of raw docs, in order. */
export default function extractBatch(docs: readonly Doc[]): Outcome[] {
  return docs.map((doc) => extractOutcome(doc))
}
