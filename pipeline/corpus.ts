import type {Extracted} from './extracted.ts'
import {toEntities} from './extracted.ts'
import {extractArticle} from './extract.ts'
import {PipelineError} from './errors.ts'
import {readInputs, type Problem} from './io.ts'
import {DEFAULT_PLAN} from './registry.ts'

/** What a pass over the inputs gives: one record per article that went through, and every problem. */
export interface ExtractResult {
  readonly records: Extracted[]
  readonly problems: Problem[]
}

/** Callbacks for a pass over the inputs. */
export interface ExtractHooks {
  /** Called with each article's record as soon as it is extracted, in input order. */
  readonly onRecord?: (record: Extracted) => void | Promise<void>
  /** Called with each problem as soon as it is found. */
  readonly onProblem?: (problem: Problem) => void
  /** Stop at the first problem of severity `error` (`--strict`). */
  readonly strict?: boolean
  /** Keep records in memory (for `run`); `extract` streams and keeps none. */
  readonly keep?: boolean
}

/**
 * Read the inputs and run the per-document plan on each article. A bad input or an article whose stage
 * fails is a problem, not a crash; the rest goes on.
 */
export async function extractInputs(paths: readonly string[], hooks: ExtractHooks = {}): Promise<ExtractResult> {
  const records: Extracted[] = []
  const problems: Problem[] = []
  const report = (p: Problem): void => {
    problems.push(p)
    hooks.onProblem?.(p)
    if (hooks.strict && p.severity === 'error') throw new PipelineError('E_INPUT', `${p.file}${p.line ? `:${p.line}` : ''}: ${p.reason} (stopped by --strict)`)
  }
  for await (const item of readInputs(paths)) {
    if ('problem' in item) {
      report(item.problem)
      continue
    }
    let record: Extracted
    try {
      record = extractArticle(item.doc)
    } catch (error) {
      const line = Number(item.doc.meta.line) || undefined
      report({file: item.doc.meta.file ?? '', ...(line ? {line} : {}), id: item.doc.id, severity: 'error', reason: (error as Error).message})
      continue
    }
    for (const m of record.messages) {
      if (m.level === 'warning') report({file: record.file ?? '', id: record.id, severity: 'warning', reason: `${m.reason} [${m.rule}]`})
    }
    if (hooks.keep) records.push(record)
    await hooks.onRecord?.(record)
  }
  return {records, problems}
}

/** The entities JSONL line of one article. */
export const toEntitiesLine = (record: Extracted): string => JSON.stringify(toEntities(record)) + '\n'

/** Names of the per-document stages, for run summaries. */
export const PLAN_NAMES: readonly string[] = [...DEFAULT_PLAN.map((s) => s.name), 'resolve', 'cooccur', 'report-csv', 'report-html']
