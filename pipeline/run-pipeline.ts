import {once} from 'node:events'
import type {WriteStream} from 'node:fs'
import {access, readdir, readFile, stat} from 'node:fs/promises'
import {join} from 'node:path'
import {cacheKey, cacheLines, loadCache, pipelineVersion} from './cache.ts'
import {extractInputs, PLAN_NAMES} from './corpus.ts'
import type {Doc} from './doc.ts'
import {docLines, htmlRecordLineProblem, readDocs, readExtracted, readLines} from './docs-io.ts'
import {PipelineError} from './errors.ts'
import {toExtracted, type Extracted} from './extracted.ts'
import {openBlockWriter, openReportWriter, readInputs, strictError, warningsOf, type Problem, type ReportWriter} from './io.ts'
import {DEFAULT_PLAN} from './registry.ts'
import {HTML_KEPT_SHAPE, HTML_TABLES, htmlFiles, htmlTablesJson, reportFiles, type KeptFrom} from './reports.ts'
import {applyStage} from './run.ts'
import {ARTICLE_TIME_LIMIT_MS, overLimit} from './worker.ts'
import {toHtmlRecord, type HtmlRecord, type RunInfo} from '../stages/report-html/index.ts'
import type {Row} from '../stages/report-csv/index.ts'

/** Stages `run --from` can start at, in order. */
export const RUN_STAGES: readonly string[] = PLAN_NAMES

/** Options of `presswatch run`. */
export interface RunOptions {
  readonly out: string
  readonly workers: number
  readonly strict: boolean
  /** Ignore the cache of earlier runs. */
  readonly fresh: boolean
  /** Keep every stage's output in `work/` for `--from`. */
  readonly keepIntermediate: boolean
  /** Rerun from this stage, reusing `work/` of an earlier run in the same --out. */
  readonly from?: string
  /** Longest one article may take through the per-document stages in `--keep-intermediate` and `--from` runs (default `ARTICLE_TIME_LIMIT_MS`). */
  readonly articleTimeLimitMs?: number
  readonly onProblem?: (p: Problem) => void
  readonly onRecord?: () => void
  /** Told what the run did beyond what was asked (a rebuild of the HTML that had to remake the CSV reports too). */
  readonly onNote?: (message: string) => void
}

/** What a run did. */
export interface RunResult {
  readonly articles: number
  readonly problems: readonly Problem[]
  readonly cacheHits: number
}

const PER_DOC = DEFAULT_PLAN.map((s) => s.name)
/** Whether a report file is data (CSV, JSONL, graphs) rather than part of the HTML report. */
export const isReportData = (name: string): boolean => /\.(csv|jsonl|gexf|graphml)$/.test(name)

/** The run summary's stable facts: derived from the records, never from the clock or the command line. */
export function runInfo(records: readonly Pick<Extracted, 'published' | 'file'>[]): RunInfo {
  const generatedAt = records.reduce((d, r) => (r.published && r.published > d ? r.published : d), '')
  const inputs = [...new Set(records.map((r) => r.file ?? '').filter(Boolean))].sort()
  return {generatedAt, inputs, stages: PLAN_NAMES}
}

/**
 * Run the pipeline on `inputs` and write every report under `options.out` atomically (old set or new set,
 * never a mix). Reuses cached records of earlier runs of the same pipeline version.
 */
