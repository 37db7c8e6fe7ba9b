import {execFile} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {docShapeProblem} from '../pipeline/docs-io.ts'
import {runPipeline} from '../pipeline/run-pipeline.ts'
import {cli, reportSnapshot} from './helpers.ts'

const run = promisify(execFile)
const presswatch = (...args: string[]) => run('node', ['bin/presswatch.js', ...args], {env: {...process.env, CI: 'true'}})
const PER_DOC = ['ingest', 'tokenise', 'people', 'organisations', 'titles', 'dates']

/** Every file under `dir` except work/, by relative path. */

function expectSameReports(a: string, b: string): void {
  const fa = reportSnapshot(a)
  const fb = reportSnapshot(b)
  expect([...fb.keys()].sort()).toEqual([...fa.keys()].sort())
  for (const [name, content] of fa) expect(fb.get(name), name).toBe(content)
}

const isInt = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0
const optionalText = (r: Record<string, unknown>, keys: readonly string[]): string | undefined => keys.find((k) => k in r && typeof r[k] !== 'string')

/** Why `r` is not a line of work/html-records.jsonl (`HtmlRecord` and an entity id per mention), or undefined. */
function htmlRecordShapeProblem(r: Record<string, unknown>): string | undefined {
  const keys = ['id', 'published', 'source', 'headline', 'url', 'file', 'text', 'mentions', 'titles', 'entities']
  const extra = Object.keys(r).find((k) => !keys.includes(k))
  if (extra) return `unexpected field ${extra}`
  if (typeof r.id !== 'string' || typeof r.text !== 'string') return 'id and text must be strings'
  const bad = optionalText(r, ['published', 'source', 'headline', 'url', 'file'])
  if (bad) return `${bad} must be a string`
  const mentions = r.mentions as Record<string, unknown>[]
  if (!Array.isArray(mentions) || !Array.isArray(r.titles) || !Array.isArray(r.entities)) return 'mentions, titles and entities must be arrays'
  if (r.entities.length !== mentions.length || !r.entities.every((e) => typeof e === 'string')) return 'one entity id per mention'
  for (const m of mentions) {
    if (Object.keys(m).sort().join() !== 'end,label,sentence,start,value') return `mention fields ${Object.keys(m).join()}`
    if (!['PERSON', 'ORG', 'DATE', 'TITLE'].includes(m.label as string) || typeof m.value !== 'string' || !isInt(m.start) || !isInt(m.end) || !isInt(m.sentence)) return 'mention types'
  }
  for (const t of r.titles as Record<string, unknown>[]) {
    if (Object.keys(t).sort().join() !== 'end,person,start,title' || typeof t.person !== 'string' || typeof t.title !== 'string' || !isInt(t.start) || !isInt(t.end)) return 'title fields'
  }
  return undefined
}

/** Why `r` is not a line of work/extracted.jsonl (`Extracted`), or undefined. */
function extractedShapeProblem(r: Record<string, unknown>): string | undefined {
  if (typeof r.id !== 'string' || typeof r.text !== 'string' || !isInt(r.bodyStart) || !isInt(r.words)) return 'id, text, bodyStart and words'
  const bad = optionalText(r, ['published', 'source', 'headline', 'url', 'file'])
  if (bad) return `${bad} must be a string`
  if (!Array.isArray(r.sentences) || !r.sentences.every((s) => Array.isArray(s) && s.length === 2 && s.every(isInt))) return 'sentences'
  if (!Array.isArray(r.messages)) return 'messages'
  const mentions = r.mentions as Record<string, unknown>[]
  if (!Array.isArray(mentions) || !mentions.every((m) => typeof m.text === 'string' && typeof m.rule === 'string' && isInt(m.sentence) && (m.sentence as number) < (r.sentences as unknown[]).length)) return 'mentions'
  if (!Array.isArray(r.titles) || !r.titles.every((t: Record<string, unknown>) => typeof t.person === 'string' && typeof t.title === 'string' && typeof t.rule === 'string' && isInt(t.start) && isInt(t.end))) return 'titles'
  const {mentions: _m, titles: _t, sentences: _s, messages: _g, bodyStart: _b, words: _w, ...rest} = r
  return htmlRecordShapeProblem({...rest, mentions: mentions.map(({label, value, start, end, sentence}) => ({label, value, start, end, sentence})), titles: [], entities: mentions.map(() => '')})
}

function expectDocsFile(path: string): void {
  const lines = readFileSync(path, 'utf8').trim().split('\n')
  expect(lines.length).toBeGreaterThan(0)
  for (const line of lines) expect(docShapeProblem(JSON.parse(line)), path).toBeUndefined()
}

