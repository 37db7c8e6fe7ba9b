import {execFile} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {docShapeProblem, extractedShapeProblem, htmlRecordLineProblem} from '../pipeline/docs-io.ts'
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

/** The fields a line of work/html-records.jsonl may have: what the HTML reads of a record, and the entity ids. */
const HTML_RECORD_FIELDS = ['id', 'published', 'source', 'headline', 'url', 'file', 'text', 'mentions', 'titles', 'entities']

/** Every line of work/html-records.jsonl is an `HtmlRecord` with only those fields and one entity id per mention. */
function expectHtmlRecordLine(line: Record<string, unknown>): void {
  expect(htmlRecordLineProblem(line)).toBeUndefined()
  expect(Object.keys(line).filter((k) => !HTML_RECORD_FIELDS.includes(k))).toEqual([])
  const {mentions, titles} = line as {mentions: object[]; titles: object[]}
  for (const m of mentions) expect(Object.keys(m).sort()).toEqual(['end', 'label', 'sentence', 'start', 'value'])
  for (const t of titles) expect(Object.keys(t).sort()).toEqual(['end', 'person', 'start', 'title'])
}

/** The stamp html-tables.json holds is that of work/extracted.jsonl as it is. */
function expectStampOfExtracted(out: string): void {
  const {from} = JSON.parse(readFileSync(join(out, 'work', 'html-tables.json'), 'utf8')) as {from: {bytes: number; mtimeMs: number; records: number}}
  const now = statSync(join(out, 'work', 'extracted.jsonl'))
  expect(from).toEqual({bytes: now.size, mtimeMs: now.mtimeMs, records: readFileSync(join(out, 'work', 'extracted.jsonl'), 'utf8').trim().split('\n').length})
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

  it('rebuilds the HTML from the records and entity ids it kept, or from extracted.jsonl when they are short or stale', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'presswatch-from-')), 'reports')
    expect((await cli('run', 'data/samples', '--out', out, '--keep-intermediate')).code).toBe(0)
    const before = reportSnapshot(out)
    const extracted = join(out, 'work', 'extracted.jsonl')
    const records = readFileSync(extracted, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
    for (const r of records) expect(extractedShapeProblem(r)).toBeUndefined()
    const kept = join(out, 'work', 'html-records.jsonl')
    const lines = readFileSync(kept, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as {id: string; entities: string[]})
    for (const l of lines) expectHtmlRecordLine(l)
    expect(lines.map((l) => l.id)).toEqual(records.map((r) => r.id))
    expectStampOfExtracted(out)
    // Kept records and ids are what the HTML shows and links to: a changed id shows up in the article data.
    const changed = lines.map((l, i) => (i === 0 ? {...l, entities: l.entities.map((e) => (e ? 'person:someone-else' : e))} : l))
    writeFileSync(kept, changed.map((l) => JSON.stringify(l)).join('\n') + '\n')
    expect((await cli('run', '--from', 'report-html', '--out', out)).code).toBe(0)
    expect([...reportSnapshot(out).values()].some((content) => content.includes('person:someone-else'))).toBe(true)
    // A file that does not match the records (without its first or its last line, a line of the wrong shape) is not
    // used: the HTML is the same as the full run's, and the file is made again.
    expect(lines[0]!.entities.length).toBeGreaterThan(0)
    for (const short of [lines.slice(1), lines.slice(0, -1), [{...lines[0]!, mentions: 'none'}, ...lines.slice(1)], [{...lines[0]!, entities: lines[0]!.entities.slice(1)}, ...lines.slice(1)]]) {
      writeFileSync(kept, short.map((l) => JSON.stringify(l)).join('\n') + '\n')
      expect((await cli('run', '--from', 'report-html', '--out', out)).code).toBe(0)
      for (const [name, content] of before) expect(reportSnapshot(out).get(name), name).toBe(content)
      expect(readFileSync(kept, 'utf8').trim().split('\n')).toEqual(lines.map((l) => JSON.stringify(l)))
    }
    // An edit of extracted.jsonl after the run is seen, though the kept records are whole: they were made from the
    // file as it was. The CSV reports are made again with the HTML, so both show the edit, and the rebuild says so.
    // It keeps new HTML inputs, stamped with the edited file, which the next rebuild uses.
    writeFileSync(extracted, records.map((r, i) => JSON.stringify(i === 0 ? {...r, headline: 'An edited headline'} : r)).join('\n') + '\n')
    const rebuilt = await cli('run', '--from', 'report-html', '--out', out)
    expect(rebuilt.code).toBe(0)
    expect(rebuilt.stderr).toContain('extracted.jsonl changed since the last run: the CSV reports are made again from it')
    expect(readFileSync(join(out, 'articles.csv'), 'utf8')).toContain('An edited headline')
    expect([...reportSnapshot(out)].some(([name, content]) => name.startsWith('data/articles/') && content.includes('An edited headline'))).toBe(true)
    expect(readFileSync(kept, 'utf8')).toContain('An edited headline')
    expectStampOfExtracted(out)
    // The next rebuild reads the new kept records: an id planted in them (and nowhere else) shows up.
    const rekept = readFileSync(kept, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as {entities: string[]})
    writeFileSync(kept, rekept.map((l, i) => JSON.stringify(i === 0 ? {...l, entities: l.entities.map((e) => (e ? 'person:planted' : e))} : l)).join('\n') + '\n')
    const again = await cli('run', '--from', 'report-html', '--out', out)
    expect(again.code).toBe(0)
    expect(again.stderr).not.toContain('changed since the last run')
    expect([...reportSnapshot(out).values()].some((content) => content.includes('person:planted'))).toBe(true)
  })

  it('refuses kept records of the wrong shape, naming the file and line, and falls back on kept HTML inputs it cannot use', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'presswatch-from-')), 'reports')
    expect((await cli('run', 'data/samples', '--out', out, '--keep-intermediate')).code).toBe(0)
    const before = reportSnapshot(out)
    // html-tables.json that is not an object, or whose stamp is not one: the HTML is made from extracted.jsonl, with
    // no word of a change to it.
    for (const kept of ['null', '[]', JSON.stringify({from: {}, tables: {}})]) {
      writeFileSync(join(out, 'work', 'html-tables.json'), kept)
      const r = await cli('run', '--from', 'report-html', '--out', out)
      expect(r.code, kept).toBe(0)
      expect(r.stderr, kept).not.toContain('changed since')
      for (const [name, content] of before) expect(reportSnapshot(out).get(name), name).toBe(content)
    }
    const extracted = join(out, 'work', 'extracted.jsonl')
    const lines = readFileSync(extracted, 'utf8').trim().split('\n')
    const first = JSON.parse(lines[0]!) as {text: string; mentions: {start: number; end: number}[]}
    expect(first.mentions.length).toBeGreaterThan(0)
    const bad = [
      {...first, mentions: first.mentions.map((m, i) => (i === 0 ? {...m, end: first.text.length + 5} : m))},
      {...first, sentences: 'none'},
      {...first, mentions: first.mentions.map((m, i) => (i === 0 ? {...m, label: 'PLACE'} : m))},
    ]
    const reasons = [/a mention lies outside the text/, /`sentences` is not a list/, /a mention lacks a label/]
    for (const [i, record] of bad.entries()) {
      writeFileSync(extracted, [lines[0], JSON.stringify(record), ...lines.slice(1)].join('\n') + '\n')
      const r = await cli('run', '--from', 'resolve', '--out', out)
      expect(r.code).toBe(1)
      expect(r.stderr).toMatch(new RegExp(`extracted\\.jsonl:2: not an extracted record: ${reasons[i]!.source}`))
    }
  })

  it('rebuilds everything for the HTML when the kept inputs are of an older version or lack a table it reads', async () => {
    // A story and its syndicated copy: the network counts the story once, as cooccurrence.csv does, which it can
    // only do with duplicates.csv.
    const dir = mkdtempSync(join(tmpdir(), 'presswatch-from-'))
    const story = 'Kim Jong Un met Choe Ryong Hae and Pak Pong Ju at the Kumsusan Palace on Monday to discuss the plan for the coming year. Kim Jong Un thanked Choe Ryong Hae and Pak Pong Ju for their work on the new factories and the farms of the country.'
    const other = 'Choe Ryong Hae and Pak Pong Ju inspected the Pyongyang Textile Mill on Friday with Kim Jong Un. Pak Pong Ju and Choe Ryong Hae spoke with the workers.'
    const articles = [{id: 'a1', published: '2019-03-04', text: story}, {id: 'a2', published: '2019-03-04', text: story}, {id: 'b1', published: '2019-05-10', text: other}]
    writeFileSync(join(dir, 'in.jsonl'), articles.map((a) => JSON.stringify(a)).join('\n') + '\n')
    const out = join(dir, 'reports')
    expect((await cli('run', join(dir, 'in.jsonl'), '--out', out, '--keep-intermediate')).code).toBe(0)
    expect(readFileSync(join(out, 'duplicates.csv'), 'utf8')).toContain('a2')
    const before = reportSnapshot(out)
    const file = join(out, 'work', 'html-tables.json')
    const {from, shape, tables} = JSON.parse(readFileSync(file, 'utf8')) as {from: unknown; shape: {columns: Record<string, string[]>}; tables: Record<string, Record<string, unknown>[]>}
    const {'duplicates.csv': _dropped, ...lacking} = tables
    // Kept by a version that did not keep a column the report reads now (the first date of the entity views): used,
    // it would leave that date blank.
    const entities = tables['entities.csv']!
    expect(entities.every((r) => r.first_seen)).toBe(true)
    const noFirst = {...tables, 'entities.csv': entities.map(({first_seen: _f, ...r}) => r)}
    const fewerColumns = {...shape.columns, 'entities.csv': shape.columns['entities.csv']!.filter((c) => c !== 'first_seen')}
    const older = [
      JSON.stringify({from, shape, tables: lacking}), // a table the HTML reads is missing
      JSON.stringify(tables), // the shape of an older version: the tables alone, no stamp
      JSON.stringify({from, tables: noFirst}), // stamped with what it was made from, but not with what it kept
      JSON.stringify({from, shape: {...shape, columns: fewerColumns}, tables: noFirst}),
    ]
    for (const kept of older) {
      writeFileSync(file, kept)
      // With a resolved.jsonl as an older version kept it: dropped, since nothing reads it now.
      writeFileSync(join(out, 'work', 'resolved.jsonl'), '{}\n')
      expect((await cli('run', '--from', 'report-html', '--out', out)).code).toBe(0)
      for (const [name, content] of before) expect(reportSnapshot(out).get(name), name).toBe(content)
      expectStampOfExtracted(out)
      expect(readdirSync(join(out, 'work'))).not.toContain('resolved.jsonl')
    }
    // Without html-records.jsonl too.
    rmSync(join(out, 'work', 'html-records.jsonl'))
    expect((await cli('run', '--from', 'report-html', '--out', out)).code).toBe(0)
    for (const [name, content] of before) expect(reportSnapshot(out).get(name), name).toBe(content)
    expect(readdirSync(join(out, 'work'))).toContain('html-records.jsonl')
    // Without html-tables.json, nothing tells whether extracted.jsonl changed: the CSV reports are made from it too,
    // so an edit shows in them as in the HTML.
    rmSync(file)
    const extracted = join(out, 'work', 'extracted.jsonl')
    writeFileSync(extracted, readFileSync(extracted, 'utf8').replace('"id":"b1"', '"id":"b1","headline":"An edited headline"'))
    expect((await cli('run', '--from', 'report-html', '--out', out)).code).toBe(0)
    expect(readFileSync(join(out, 'articles.csv'), 'utf8')).toContain('An edited headline')
    expect([...reportSnapshot(out)].some(([name, content]) => name.startsWith('data/articles/') && content.includes('An edited headline'))).toBe(true)
  })

  it('leaves a cache the next run starts from, as a run without --keep-intermediate does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'presswatch-from-'))
    const [kept, plain] = [join(dir, 'kept'), join(dir, 'plain')]
    expect((await cli('run', 'data/samples', '--out', kept, '--keep-intermediate')).code).toBe(0)
    expect((await cli('run', 'data/samples', '--out', plain)).code).toBe(0)
    const articles = readFileSync(join(kept, 'work', 'extracted.jsonl'), 'utf8').trim().split('\n').length
    // The cache each run left holds the same records.
    const cached = (out: string): string[] => readFileSync(join(out, 'work', 'cache.jsonl'), 'utf8').trim().split('\n').slice(1).sort()
    expect(cached(kept)).toHaveLength(articles)
    expect(cached(kept)).toEqual(cached(plain))
    const again = await cli('run', 'data/samples', '--out', kept)
    expect(again.code).toBe(0)
    expect(again.stderr).toContain(`${articles} articles (${articles} from the cache)`)
    expectSameReports(plain, kept)
  })

  it('--from ingest remakes work/ from the inputs, which it needs, after a run that kept none', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'presswatch-from-')), 'reports')
    expect((await cli('run', 'data/samples', '--out', out)).code).toBe(0)
    const before = reportSnapshot(out)
    expect(readdirSync(join(out, 'work'))).toEqual(['cache.jsonl'])
    const none = await cli('run', '--from', 'ingest', '--out', out)
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('No inputs given')
    expect((await cli('run', 'data/samples', '--from', 'ingest', '--out', out)).code).toBe(0)
    for (const stage of PER_DOC) expectDocsFile(join(out, 'work', `${stage}.jsonl`))
    expectStampOfExtracted(out)
    expect((await cli('run', '--from', 'report-html', '--out', out)).code).toBe(0)
    for (const [name, content] of before) expect(reportSnapshot(out).get(name), name).toBe(content)
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
