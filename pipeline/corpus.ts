import {cacheKey, type ExtractCache} from './cache.ts'
import type {Doc} from './doc.ts'
import type {Extracted} from './extracted.ts'
import {shareStrings, toEntities} from './extracted.ts'
import {readInputs, strictError, warningsOf, type Problem} from './io.ts'
import {createPool, type ExtractPool} from './pool.ts'
import {CORPUS_PLAN, DEFAULT_PLAN} from './registry.ts'
import {extractOutcome, type Outcome} from './worker.ts'

/** What a pass over the inputs gives: one record per article that went through, and every problem. */
export interface ExtractResult {
  readonly records: Extracted[]
  readonly problems: Problem[]
}

/** Options and callbacks for a pass over the inputs. */
export interface ExtractHooks {
  /** Called with each article's record as soon as it is extracted, in input order. */
  readonly onRecord?: (record: Extracted) => void | Promise<void>
  /** Called with each problem as soon as it is found. */
  readonly onProblem?: (problem: Problem) => void
  /** Stop at the first problem of severity `error` (`--strict`). */
  readonly strict?: boolean
  /** Keep records in memory (for `run`); `extract` streams and keeps none. */
  readonly keep?: boolean
  /** Worker threads; 1 extracts in this thread. Results are identical either way. */
  readonly workers?: number
  /** Records of an earlier run to reuse. */
  readonly cache?: ExtractCache
}

/** Articles per task sent to a worker. */
const BATCH = 48
/** Below this many articles a pool costs more than it saves. */
const MIN_POOL_ARTICLES = 64

type Chunk = {readonly docs: readonly Doc[]; readonly keys: readonly string[] | undefined; readonly outcomes: Promise<(Outcome | {cached: Extracted})[]>}

/**
 * Read the inputs and run the per-document plan on each article, in input order, optionally on a worker pool
 * and reusing cached records. A bad input or an article whose stage fails is a problem, not a crash; the rest goes on.
 * @example const {records, problems} = await extractInputs(['data/samples'], {keep: true, workers: 4}) // records in input order, problems listed
 */
export async function extractInputs(paths: readonly string[], hooks: ExtractHooks = {}): Promise<ExtractResult> {
  const records: Extracted[] = []
  const problems: Problem[] = []
  const workers = Math.max(1, hooks.workers ?? 1)
  let pool: ExtractPool | undefined
  const strings = new Map<string, string>()
  const report = (p: Problem): void => {
    problems.push(p)
    hooks.onProblem?.(p)
    if (hooks.strict && p.severity === 'error') throw strictError(p)
  }
  const accept = async (doc: Doc, outcome: Outcome | {cached: Extracted}, key: string | undefined): Promise<void> => {
    const fromCache = 'cached' in outcome ? outcome.cached : undefined
    // A cached record keeps its results; where it was read from is this run's.
    const found = fromCache ? withFile(fromCache, doc.meta.file) : 'record' in outcome ? outcome.record : undefined
    // Records kept for the corpus stages share their repeated strings: a third less memory on a large corpus.
    const record = found && hooks.keep ? shareStrings(found, strings) : found
    if (!record) {
      const line = Number(doc.meta.line) || undefined
      report({file: doc.meta.file ?? '', ...(line ? {line} : {}), id: doc.id, severity: 'error', reason: 'error' in outcome ? outcome.error : 'no result'})
      return
    }
    if (hooks.cache && key !== undefined) hooks.cache.used.set(key, record)
    for (const p of warningsOf(record)) report(p)
    if (hooks.keep) records.push(record)
    await hooks.onRecord?.(record)
  }
  // Chunks are settled strictly in input order, so output is the same whatever the number of workers.
  const queue: Chunk[] = []
  const flushHead = async (): Promise<void> => {
    const chunk = queue.shift()!
    const outcomes = await chunk.outcomes
    for (let i = 0; i < chunk.docs.length; i++) await accept(chunk.docs[i]!, outcomes[i]!, chunk.keys?.[i])
  }
  let batch: Doc[] = []
  let seen = 0
  const submit = async (): Promise<void> => {
    if (batch.length === 0) return
    const docs = batch
    batch = []
    // Each article's key is hashed once: to look it up here, and to record it as used when it is accepted.
    const keys = hooks.cache ? docs.map(cacheKey) : undefined
    const cached = docs.map((_, i) => (keys ? hooks.cache!.get(keys[i]!) : undefined))
    const todo = docs.filter((_, i) => !cached[i])
    if (!pool && workers > 1 && seen >= MIN_POOL_ARTICLES) pool = await createPool(workers)
    const fresh: Promise<Outcome[]> = todo.length === 0 ? Promise.resolve([]) : pool ? pool.run(todo) : Promise.resolve(todo.map((d) => extractOutcome(d)))
    const outcomes = fresh.then((done) => {
      let j = 0
      return docs.map((_, i) => (cached[i] ? {cached: cached[i]!} : done[j++]!))
    })
    outcomes.catch(() => undefined)
    queue.push({docs, keys, outcomes})
    while (queue.length > (pool ? workers * 3 : 0)) await flushHead()
  }
  try {
    for await (const item of readInputs(paths)) {
      if ('problem' in item) {
        // Earlier articles are settled first, so problems and records keep their input order.
        await submit()
        while (queue.length > 0) await flushHead()
        report(item.problem)
        continue
      }
      seen++
      batch.push(item.doc)
      if (batch.length >= BATCH) await submit()
    }
    await submit()
    while (queue.length > 0) await flushHead()
  } finally {
    await pool?.close()
  }
  return {records, problems}
}

function withFile(record: Extracted, file: string | undefined): Extracted {
  if (record.file === file) return record
  const {file: _old, ...rest} = record
  return file === undefined ? rest : {...rest, file}
}

/** The entities JSONL line of one article. @example toEntitiesLine(toRecords([analyse('Kim Jong Un met Xi Jinping.')])[0]) // '{"id":"text","people":[{"name":"Kim Jong Un",…}, …]}\n' */
export const toEntitiesLine = (record: Extracted): string => JSON.stringify(toEntities(record)) + '\n'

/** Names of the stages a run applies, in order, for run summaries and `--from`. */
export const PLAN_NAMES: readonly string[] = [...DEFAULT_PLAN.map((s) => s.name), ...CORPUS_PLAN]
