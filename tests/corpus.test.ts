import {existsSync, mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {SHARED_DIR} from '../pipeline/evaluate.ts'
import {cli, parseCsv} from './helpers.ts'

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
    for (const name of ['mentions.csv', 'entities.csv', 'people.csv', 'organisations.csv', 'titles.csv', 'dates.csv', 'cooccurrence.csv',
      'title-timeline.csv', 'title-changes.csv', 'protocol-rank.csv', 'appearances.csv', 'absences.csv', 'duplicates.csv', 'evidence.csv',
      'cooccurrence.gexf', 'cooccurrence.graphml', 'index.html', 'network.html']) {
      expect(existsSync(join(out, name)), name).toBe(true)
    }
    // The reports agree with each other: entity counts are the mentions rows, pairs and facts name existing entities.
    const entities = parseCsv(readFileSync(join(out, 'entities.csv'), 'utf8'))
    const mentionsPerEntity = new Map<string, number>()
    for (const m of parseCsv(readFileSync(join(out, 'mentions.csv'), 'utf8'))) if (m.entity) mentionsPerEntity.set(m.entity, (mentionsPerEntity.get(m.entity) ?? 0) + 1)
    for (const e of entities) expect(mentionsPerEntity.get(e.id!) ?? 0, e.id).toBe(Number(e.mentions))
    expect([...mentionsPerEntity.keys()].filter((id) => !entities.some((e) => e.id === id))).toEqual([])
    const ids = new Set(entities.map((e) => e.id))
    for (const p of parseCsv(readFileSync(join(out, 'cooccurrence.csv'), 'utf8'))) {
      if (p.a_type !== 'title' && p.a_type !== 'date') expect(ids.has(p.a!), p.a).toBe(true)
      if (p.b_type !== 'title' && p.b_type !== 'date') expect(ids.has(p.b!), p.b).toBe(true)
    }
    for (const r of parseCsv(readFileSync(join(out, 'protocol-rank.csv'), 'utf8'))) expect(ids.has(r.person_id!), r.person_id).toBe(true)
  }, 600_000)
})

if (!existsSync(CORPUS)) it.skip(`shared corpus test: skipped, ${CORPUS} is absent`, () => {})
