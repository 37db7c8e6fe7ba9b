import {execFile} from 'node:child_process'
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {promisify} from 'node:util'
import {extractInputs, toEntitiesLine} from './corpus.ts'

const run = promisify(execFile)

/** Where the shared material lives: `../shared` beside the checkout, or `PRESSWATCH_SHARED`. */
export const SHARED_DIR = resolve(process.env.PRESSWATCH_SHARED ?? join(import.meta.dirname, '..', '..', 'shared'))

/** One evaluation set: its articles and gold, and the fields it scores. */
export interface EvalSet {
  readonly name: string
  /** Articles (in the shared folder) and gold, or a benchmark source to convert with `to-articles.mjs`. */
  readonly articles?: string
  /** Articles in this project instead (a path from the project root). */
  readonly local?: string
  readonly gold?: string
  readonly benchmark?: string
  readonly fields?: string
}

/** The sets the project is measured on (tuning happens on dev sets only; test sets are measured, never tuned to). */
export const EVAL_SETS: readonly EvalSet[] = [
  {name: 'dev-gold', articles: 'eval/dev-articles.jsonl', gold: 'eval/dev-gold.jsonl'},
  {name: 'sample-page', local: 'data/samples/000_d6c66752962f85b6.txt', gold: 'eval/seed-gold.jsonl'},
  {name: 'tempeval3-platinum', benchmark: 'benchmarks/tempeval3/te3-platinum', fields: 'dates'},
  {name: 'conll2003-test', benchmark: 'benchmarks/conll2003/test.txt', fields: 'people,organisations'},
]

/** F1 per field, and the accuracy of the publication date, as the shared scorer prints them. */
export type Scores = Record<string, number>

/** True when the shared evaluation material is present. */
export const hasShared = (): boolean => existsSync(join(SHARED_DIR, 'eval', 'score.mjs'))

/** Extract the set's articles, score them with `../shared/eval/score.mjs`, and return F1 per field. */
export async function evaluateSet(set: EvalSet): Promise<Scores> {
  const dir = mkdtempSync(join(tmpdir(), `presswatch-eval-${set.name}-`))
  // The checkout's own folder name is not assumed: local articles are found from this file, shared ones in SHARED_DIR.
  let articles = set.local !== undefined ? resolve(import.meta.dirname, '..', set.local) : set.articles !== undefined ? join(SHARED_DIR, set.articles) : ''
  let gold = set.gold === undefined ? '' : join(SHARED_DIR, set.gold)
  if (set.benchmark) {
    await run('node', [join(SHARED_DIR, 'benchmarks', 'to-articles.mjs'), join(SHARED_DIR, set.benchmark), dir])
    articles = join(dir, 'articles.jsonl')
    gold = join(dir, 'gold.jsonl')
  }
  let lines = ''
  await extractInputs([articles], {onRecord: (r) => void (lines += toEntitiesLine(r))})
  const system = join(dir, 'system.jsonl')
  writeFileSync(system, lines)
  const args = [join(SHARED_DIR, 'eval', 'score.mjs'), '--gold', gold, '--system', system, '--json', ...(set.fields ? ['--fields', set.fields] : [])]
  const {stdout} = await run('node', args, {maxBuffer: 64 * 1024 * 1024})
  const json = JSON.parse(stdout.slice(0, stdout.lastIndexOf('}') + 1)) as Record<string, {f1?: number; accuracy?: number; total?: number}>
  const scores: Scores = {}
  for (const [field, r] of Object.entries(json)) {
    if (typeof r.f1 === 'number') scores[field] = round(r.f1)
    else if (field === 'published' && typeof r.accuracy === 'number' && r.total) scores[field] = round(r.accuracy)
  }
  return scores
}

const round = (x: number): number => Math.round(x * 1000) / 1000