describe('staged scripts', () => {
  it('the chain run stage by stage in separate processes gives the same reports as `run`', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'presswatch-staged-'))
    let prev = 'data/samples'
    for (const stage of PER_DOC) {
      const file = join(dir, 'work', `${stage}.jsonl`)
      await presswatch('stage', stage, prev, '--out', file)
      expectDocsFile(file)
      prev = file
    }
    await presswatch('stage', 'report-csv', prev, '--out', join(dir, 'staged'))
    await presswatch('stage', 'report-html', prev, '--out', join(dir, 'staged'))
    await presswatch('run', 'data/samples', '--out', join(dir, 'run'))
    expectSameReports(join(dir, 'run'), join(dir, 'staged'))
  }, 120_000)

  it('refuses input that lacks what the stage needs, naming the stage to run first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'presswatch-staged-'))
    const ingested = join(dir, 'ingest.jsonl')
    expect((await cli('stage', 'ingest', 'data/samples', '--out', ingested)).code).toBe(0)
    const r = await cli('stage', 'people', ingested)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('people needs tokens')
    expect(r.stderr).toContain('presswatch stage tokenise')
  })

  it('keeps the file named by --out as it was when a stage or extract fails, and leaves no unfinished file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'presswatch-staged-'))
    const ingested = join(dir, 'ingest.jsonl')
    expect((await cli('stage', 'ingest', 'data/samples', '--out', ingested)).code).toBe(0)
    const out = join(dir, 'out.jsonl')
    writeFileSync(out, 'earlier output\n')
    expect((await cli('stage', 'people', ingested, '--out', out)).code).toBe(1)
    writeFileSync(join(dir, 'bad.jsonl'), JSON.stringify({id: 'a', text: 'Kim Jong Un spoke.'}) + '\n{bad\n')
    expect((await cli('extract', join(dir, 'bad.jsonl'), '--out', out, '--strict')).code).toBe(1)
    expect(readFileSync(out, 'utf8')).toBe('earlier output\n')
    expect(readdirSync(dir).sort()).toEqual(['bad.jsonl', 'ingest.jsonl', 'out.jsonl'])
    // An output that cannot be written is an error naming it, with nothing left beside it: a name too long for the
    // file system, and a folder where the file should go.
    mkdirSync(join(dir, 'folder'))
    for (const [command, target] of [['extract', join(dir, `${'x'.repeat(300)}.jsonl`)], ['stage', join(dir, 'folder')]] as const) {
      const r = command === 'extract' ? await cli('extract', 'data/samples', '--out', target) : await cli('stage', 'ingest', 'data/samples', '--out', target)
      expect(r.code, command).toBe(1)
      expect(r.stderr, command).toContain(`Cannot write ${target}`)
      expect(r.stderr, command).toContain('[E_OUTPUT]')
    }
    expect(readdirSync(dir).sort()).toEqual(['bad.jsonl', 'folder', 'ingest.jsonl', 'out.jsonl'])
    // An empty --out means stdout, as "-" does.
    expect((await cli('extract', 'data/samples', '--out', '')).stdout).toContain('"people"')
  })

  it('rejects an unknown stage with the usage, and a file that is not documents with its line', async () => {
    expect((await cli('stage', 'people2', 'x')).code).toBe(2)
    const dir = mkdtempSync(join(tmpdir(), 'presswatch-staged-'))
    writeFileSync(join(dir, 'bad.jsonl'), '{"id": "a", "text": "x"}\n')
    const r = await cli('stage', 'tokenise', join(dir, 'bad.jsonl'))
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/bad\.jsonl:1: not a presswatch document/)
  })
})

