import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {analyse, cooccurrence, entities, fromJsonl, fromText, readArticles, timeline, toBarChartSvg, toEntities, toExtracted, toHtmlTable, toRecords, toRows, type Doc} from '../../pipeline/index.ts'
import {cli} from '../helpers.ts'
import {parseCsv} from '../helpers.ts'

// A stage run alone from the notebook API gives exactly what the same stage gives inside `presswatch run`:
// the run's per-stage documents (work/<stage>.jsonl), its mentions.csv and its entities.jsonl, on the sample page.

const SAMPLES = join(import.meta.dirname, '../../data/samples')
let out = ''
const work = (stage: string): Doc => JSON.parse(readFileSync(join(out, 'work', `${stage}.jsonl`), 'utf8').split('\n')[0]!) as Doc
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'presswatch-notebook-'))
  const run = await cli('run', SAMPLES, '--out', out, '--keep-intermediate', '--workers', '1', '--fresh')
  expect(run.code, run.stderr).toBe(0)
}, 120_000)
afterAll(() => rmSync(out, {recursive: true, force: true}))

describe('notebook helpers against `presswatch run`', () => {
  it('each stage alone, one at a time, gives the run\'s document after that stage', async () => {
    let doc = (await readArticles(SAMPLES))[0]!
    for (const stage of ['ingest', 'tokenise', 'people', 'organisations', 'titles', 'dates'] as const) {
      doc = analyse(doc, {stages: [stage]})
      expect(json(doc), stage).toEqual(work(stage))
      expect(doc.meta.published).toBe('2021-07-11')
    }
  })

  it('an extractor alone on the tokenised page finds exactly the mentions of its label in mentions.csv', async () => {
    const tokenised = analyse((await readArticles(SAMPLES))[0]!, {stages: ['ingest', 'tokenise']})
    const csv = parseCsv(readFileSync(join(out, 'mentions.csv'), 'utf8'))
    const pick = (r: Record<string, unknown>) => [r.text, r.value, String(r.start), String(r.end), r.rule].join('|')
    for (const [stage, label] of [['people', 'PERSON'], ['organisations', 'ORG'], ['dates', 'DATE']] as const) {
      const alone = toRows(analyse(tokenised, {stages: [stage]})).map(pick)
      const inRun = csv.filter((r) => r.type === label).map(pick)
      expect(inRun.length, label).toBeGreaterThan(0)
      expect(alone, label).toEqual(inRun)
    }
  })

  it('the whole plan gives the run\'s entities.jsonl line', async () => {
    const [doc] = await readArticles(SAMPLES)
    const line = JSON.parse(readFileSync(join(out, 'entities.jsonl'), 'utf8').trim()) as unknown
    expect(json(toEntities(toExtracted(analyse(doc!))))).toEqual(line)
  })
})

describe('notebook helpers', () => {
  const text = 'Kim Jong Un met Xi Jinping in Pyongyang on July 11, 2021. Kim Jong Un and Xi Jinping spoke of the Workers\' Party of Korea.'
  it('fromText, analyse with chosen stages and options', () => {
    const doc = analyse(text, {stages: ['tokenise', 'people'], meta: {published: '2021-07-12', id: 'a1'}})
    expect(doc.id).toBe('a1')
    expect(doc.layers).toEqual(['tokens', 'sentences', 'mentions:PERSON'])
    expect(toRows(doc).map((r) => r.text)).toEqual(['Kim Jong Un', 'Xi Jinping', 'Kim Jong Un', 'Xi Jinping'])
    expect(fromText('a\r\nb').text).toBe('a\nb')
  })

  it('refuses unknown stages and impossible orders with a code', () => {
    expect(() => analyse(text, {stages: ['people2' as 'people']})).toThrow(expect.objectContaining({code: 'E_UNKNOWN_STAGE'}))
    expect(() => analyse(text, {stages: ['people']})).toThrow(expect.objectContaining({code: 'E_PLAN'}))
  })

  it('fromJsonl and the corpus functions give plain rows', () => {
    const problems: unknown[] = []
    const docs = fromJsonl(`{"id": "a1", "text": ${JSON.stringify(text)}, "published": "2021-07-12"}\nnot json\n{"id": "a2", "text": "Xi Jinping met Kim Jong Un.", "published": "2022-01-03"}`, (p) => problems.push(p))
    expect(docs.map((d) => d.id)).toEqual(['a1', 'a2'])
    expect(problems).toHaveLength(1)
    const records = toRecords(docs)
    expect(entities(records).filter((e) => e.type === 'PERSON').map((e) => [e.name, e.articles])).toEqual([['Kim Jong Un', 2], ['Xi Jinping', 2]])
    const pair = cooccurrence(records).find((r) => r.aName === 'Kim Jong Un' && r.bName === 'Xi Jinping')
    expect(pair).toMatchObject({window: 'sentence', count: 3, articles: 2, first: '2021-07-12', last: '2022-01-03'})
    expect(timeline(records, {period: 'year'}).filter((r) => r.name === 'Xi Jinping').map((r) => [r.period, r.mentions])).toEqual([['2021', 2], ['2022', 1]])
    expect(JSON.parse(JSON.stringify(records))).toEqual(records)
  })

  it('readArticles takes a limit; toRows flattens; HTML and SVG are escaped', async () => {
    expect(await readArticles(SAMPLES, {limit: 0})).toEqual([])
    expect(toRows([{a: {b: 1}, c: ['x', 'y'], d: null, e: true}])).toEqual([{'a.b': 1, c: 'x; y', d: '', e: 'true'}])
    const rows = [{name: '<script>', n: 2}]
    expect(toHtmlTable(rows)).toContain('&lt;script&gt;')
    expect(toBarChartSvg(rows, {label: 'name', value: 'n'})).toMatch(/^<svg[^>]*>.*&lt;script&gt;: 2<\/title>/)
  })
})

