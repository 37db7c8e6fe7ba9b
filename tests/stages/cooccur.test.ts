import {DOMImplementation, XMLSerializer} from '@xmldom/xmldom'
import {describe, expect, it} from 'vitest'
import {cooccurBoundsPassed, countCooccurrences, filterPairs, MAX_ARTICLE_ENTITIES, MAX_SENTENCE_PAIRS, mergeTallies, toGraph, toGraphml, toPairRows} from '../../stages/cooccur/index.ts'
import {record} from '../helpers.ts'
import {buildReports} from '../../pipeline/reports.ts'
import {resolveArticles} from '../../stages/resolve/index.ts'

// Four articles: A and B together twice (once in one sentence), A and C once, D alone.
const corpus = [
  record('1', '2016-01-10', [[['PERSON', 'A'], ['PERSON', 'B']]]),
  record('2', '2016-02-10', [[['PERSON', 'A']], [['PERSON', 'B'], ['ORG', 'C']]]),
  record('3', '2017-01-10', [[['PERSON', 'A'], ['ORG', 'C']]]),
  record('4', '2017-05-10', [[['PERSON', 'D']]]),
]
const rows = toPairRows(countCooccurrences(corpus))
const row = (a: string, b: string, window: string) => rows.find((r) => r.a === a && r.b === b && r.window === window)

describe('countCooccurrences', () => {
  it('counts articles and sentences per pair, with first and last dates', () => {
    expect(row('person:a', 'person:b', 'article')).toMatchObject({count: 2, articles: 2, first: '2016-01-10', last: '2016-02-10'})
    expect(row('person:a', 'person:b', 'sentence')).toMatchObject({count: 1, articles: 1})
    expect(row('org:c', 'person:b', 'sentence')).toMatchObject({count: 1})
    expect(row('org:c', 'person:a', 'article')).toMatchObject({count: 2, months: {'2016-02': 1, '2017-01': 1}})
  })
  it('computes PMI and NPMI by hand: A in 3 of 4 articles, B in 2, together in 2', () => {
    // p(a,b) = 2/4, p(a) = 3/4, p(b) = 2/4: pmi = log2(0.5 / 0.375) = 0.415; npmi = 0.415 / -log2(0.5) = 0.415
    const r = row('person:a', 'person:b', 'article')!
    expect(r.pmi).toBeCloseTo(Math.log2(0.5 / 0.375), 3)
    expect(r.npmi).toBeCloseTo(Math.log2(0.5 / 0.375) / 1, 3)
  })
  it('ranks a pair that always meets above a frequent one that meets by chance', () => {
    const always = toPairRows(countCooccurrences([
      record('1', '2020-01-01', [[['PERSON', 'X'], ['PERSON', 'Y'], ['PERSON', 'Z']]]),
      record('2', '2020-01-02', [[['PERSON', 'Z'], ['PERSON', 'W']]]),
      record('3', '2020-01-03', [[['PERSON', 'Z']]]),
    ]))
    const xy = always.find((r) => r.a === 'person:x' && r.b === 'person:y' && r.window === 'article')!
    const wz = always.find((r) => r.a === 'person:w' && r.b === 'person:z' && r.window === 'article')!
    expect(xy.npmi).toBe(1)
    expect(xy.npmi).toBeGreaterThan(wz.npmi)
  })
  it('gives the same rows from two merged halves as from the whole', () => {
    const halves = mergeTallies(countCooccurrences(corpus.slice(0, 2)), countCooccurrences(corpus.slice(2)))
    expect(toPairRows(halves)).toEqual(rows)
  })
})

describe('filterPairs', () => {
  it('filters by window, type, minimum count and date range', () => {
    expect(filterPairs(rows, {window: 'article', types: ['person']}).map((r) => `${r.a}|${r.b}`)).toEqual(['person:a|person:b'])
    expect(filterPairs(rows, {window: 'article', minCount: 2}).length).toBe(2)
    const in2017 = filterPairs(rows, {window: 'article', from: '2017-01-01', to: '2017-12-31'})
    expect(in2017.map((r) => [r.a, r.b, r.count])).toEqual([['org:c', 'person:a', 1]])
  })
  it('keeps the top k partners of each entity', () => {
    // By NPMI, A–B and A–C tie (0.415) and come first; B–C (NPMI 0) is nobody's best partner, so it goes.
    expect(filterPairs(rows, {window: 'article', topK: 1}).map((r) => [r.a, r.b])).toEqual([['org:c', 'person:a'], ['person:a', 'person:b']])
    expect(filterPairs(rows, {window: 'article', topK: 0})).toEqual([])
  })
})

