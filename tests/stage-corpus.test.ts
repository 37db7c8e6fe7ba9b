import {mkdtempSync, readdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it, vi} from 'vitest'
import {isReportData} from '../pipeline/run-pipeline.ts'
import {cli, reportSnapshot} from './helpers.ts'

// Counts how often the HTML report is started (its assets are loaded first), to show that a corpus stage that writes
// data stops before the HTML.
const html = vi.hoisted(() => ({started: 0}))
vi.mock('../pipeline/assets.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../pipeline/assets.ts')>()
  return {...original, loadReportAssets: () => (html.started++, original.loadReportAssets())}
})

describe('corpus stages run alone', () => {
  it('write only their own files, and only report-html makes the HTML', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'presswatch-stage-'))
    let docs = 'data/samples'
    for (const stage of ['ingest', 'tokenise', 'people', 'organisations', 'titles', 'dates']) {
      const next = join(dir, `${stage}.jsonl`)
      expect((await cli('stage', stage, docs, '--out', next)).code, stage).toBe(0)
      docs = next
    }
    const files = (stage: string): string[] => readdirSync(join(dir, stage), {recursive: true, withFileTypes: true})
      .filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(join(dir, stage).length + 1)).sort()
    const run = [...reportSnapshot((await cli('run', 'data/samples', '--out', join(dir, 'run')), join(dir, 'run'))).keys()].sort()
    const started = html.started
    for (const [stage, expected] of [
      ['resolve', ['entities.csv']],
      ['cooccur', ['cooccurrence-buckets.csv', 'cooccurrence.csv', 'cooccurrence.gexf', 'cooccurrence.graphml']],
      ['report-csv', run.filter(isReportData)],
    ] as const) {
      expect((await cli('stage', stage, docs, '--out', join(dir, stage))).code, stage).toBe(0)
      expect(files(stage), stage).toEqual(expected)
    }
    expect(html.started).toBe(started)
    expect((await cli('stage', 'report-html', docs, '--out', join(dir, 'report-html'))).code).toBe(0)
    expect(files('report-html')).toEqual(run.filter((name) => !isReportData(name)))
    expect(html.started).toBe(started + 1)
  })
})
