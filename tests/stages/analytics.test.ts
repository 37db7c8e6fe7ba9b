import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import graphology from 'graphology'
import {parse as parseGexf} from 'graphology-gexf'
import {parse as parseGraphml} from 'graphology-graphml'
import {describe, expect, it} from 'vitest'
import {buildReports} from '../../pipeline/reports.ts'
import {analyseCorpus, mergeCorpusTallies, tallyCorpus} from '../../stages/analytics/index.ts'
import {resolveArticles} from '../../stages/resolve/index.ts'
import {article, cli, parseCsv} from '../helpers.ts'

const corpus = [
  article('a', '2016-03-01', ['Present there were [P:Choe Ryong Hae], [P:Pak Pong Ju], [P:Kim Ki Nam] and [P:Ri Su Yong] at the [O:WPK] meeting.'], [['Choe Ryong Hae', 'vice-chairman of the SAC']]),
  article('b', '2016-09-09', ['[P:Kim Jong Un] visited the [O:Ministry of Foreign Affairs] on [D:2016-09-08|September 8], accompanied by [P:Pak Pong Ju], [P:Choe Ryong Hae] and [P:Kim Ki Nam].']),
  article('c', '2017-04-15', ['[P:Pak Pong Ju], [P:Kim Ki Nam] and [P:Choe] were on the platform with the [O:Party Central Committee].', '[P:Choe Ryong Hae] spoke.']),
  article('d', '2019-04-12', ['[P:Choe Ryong Hae], first vice-chairman of the State Affairs Commission, met [P:Ri Yong Ho] of the [O:DPRK Foreign Ministry].'], [['Choe Ryong Hae', 'first vice-chairman of the State Affairs Commission']]),
]
const info = {generatedAt: '2019-04-12', inputs: ['test'], stages: ['test']}
const csv = parseCsv

describe('corpus analytics', () => {
  it('merges the tallies of two halves of a corpus into the tally of the whole', () => {
    const articles = [...resolveArticles(corpus)]
    const whole = tallyCorpus(articles)
    for (const cut of [1, 2, 3]) expect(mergeCorpusTallies(tallyCorpus(articles.slice(0, cut)), tallyCorpus(articles.slice(cut)))).toEqual(whole)
  })
  it('gives byte-identical reports for the same input', () => {
    const one = buildReports(corpus, [], info)
    const two = buildReports(corpus, [], info)
    for (const [name, content] of one) expect(two.get(name), name).toEqual(content)
  })
  it('resolves the back-reference "Choe" and the short forms, and keeps reports consistent', () => {
    const files = buildReports(corpus, [], info)
    const entities = csv(String(files.get('entities.csv')))
    const mentions = csv(String(files.get('mentions.csv')))
    const ids = new Set(entities.map((e) => e.id))
    for (const e of entities) expect(mentions.filter((m) => m.entity === e.id).length, e.id).toBe(Number(e.mentions))
    for (const p of csv(String(files.get('cooccurrence.csv')))) expect(ids.has(p.a!) && ids.has(p.b!)).toBe(true)
    expect(entities.find((e) => e.id === 'person:choe-ryong-hae')!.mentions).toBe('5')
    expect(entities.find((e) => e.id === 'org:ministry-of-foreign-affairs')!.mentions).toBe('2')
  })
  it('writes GEXF and GraphML that graphology reads back', () => {
    const files = buildReports(corpus, [], info)
    const gexf = parseGexf(graphology.MultiGraph, String(files.get('cooccurrence.gexf')))
    const graphml = parseGraphml(graphology.MultiGraph, String(files.get('cooccurrence.graphml')))
    expect(gexf.order).toBeGreaterThan(0)
    expect([graphml.order, graphml.size]).toEqual([gexf.order, gexf.size])
    expect(graphml.getNodeAttribute('person:choe-ryong-hae', 'label')).toBe('Choe Ryong Hae')
  })
  it('finds the facts of evidence.csv with the options the tables were made with', () => {
    const facts = (options: Parameters<typeof buildReports>[3]) => {
      const files = buildReports(corpus, [], info, options)
      return {evidence: csv(String(files.get('evidence.csv'))), rank: csv(String(files.get('protocol-rank.csv'))), pairs: csv(String(files.get('cooccurrence.csv')))}
    }
    const all = facts({})
    const ranked = new Set(all.rank.map((r) => r.person_id))
    expect(ranked.size).toBeGreaterThan(0)
    expect(new Set(all.evidence.filter((e) => e.fact === 'rank').map((e) => e.subject))).toEqual(ranked)
    expect(all.evidence.some((e) => e.fact === 'relation' && `${e.subject} ${e.object}`.includes('org:'))).toBe(true)
    // Lists of five or more: the corpus has none, in the table or in the evidence.
    const long = facts({minList: 5})
    expect([long.rank.length, long.evidence.filter((e) => e.fact === 'rank').length]).toEqual([0, 0])
    // People only: no organisation in a pair, nor in a relation's evidence.
    const people = facts({cooccurTypes: ['PERSON']})
    expect(people.pairs.some((p) => `${p.a} ${p.b}`.includes('org:'))).toBe(false)
    const relations = people.evidence.filter((e) => e.fact === 'relation')
    expect(relations.length).toBeGreaterThan(0)
    expect(relations.some((e) => `${e.subject} ${e.object}`.includes('org:'))).toBe(false)
  })
  it('counts syndicated copies once by default and every copy on request', () => {
    const copies = [...corpus, {...corpus[1]!, id: 'b-copy', source: 'Rodong Sinmun'}]
    const once = analyseCorpus(copies)
    const every = analyseCorpus(copies, {countCopies: true})
    expect(once.duplicates.map((g) => g.canonical)).toEqual(['b'])
    expect([once.tally.cooccur.articles, every.tally.cooccur.articles]).toEqual([4, 5])
    expect(once.tally.entities).toEqual(every.tally.entities)
  })
})