describe('cooccurrence filters', () => {
  it('keeps only the pairs inside the date range, of the types asked, above the count, top k per entity', async () => {
    const {cooccurrence, fromText} = await import('../../pipeline/notebook.ts')
    const docs = [
      fromText('Kim Jong Un met Xi Jinping. Pak Pong Ju met Xi Jinping.', {published: '2016-03-01', id: 'a'}),
      fromText('Kim Jong Un met Xi Jinping in Beijing.', {published: '2016-05-01', id: 'b'}),
      fromText('Kim Jong Un met Xi Jinping again.', {published: '2019-06-20', id: 'c'}),
    ]
    const all = cooccurrence(docs, {types: ['PERSON']})
    const in2016 = cooccurrence(docs, {types: ['PERSON'], from: '2016-01', to: '2016-12'})
    const kimXi = (rows: typeof all) => rows.find((r) => r.aName === 'Kim Jong Un' && r.bName === 'Xi Jinping' || r.aName === 'Xi Jinping' && r.bName === 'Kim Jong Un')
    expect(kimXi(all)?.count).toBe(3)
    expect(kimXi(in2016)?.count).toBe(2)
    expect(cooccurrence(docs, {types: ['PERSON'], minCount: 2}).map((r) => r.count)).toEqual([3])
    // Four people in one sentence, Kim and Xi again in two more. Best partners by NPMI: Kim–Xi (always together)
    // and Pak–Choe (rare, always together); the chance pairs of Pak and Choe with Kim and Xi go.
    const triangle = [fromText('Kim Jong Un, Pak Pong Ju and Choe Ryong Hae met Xi Jinping.', {published: '2020-01-01', id: 't'}), ...docs.slice(1)]
    const names = (rows: typeof all) => rows.map((r) => [r.aName, r.bName].sort().join(' + ')).sort()
    expect(names(cooccurrence(triangle, {types: ['PERSON'], topK: 0}))).toEqual([])
    expect(names(cooccurrence(triangle, {types: ['PERSON']}))).toHaveLength(6)
    expect(names(cooccurrence(triangle, {types: ['PERSON'], topK: 1}))).toEqual(['Choe Ryong Hae + Pak Pong Ju', 'Kim Jong Un + Xi Jinping'])
  })
})

describe('corpus helpers give what `presswatch run` reports', () => {
  it('entities() and cooccurrence() match entities.csv and cooccurrence.csv of a run on the same articles', async () => {
    const {cooccurrence, entities, readArticles} = await import('../../pipeline/notebook.ts')
    const {cli} = await import('../helpers.ts')
    const {mkdtempSync, readFileSync} = await import('node:fs')
    const {tmpdir} = await import('node:os')
    const {join} = await import('node:path')
    const input = 'examples/tiny-corpus.jsonl'
    const out = join(mkdtempSync(join(tmpdir(), 'presswatch-nb-')), 'reports')
    expect((await cli('run', input, '--out', out)).code).toBe(0)
    const docs = await readArticles(input)
    const csvEntities = parseCsv(readFileSync(join(out, 'entities.csv'), 'utf8')).map((r) => `${r.id} ${r.mentions}`).sort()
    expect(entities(docs).map((e) => `${e.id} ${e.mentions}`).sort()).toEqual(csvEntities)
    // The report keeps pairs seen at least twice.
    const csvPairs = parseCsv(readFileSync(join(out, 'cooccurrence.csv'), 'utf8')).filter((r) => r.window === 'sentence').map((r) => `${r.a} ${r.b} ${r.count} ${r.npmi}`).sort()
    expect(cooccurrence(docs, {window: 'sentence', minCount: 2}).map((r) => `${r.a} ${r.b} ${r.count} ${r.npmi}`).sort()).toEqual(csvPairs)
    expect(csvPairs.length).toBeGreaterThan(0)
  })
})

describe('toEntities', () => {
  it('lists as aliases a body\'s other names, single-spaced, and not its name broken over a line', () => {
    const text = 'Pyongyang, May 3 (KCNA) -- The Korean Association of Social\nScientists met today. The Korean Association of Social Scientists (KASS) said so. The KASS called for unity.'
    const line = toEntities(toExtracted(analyse(fromText(text))))
    expect(line.organisations.find((o) => o.name === 'Korean Association of Social Scientists')).toEqual({name: 'Korean Association of Social Scientists', aliases: ['KASS'], mentions: 4})
  })
})