export async function runPipeline(inputs: readonly string[], options: RunOptions): Promise<RunResult> {
  const from = options.from
  if (from !== undefined && !RUN_STAGES.includes(from)) {
    throw new PipelineError('E_USAGE', `Unknown stage \`${from}\` for --from; expected one of ${RUN_STAGES.join(', ')}`)
  }
  if ((from === undefined || from === 'ingest') && inputs.length === 0) throw new PipelineError('E_USAGE', 'No inputs given; name at least one file or folder')
  const work = join(options.out, 'work')
  const writer = await openReportWriter(options.out)
  try {
    const kept = from === 'report-html' ? await readHtmlInputs(work) : undefined
    let result: RunResult
    if (kept?.state === 'whole') {
      // Only the HTML is rebuilt, from what the last run kept for it; the rest is carried over.
      for (const [name, content] of htmlFiles(kept.records, kept.tables, runInfo(kept.records), kept.entities)) await writer.write(name, content)
      for (const name of await reportDataFiles(options.out)) await writer.carry(name)
      result = {articles: kept.records.length, problems: await readProblems(join(work, 'problems.jsonl')), cacheHits: 0}
    } else {
      const {records, problems, cacheHits, extracted} = await gather(inputs, options, work, writer)
      // A rebuild of the HTML that cannot use what was kept for it makes everything from extracted.jsonl, the data
      // files too (they are made on the way anyway): whether or not that file changed since they were, the HTML and
      // the CSV files beside it then show the same rows.
      if (kept?.state === 'stale') options.onNote?.(`${join(work, 'extracted.jsonl')} changed since the last run: the CSV reports are made again from it, as well as the HTML`)
      // Each file is written as soon as it is made and then dropped: the whole set is never in memory at once.
      const {files, htmlTables, entityIds, problems: found} = reportFiles(records, problems, runInfo(records))
      for (const [name, content] of files) await writer.write(name, content)
      // What the corpus stages found (an article whose co-occurrence was bounded) is told as the inputs' problems are.
      for (const p of found()) options.onProblem?.(p)
      if (extracted) {
        // What the HTML report reads: the tables it shows, and of each record its text, mentions and titles with the
        // entity resolve gave each mention; stamped with the extracted.jsonl they come from, so an edit of it is seen.
        const ids = entityIds()
        if (!ids) throw new Error('run: the entity ids of the mentions were not kept by the reports')
        await writer.write('work/html-records.jsonl', htmlRecordLines(records, ids))
        const file = await stat(extracted)
        await writer.write('work/html-tables.json', htmlTablesJson(htmlTables, {bytes: file.size, mtimeMs: file.mtimeMs, records: records.length}))
      }
      result = {articles: records.length, problems: [...problems, ...found()], cacheHits}
    }
    // A rerun keeps what of the last run's work/ it did not rewrite (the files a later `--from` reads); a full
    // run starts work/ afresh, so no intermediate file of an older input survives beside new reports.
    if (from !== undefined) for (const name of await listDir(work)) if (!OBSOLETE_WORK.includes(name)) await writer.carry(`work/${name}`)
    await writer.commit()
    return result
  } catch (error) {
    await writer.abort()
    throw error
  }
}

// --- internal ---

interface Gathered {
  readonly records: Extracted[]
  readonly problems: Problem[]
  readonly cacheHits: number
  readonly extracted: string | undefined
}

/** Files of work/ an older version kept that nothing reads any more: a rerun drops them instead of carrying them. */
const OBSOLETE_WORK: readonly string[] = ['resolved.jsonl']

/**
 * The records and problems of a run, from the inputs or from work/ (`--from`), and the `extracted.jsonl` that holds
 * those records (written to the staging folder, or read from work/), or undefined when none does (a run without
 * `--keep-intermediate` and `--from`).
 */