describe('public API', () => {
  it.each([
    ['analytics', ['ANALYTICS_DEFAULTS', 'analyseCorpus', 'mergeCorpusTallies', 'tallyCorpus']],
    ['protocol', ['LIST_CUE_RE', 'findListFacts', 'medianOf', 'mergeProtocolTallies', 'tallyProtocol', 'toRankRows']],
    ['duplicates', ['DUPLICATE_DEFAULTS', 'bandKeys', 'copiesOf', 'findDuplicateGroups', 'indexDuplicates', 'mergeDuplicateIndexes', 'minhash', 'similarity']],
  ])('%s', async (name, keys) => expect(Object.keys(await import(`../../stages/${name}/index.ts`)).sort()).toEqual([...keys].sort()))
})

describe('the sample folder (data/samples)', () => {
  it('runs and gives consistent reports: entity counts equal the mentions rows; every pair names known entities', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'presswatch-analytics-')), 'reports')
    const r = await cli('run', 'data/samples', '--out', out)
    expect(r.code, r.stderr).toBe(0)
    const entities = csv(readFileSync(join(out, 'entities.csv'), 'utf8'))
    const mentions = csv(readFileSync(join(out, 'mentions.csv'), 'utf8'))
    const ids = new Set(entities.map((e) => e.id))
    const counts = new Map<string, number>()
    for (const m of mentions) if (m.entity) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1)
    for (const e of entities) expect(counts.get(e.id!) ?? 0, e.id).toBe(Number(e.mentions))
    expect([...counts.keys()].every((id) => ids.has(id))).toBe(true)
    for (const p of csv(readFileSync(join(out, 'cooccurrence.csv'), 'utf8'))) expect(ids.has(p.a!) && ids.has(p.b!), `${p.a} ${p.b}`).toBe(true)
    // The sample page names officials with their titles: these tables have rows beyond their header.
    for (const name of ['title-timeline.csv', 'evidence.csv']) {
      expect(csv(readFileSync(join(out, name), 'utf8')).length, name).toBeGreaterThan(0)
    }
    for (const name of ['cooccurrence.gexf', 'cooccurrence.graphml']) expect(readFileSync(join(out, name), 'utf8'), name).toContain('id="person:kim-jong-un"')
  }, 120_000)
})
