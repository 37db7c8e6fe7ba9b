import {existsSync, mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {SHARED_DIR} from '../pipeline/evaluate.ts'
import {cli} from './helpers.ts'

const CORPUS = join(SHARED_DIR, 'corpus', 'articles.jsonl')
const csvRows = (path: string): number => readFileSync(path, 'utf8').trim().split('\n').length - 1

describe.skipIf(!existsSync(CORPUS))(`the shared corpus (${CORPUS})`, () => {
  it('runs through every stage with exit 0, one entities line per article and every report', async () => {
    const articles = readFileSync(CORPUS, 'utf8').trim().split('\n').length
    const out = join(mkdtempSync(join(tmpdir(), 'presswatch-corpus-')), 'reports')
    const r = await cli('run', CORPUS, '--out', out)
    expect(r.code, r.stderr.slice(0, 2000)).toBe(0)
    expect(readFileSync(join(out, 'entities.jsonl'), 'utf8').trim().split('\n')).toHaveLength(articles)
    expect(csvRows(join(out, 'articles.csv'))).toBe(articles)
    for (const name of ['mentions.csv', 'entities.csv', 'people.csv', 'organisations.csv', 'titles.csv', 'dates.csv', 'cooccurrence.csv', 'index.html']) {
      expect(existsSync(join(out, name)), name).toBe(true)
    }
  }, 600_000)
})

if (!existsSync(CORPUS)) it.skip(`shared corpus test: skipped, ${CORPUS} is absent`, () => {})