async function gather(inputs: readonly string[], options: RunOptions, work: string, writer: ReportWriter): Promise<Gathered> {
  const from = options.from
  const problems: Problem[] = []
  const report = (p: Problem): void => {
    problems.push(p)
    options.onProblem?.(p)
    if (options.strict && p.severity === 'error') throw strictError(p)
  }
  const finish = async (records: Extracted[]): Promise<Gathered> => {
    await writer.write('work/extracted.jsonl', jsonLines(records))
    await writer.write('work/problems.jsonl', jsonLines(problems))
    return {records, problems, cacheHits: 0, extracted: join(writer.staging, 'work', 'extracted.jsonl')}
  }
  if (from !== undefined && from !== 'ingest') {
    problems.push(...(await readProblems(join(work, 'problems.jsonl'))))
    if (!PER_DOC.includes(from)) {
      const file = join(work, 'extracted.jsonl')
      await need(file, from)
      return {records: await readExtracted(file), problems, cacheHits: 0, extracted: file}
    }
    const at = PER_DOC.indexOf(from)
    const file = join(work, `${PER_DOC[at - 1]}.jsonl`)
    await need(file, from)
    // The stages rerun here replace their earlier outputs in work/, so a later --from still finds them.
    const records = await runFrom(readDocs(file), at, writer, report, options)
    for (const name of PER_DOC.slice(0, at)) await writer.carry(`work/${name}.jsonl`)
    return finish(records)
  }
  // `--from ingest` remakes every file of work/ from the inputs, as a run that keeps them does. Each record goes
  // into a new cache too, under its input's key, so the next run without --keep-intermediate starts from it.
  if (options.keepIntermediate || from === 'ingest') {
    const docs = async function* (): AsyncGenerator<Doc> {
      for await (const item of readInputs(inputs)) {
        if ('problem' in item) report(item.problem)
        else yield item.doc
      }
    }
    const cache = await loadCache('', await pipelineVersion())
    const gathered = await finish(await runFrom(docs(), 0, writer, report, options, (input, record) => cache.used.set(cacheKey(input), record)))
    await writer.write('work/cache.jsonl', cacheLines(cache))
    return gathered
  }
  const version = await pipelineVersion()
  // A fresh run starts from an empty cache, but still writes one for the next run.
  const cache = await loadCache(options.fresh ? '' : join(work, 'cache.jsonl'), version)
  const result = await extractInputs(inputs, {
    keep: true,
    strict: options.strict,
    workers: options.workers,
    cache,
    ...(options.onRecord ? {onRecord: options.onRecord} : {}),
    ...(options.onProblem ? {onProblem: options.onProblem} : {}),
  })
  await writer.write('work/cache.jsonl', cacheLines(cache))
  return {records: result.records, problems: result.problems, cacheHits: cache.hits, extracted: undefined}
}

/**
 * Run the per-document stages from index `at` on each doc, writing each stage's output to work/<stage>.jsonl;
 * `onRecord` hears each doc that passed every stage, as it came in, with its record.
 */
async function runFrom(docs: AsyncIterable<Doc>, at: number, writer: ReportWriter, report: (p: Problem) => void, options: RunOptions, onRecord?: (input: Doc, record: Extracted) => void): Promise<Extracted[]> {
  const limit = options.articleTimeLimitMs ?? ARTICLE_TIME_LIMIT_MS
  const stages = DEFAULT_PLAN.slice(at)
  const streams: WriteStream[] = await Promise.all(stages.map((s) => writer.stream(`work/${s.name}.jsonl`)))
  const outputs = streams.map((s) => openBlockWriter(s))
  const records: Extracted[] = []
  for await (const input of docs) {
    let doc = input
    // The same per-article limit as extraction, on the time spent in the stages (not in writing their output): an
    // article over it stops where it is and is reported, its earlier stages' outputs kept so that a later --from
    // can retry it.
    let elapsed = 0
    // Each stage's output line, for the stages the article passed.
    const lines: string[] = []
    const lineOf = docLines()
    let failure: unknown
    try {
      for (let i = 0; i < stages.length; i++) {
        const started = performance.now()
        doc = applyStage(doc, stages[i]!)
        elapsed += performance.now() - started
        const over = overLimit(elapsed, limit, stages[i]!.name)
        if (over) throw new Error(over)
        lines.push(lineOf(doc))
      }
    } catch (error) {
      failure = error
    }
    // Written outside the article's catch: a write that fails (a full disk) ends the run, not this article alone.
    for (const [i, line] of lines.entries()) {
      const waiting = outputs[i]!.write(line)
      if (waiting) await waiting
    }
    if (failure !== undefined) {
      const line = Number(doc.meta.line) || undefined
      report({file: doc.meta.file ?? '', ...(line ? {line} : {}), id: doc.id, severity: 'error', reason: (failure as Error).message})
      continue
    }
    const record = toExtracted(doc)
    for (const p of warningsOf(record)) report(p)
    records.push(record)
    onRecord?.(input, record)
    options.onRecord?.()
  }
  await Promise.all(streams.map(async (s, i) => {
    await outputs[i]!.close()
    s.end()
    await once(s, 'close')
  }))
  return records
}

