import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {createDoc, type Doc} from '../pipeline/doc.ts'
import {toExtracted} from '../pipeline/extracted.ts'
import {DEFAULT_PLAN} from '../pipeline/registry.ts'
import {buildReports} from '../pipeline/reports.ts'
import {runInfo} from '../pipeline/run-pipeline.ts'
import {runStages} from '../pipeline/run.ts'

// Golden files: a compact projection of what the plan finds in each fixture article and in the sample page, and the
// CSV reports of the three fixture articles. A golden diff is a behaviour change: read it, then `npm run test:update`.

const FIXTURES = join(import.meta.dirname, 'fixtures', 'articles')
const SAMPLE = join(import.meta.dirname, '..', 'data', 'samples', '000_d6c66752962f85b6.txt')

const load = (path: string, id: string): Doc => runStages(createDoc(readFileSync(path, 'utf8'), {format: 'text', published: '2022-10-10'}, id), DEFAULT_PLAN)
const sample = (): Doc => runStages(createDoc(readFileSync(SAMPLE, 'utf8'), {format: 'text'}, '000_d6c66752962f85b6'), DEFAULT_PLAN)

/** The golden projection: mentions as {label, text, value, rule}, title pairs, messages and layers. */
function toGolden(doc: Doc): string {
  return JSON.stringify({
    id: doc.id,
    meta: {headline: doc.meta.headline, published: doc.meta.published, source: doc.meta.source},
    mentions: doc.mentions.map((m) => ({label: m.label, text: m.text, value: m.value, rule: m.rule})),
    titles: doc.titles.map((t) => ({person: t.person, title: t.title, rule: t.rule})),
    messages: doc.messages.map((m) => ({level: m.level, rule: m.rule, reason: m.reason})),
    layers: doc.layers,
  }, null, 2) + '\n'
}

const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort()

describe('golden files', () => {
  it('the sample page', async () => {
    await expect(toGolden(sample())).toMatchFileSnapshot('golden/sample-page.json')
  })
  it.each(fixtures)('%s', async (file) => {
    await expect(toGolden(load(join(FIXTURES, file), file.replace(/\.txt$/, '')))).toMatchFileSnapshot(`golden/${file.replace(/\.txt$/, '.json')}`)
  })
  it('the CSV reports of the fixture articles', async () => {
    const records = fixtures.map((f) => toExtracted(load(join(FIXTURES, f), f.replace(/\.txt$/, ''))))
    const files = buildReports(records, [], runInfo(records))
    for (const name of ['articles.csv', 'mentions.csv', 'entities.csv', 'titles.csv', 'dates.csv', 'cooccurrence.csv']) {
      await expect(String(files.get(name))).toMatchFileSnapshot(`golden/reports/${name}`)
    }
  })
})