describe('toGraphml', () => {
  // The DOM writer it replaced: xmldom's serialiser decides the escaping, so the fast writer must give its bytes.
  const viaDom = (graph: ReturnType<typeof toGraph>): string => {
    const ns = 'http://graphml.graphdrawing.org/xmlns'
    const doc = new DOMImplementation().createDocument(ns, 'graphml', null)
    const el = (name: string, attrs: Record<string, string>, parent: {appendChild(e: unknown): unknown}) => {
      const e = doc.createElementNS(ns, name)
      for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v)
      parent.appendChild(e)
      return e
    }
    const nodeKeys = [['label', 'string'], ['type', 'string'], ['mentions', 'int'], ['articles', 'int']]
    const edgeKeys = [['weight', 'double'], ['articles', 'int'], ['pmi', 'double'], ['npmi', 'double'], ['relation', 'string'], ['first_seen', 'string'], ['last_seen', 'string']]
    for (const [name, type] of nodeKeys) el('key', {id: `n_${name}`, for: 'node', 'attr.name': name!, 'attr.type': type!}, doc.documentElement!)
    for (const [name, type] of edgeKeys) el('key', {id: `e_${name}`, for: 'edge', 'attr.name': name!, 'attr.type': type!}, doc.documentElement!)
    const g = el('graph', {id: 'cooccurrence', edgedefault: 'undirected'}, doc.documentElement!)
    graph.forEachNode((id, attrs) => {
      const n = el('node', {id}, g)
      for (const [name] of nodeKeys) if (attrs[name!] !== undefined) el('data', {key: `n_${name}`}, n).appendChild(doc.createTextNode(String(attrs[name!])))
    })
    graph.forEachEdge((id, attrs, source, target) => {
      const e = el('edge', {id, source, target}, g)
      for (const [name] of edgeKeys) if (attrs[name!] !== undefined) el('data', {key: `e_${name}`}, e).appendChild(doc.createTextNode(String(attrs[name!])))
    })
    return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`
  }
  it('writes the bytes of the DOM serialiser, markup and white space in names and ids included', () => {
    const odd = toPairRows(countCooccurrences([
      record('1', '2016-01-10', [[['PERSON', 'A'], ['ORG', 'B & <C> "D"'], ['ORG', "E's\tF"]]]),
      record('2', '2016-02-10', [[['PERSON', 'A'], ['ORG', 'B & <C> "D"'], ['ORG', "E's\tF"]]]),
    ]))
    const labels = new Map([['person:a', {label: 'A <&> "q"\n\r\t]]>', type: 'person', mentions: 2, articles: 2}]])
    const graph = toGraph([...odd, ...rows], labels, {window: 'sentence', minCount: 1})
    expect(graph.order).toBeGreaterThan(3)
    expect(toGraphml(graph)).toBe(viaDom(graph))
  })
})

describe('countCooccurrences: bounded cost per article', () => {
  // Ids run against the order of the text (the first named is P4999), so "named first" and "first by id" differ.
  const id = (k: number) => `P${String(k).padStart(4, '0')}`
  const named = (n: number, total = n) => Array.from({length: n}, (_, i) => ['PERSON', id(total - 1 - i)] as const)
  const pairsIn = (r: ReturnType<typeof record>, window: string) => Object.values(countCooccurrences([r]).pairs).filter((p) => p.window === window)
  const people = (pairs: readonly {a: string; b: string}[]) => new Set(pairs.flatMap((p) => [p.a, p.b]))
  const kept = Math.floor((1 + Math.sqrt(1 + 8 * MAX_SENTENCE_PAIRS)) / 2) // most entities whose pairs fit the budget

  it('pairs every entity of a crowded sentence as long as the bounds allow (the corpus names at most 229)', () => {
    const r = record('list', '2020-01-01', [named(250)])
    expect(pairsIn(r, 'sentence')).toHaveLength(250 * 249 / 2)
    expect(pairsIn(r, 'article')).toHaveLength(250 * 249 / 2)
  })
  it('pairs only the entities named first beyond them, so a list of thousands stays linear', () => {
    const r = record('list', '2020-01-01', [named(5000)])
    const t0 = performance.now()
    const sentence = pairsIn(r, 'sentence')
    const article = pairsIn(r, 'article')
    expect(performance.now() - t0).toBeLessThan(5000)
    expect(sentence).toHaveLength(kept * (kept - 1) / 2)
    expect(people(sentence)).toEqual(new Set(Array.from({length: kept}, (_, i) => `person:${id(4999 - i).toLowerCase()}`)))
    expect(article).toHaveLength(MAX_ARTICLE_ENTITIES * (MAX_ARTICLE_ENTITIES - 1) / 2)
    expect(people(article)).toEqual(new Set(Array.from({length: MAX_ARTICLE_ENTITIES}, (_, i) => `person:${id(4999 - i).toLowerCase()}`)))
  })
  it('spends one budget over the sentences of an article', () => {
    // The first sentence uses all but 97 pairs of the budget (283 names); the second names 20 (190 pairs), so it
    // pairs its first 14 (91 pairs), named against the order of their ids.
    const used = kept * (kept - 1) / 2
    const second = Array.from({length: 20}, (_, i) => ['PERSON', `Q${String(19 - i).padStart(2, '0')}`] as const)
    const r = record('two', '2020-01-01', [named(kept, 9000), second])
    const q = pairsIn(r, 'sentence').filter((p) => p.a.startsWith('person:q'))
    let n = 0
    while ((n + 1) * n / 2 <= MAX_SENTENCE_PAIRS - used) n++
    expect(n).toBe(14)
    expect(q).toHaveLength(n * (n - 1) / 2)
    expect(people(q)).toEqual(new Set(Array.from({length: n}, (_, i) => `person:q${String(19 - i).padStart(2, '0')}`)))
  })
})

describe('cooccurBoundsPassed: a cut is told, not silent', () => {
  const id = (k: number) => `P${String(k).padStart(4, '0')}`
  const named = (n: number, from = 0) => Array.from({length: n}, (_, i) => ['PERSON', id(from + i)] as const)
  const passed = (r: ReturnType<typeof record>) => cooccurBoundsPassed([...resolveArticles([r])][0]!)

  it('is undefined inside both bounds, also when the same few people are named hundreds of times', () => {
    expect(passed(record('list', '2020-01-01', [named(250)]))).toBeUndefined()
    // 290 people in three sentences: more mentions than the quick count allows, 290 entities and 13,872 pairs, both inside.
    expect(passed(record('three', '2020-01-01', [named(97), named(97, 97), named(96, 194)]))).toBeUndefined()
    const again = Array.from({length: 400}, (_, i) => ['PERSON', id(i % 3)] as const)
    expect(passed(record('again', '2020-01-01', [again]))).toBeUndefined()
  })
  it('counts distinct entities over the article and pairs over its sentences when a bound is passed', () => {
    expect(passed(record('list', '2020-01-01', [named(5000)]))).toEqual({entities: 5000, sentencePairs: 5000 * 4999 / 2})
    // Two sentences of 200 different people: 400 entities pass the article bound, 2 × 19,900 pairs stay in budget.
    expect(passed(record('two', '2020-01-01', [named(200), named(200, 200)]))).toEqual({entities: 400, sentencePairs: 2 * 19_900})
  })
  it('puts one warning per cut article into problems.csv, naming the article and both figures', () => {
    const info = {generatedAt: '2020-01-01', inputs: ['x'], stages: ['ingest']}
    const files = buildReports([record('fine', '2020-01-01', [named(3)]), record('crowd', '2020-01-02', [named(5000)])], [], info)
    const lines = String(files.get('problems.csv')).trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain('crowd,warning,')
    expect(lines[1]).toContain(`first ${MAX_ARTICLE_ENTITIES} of 5000 entities`)
    expect(lines[1]).toContain(`${MAX_SENTENCE_PAIRS} of ${5000 * 4999 / 2} pairs`)
  })
})
