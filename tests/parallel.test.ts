import {cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {workerBundle} from '../bin/bundle.js'
import {pipelineVersion} from '../pipeline/cache.ts'
import {createDoc} from '../pipeline/doc.ts'
import {SHARED_DIR} from '../pipeline/evaluate.ts'
import {createPool} from '../pipeline/pool.ts'
import {extractOutcome} from '../pipeline/worker.ts'
import {cli, reportSnapshot} from './helpers.ts'

const CORPUS = join(SHARED_DIR, 'corpus', 'articles.jsonl')
const ROOT = join(import.meta.dirname, '..')

/** About 400 articles: a slice of the shared corpus when present, else articles written here. */
function corpus(dir: string): string {
  const path = join(dir, 'in.jsonl')
  const lines = existsSync(CORPUS)
    ? readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).filter((_, i) => i % 35 === 0).slice(0, 400)
    : Array.from({length: 400}, (_, i) => JSON.stringify({id: `a${i}`, title: `Report ${i}`, date: `20${String(10 + (i % 14)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
      text: `Pyongyang, May ${1 + (i % 28)} (KCNA) -- Premier Pak Pong Ju and Choe Ryong Hae, member of the Presidium of the Political Bureau of the Central Committee of the Workers' Party of Korea (WPK), visited farm No. ${i} on Monday. Kim Jong Un met Xi Jinping.`}))
  writeFileSync(path, lines.join('\n') + '\n')
  return path
}

describe('parallel runs and the cache', () => {
  it('gives byte-identical reports with 1 and with 2 workers, and from the cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'presswatch-parallel-'))
    const input = corpus(dir)
    expect((await cli('run', input, '--out', join(dir, 'one'), '--workers', '1')).code).toBe(0)
    expect((await cli('run', input, '--out', join(dir, 'two'), '--workers', '2')).code).toBe(0)
    const rerun = await cli('run', input, '--out', join(dir, 'two'), '--workers', '2')
    expect(rerun.stderr).toMatch(/\((\d+) from the cache\)/)
    const articles = readFileSync(input, 'utf8').trim().split('\n').length
    expect(Number(/\((\d+) from the cache\)/.exec(rerun.stderr)![1])).toBe(articles)
    // The same articles read from another file are still found in the cache, and the reports name the new file.
    const moved = join(dir, 'moved.jsonl')
    cpSync(input, moved)
    const fromMoved = await cli('run', moved, '--out', join(dir, 'two'), '--workers', '2')
    expect(Number(/\((\d+) from the cache\)/.exec(fromMoved.stderr)![1])).toBe(articles)
    expect(readFileSync(join(dir, 'two', 'articles.csv'), 'utf8')).toContain('moved.jsonl')
    await cli('run', input, '--out', join(dir, 'two'), '--workers', '2')
    const one = reportSnapshot(join(dir, 'one'))
    const two = reportSnapshot(join(dir, 'two'))
    expect([...two.keys()].sort()).toEqual([...one.keys()].sort())
    for (const [name, content] of one) expect(two.get(name) === content, name).toBe(true)
  }, 300_000)

  it('changes the cache version when a lexicon (or any source) changes', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'presswatch-version-'))
    for (const d of ['pipeline', 'stages', 'data']) cpSync(join(ROOT, d), join(copy, d), {recursive: true})
    cpSync(join(ROOT, 'package-lock.json'), join(copy, 'package-lock.json'))
    const before = await pipelineVersion(copy)
    expect(await pipelineVersion(copy)).toBe(before)
    const lexicon = join(copy, 'data', 'lexicons', 'people.json')
    writeFileSync(lexicon, readFileSync(lexicon, 'utf8').replace('{', '{"note": "edited",'))
    expect(await pipelineVersion(copy)).not.toBe(before)
  })
})

describe('the extraction pool', () => {
  const docs = [
    createDoc('Pyongyang, May 3 (KCNA) -- Kim Jong Un met Xi Jinping.', {format: 'text'}, 'a'),
    createDoc('Choe Ryong Hae, premier of the Cabinet, spoke on Monday.', {format: 'text'}, 'b'),
  ]
  const expected = docs.map((d) => extractOutcome(d))

  it('loads the kept bundle of the worker, not the sources, and extracts as the main thread does', async () => {
    const pool = await createPool(1)
    try {
      expect(pool.module).toBe(pathToFileURL((await workerBundle())!).href)
      expect(pool.module).toMatch(/\/node_modules\/\.cache\/presswatch\/worker-[0-9a-f]{16}\.mjs$/)
      expect(await pool.run(docs)).toEqual(expected)
    } finally {
      await pool.close()
    }
  }, 60_000)

  it('loads the sources through tsx when its bundle is removed before the threads load it', async () => {
    const gone = join(mkdtempSync(join(tmpdir(), 'presswatch-pool-')), 'worker-0000000000000000.mjs')
    const pool = await createPool(1, async () => gone)
    try {
      expect(await pool.run(docs)).toEqual(expected)
      expect(pool.module).toBe(pathToFileURL(join(ROOT, 'pipeline', 'worker.ts')).href)
    } finally {
      await pool.close()
    }
  }, 60_000)

  it('loads the sources through tsx where no bundle can be made', async () => {
    const pool = await createPool(1, async () => undefined)
    try {
      expect(pool.module).toBe(pathToFileURL(join(ROOT, 'pipeline', 'worker.ts')).href)
      expect(await pool.run(docs)).toEqual(expected)
    } finally {
      await pool.close()
    }
  }, 60_000)
})