describe('run --from and --keep-intermediate', () => {
  it('keeps every stage output as valid documents, and reruns from any stage to the same reports', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'presswatch-from-')), 'reports')
    expect((await cli('run', 'data/samples', '--out', out, '--keep-intermediate')).code).toBe(0)
    for (const stage of PER_DOC) expectDocsFile(join(out, 'work', `${stage}.jsonl`))
    const before = reportSnapshot(out)
    for (const from of ['people', 'dates', 'resolve', 'report-csv', 'report-html']) {
      const r = await cli('run', '--from', from, '--out', out)
      expect(r.code, r.stderr).toBe(0)
      const after = reportSnapshot(out)
      for (const [name, content] of before) expect(after.get(name), `${from}: ${name}`).toBe(content)
    }
  })

  it('rebuilds the HTML from the records and entity ids it kept, or from extracted.jsonl when they are missing, short or stale', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'presswatch-from-')), 'reports')
    expect((await cli('run', 'data/samples', '--out', out, '--keep-intermediate')).code).toBe(0)
    const before = reportSnapshot(out)
    const extracted = join(out, 'work', 'extracted.jsonl')
    const records = readFileSync(extracted, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
    for (const r of records) expect(extractedShapeProblem(r)).toBeUndefined()
    const kept = join(out, 'work', 'html-records.jsonl')
    const lines = readFileSync(kept, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as {id: string; entities: string[]})
    for (const l of lines) expect(htmlRecordShapeProblem(l)).toBeUndefined()
    expect(lines.map((l) => l.id)).toEqual(records.map((r) => r.id))
    // Kept records and ids are what the HTML shows and links to: a changed id shows up in the article data.
    const changed = lines.map((l, i) => (i === 0 ? {...l, entities: l.entities.map((e) => (e ? 'person:someone-else' : e))} : l))
    writeFileSync(kept, changed.map((l) => JSON.stringify(l)).join('\n') + '\n')
    expect((await cli('run', '--from', 'report-html', '--out', out)).code).toBe(0)
    expect([...reportSnapshot(out).values()].some((content) => content.includes('person:someone-else'))).toBe(true)
    // A file that does not match the records (without its first or its last line) is not used: the HTML is the
    // same as the full run's.
    for (const short of [lines.slice(1), lines.slice(0, -1)]) {
      writeFileSync(kept, short.map((l) => JSON.stringify(l)).join('\n') + '\n')
      expect((await cli('run', '--from', 'report-html', '--out', out)).code).toBe(0)
      for (const [name, content] of before) expect(reportSnapshot(out).get(name), name).toBe(content)
    }
    // An edit of extracted.jsonl after the run is seen, though the kept records are whole: they were made from the
    // file as it was. The rebuild keeps new ones, which the next rebuild uses.
    writeFileSync(kept, lines.map((l) => JSON.stringify(l)).join('\n') + '\n')
    writeFileSync(extracted, records.map((r, i) => JSON.stringify(i === 0 ? {...r, headline: 'An edited headline'} : r)).join('\n') + '\n')
    for (let rebuild = 0; rebuild < 2; rebuild++) {
      expect((await cli('run', '--from', 'report-html', '--out', out)).code).toBe(0)
      expect([...reportSnapshot(out).values()].some((content) => content.includes('An edited headline')), `rebuild ${rebuild}`).toBe(true)
    }
    expect(readFileSync(kept, 'utf8')).toContain('An edited headline')
  })

  it('stops at the first bad input with --strict, and leaves no report set behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'presswatch-from-'))
    writeFileSync(join(dir, 'in.jsonl'), JSON.stringify({id: 'a', text: 'Kim Jong Un spoke.'}) + '\n{bad\n')
    const r = await cli('run', join(dir, 'in.jsonl'), '--out', join(dir, 'reports'), '--keep-intermediate', '--strict')
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/in\.jsonl:2: not JSON .*stopped by --strict/)
    expect(readdirSync(dir)).toEqual(['in.jsonl'])
  })

  it('holds every article of a --keep-intermediate run to the time limit, reporting one over it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'presswatch-limit-'))
    writeFileSync(join(dir, 'in.jsonl'), JSON.stringify({id: 'a', text: 'Kim Jong Un met Xi Jinping in Pyongyang.'}) + '\n')
    const run = async (limit: number): Promise<{articles: number; problems: string[]}> => {
      const problems: string[] = []
      const r = await runPipeline([join(dir, 'in.jsonl')], {out: join(dir, 'reports'), workers: 1, strict: false, fresh: true, keepIntermediate: true, articleTimeLimitMs: limit, onProblem: (p) => problems.push(p.reason)})
      return {articles: r.articles, problems}
    }
    const over = await run(-1)
    expect(over.articles).toBe(0)
    expect(over.problems).toHaveLength(1)
    expect(over.problems[0]).toMatch(/^article took \d+ ms, over the limit of -1 ms, by the end of stage `ingest`; left out$/)
    expect(await run(60_000)).toEqual({articles: 1, problems: []})
    // A --from rerun is held to it too; the files of the stages before keep the article, so it can be retried.
    const problems: string[] = []
    const again = await runPipeline([], {out: join(dir, 'reports'), workers: 1, strict: false, fresh: false, keepIntermediate: false, from: 'people', articleTimeLimitMs: -1, onProblem: (p) => problems.push(p.reason)})
    expect(again.articles).toBe(0)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/by the end of stage `people`; left out$/)
    expect(readFileSync(join(dir, 'reports', 'work', 'tokenise.jsonl'), 'utf8').split('\n').filter(Boolean)).toHaveLength(1)
    expect(readFileSync(join(dir, 'reports', 'work', 'people.jsonl'), 'utf8')).toBe('')
  })

  it('says what is missing when there is no earlier run to start from', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'presswatch-from-')), 'reports')
    const r = await cli('run', '--from', 'report-html', '--out', out)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/--from report-html needs .*extracted\.jsonl/)
  })
})