function* jsonLines(items: Iterable<unknown>): Generator<string> {
  for (const item of items) yield JSON.stringify(item) + '\n'
}

async function need(file: string, from: string): Promise<void> {
  try {
    await access(file)
  } catch {
    throw new PipelineError('E_USAGE', `--from ${from} needs ${file} from an earlier \`presswatch run --keep-intermediate\` in the same --out`)
  }
}

/**
 * What a `--keep-intermediate` run kept in work/ for `--from report-html`: `whole` when the kept tables and records
 * were made from the `extracted.jsonl` there as it is now (same size and modification time) and read back whole;
 * `stale` when that file changed since; undefined when they are missing, short, malformed, or of an older version
 * or one that kept other tables, columns or fields (`HTML_KEPT_SHAPE`).
 */
type HtmlInputs =
  | {readonly state: 'whole'; readonly tables: Record<string, readonly Row[]>; readonly records: HtmlRecord[]; readonly entities: (readonly string[])[]}
  | {readonly state: 'stale'}

async function readHtmlInputs(work: string): Promise<HtmlInputs | undefined> {
  let kept: {from?: Partial<KeptFrom>; shape?: unknown; tables?: Record<string, readonly Row[]>} | null
  let now: {size: number; mtimeMs: number}
  try {
    kept = JSON.parse(await readFile(join(work, 'html-tables.json'), 'utf8')) as typeof kept
    now = await stat(join(work, 'extracted.jsonl'))
  } catch {
    return undefined
  }
  const {from, shape, tables} = kept ?? {}
  const isNumber = (v: unknown): v is number => typeof v === 'number'
  if (!from || !isNumber(from.bytes) || !isNumber(from.mtimeMs) || !isNumber(from.records)) return undefined
  if (JSON.stringify(shape) !== JSON.stringify(HTML_KEPT_SHAPE)) return undefined
  if (!tables || !HTML_TABLES.every((name) => Array.isArray(tables[name]))) return undefined
  if (from.bytes !== now.size || from.mtimeMs !== now.mtimeMs) return {state: 'stale'}
  const records: HtmlRecord[] = []
  const entities: (readonly string[])[] = []
  try {
    for await (const line of readLines(join(work, 'html-records.jsonl'))) {
      const value = JSON.parse(line) as HtmlRecord & {entities: string[]}
      if (htmlRecordLineProblem(value)) return undefined
      const {entities: ids, ...record} = value
      records.push(record)
      entities.push(ids)
    }
  } catch {
    return undefined
  }
  return records.length === from.records ? {state: 'whole', tables, records, entities} : undefined
}

/** `work/html-records.jsonl`: per record, in the order of `work/extracted.jsonl`, what the HTML reads of it and each mention's entity id ('' for none). */
function* htmlRecordLines(records: readonly Extracted[], entityIds: readonly (readonly string[])[]): Generator<string> {
  for (const [i, r] of records.entries()) yield JSON.stringify({...toHtmlRecord(r), entities: entityIds[i]}) + '\n'
}

/** The data report files (CSV, JSONL, graphs) of the current set in `dir`. */
async function reportDataFiles(dir: string): Promise<string[]> {
  return (await listDir(dir)).filter(isReportData)
}

async function listDir(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort()
  } catch {
    return []
  }
}

async function readProblems(file: string): Promise<Problem[]> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    return []
  }
  return text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Problem)
}
