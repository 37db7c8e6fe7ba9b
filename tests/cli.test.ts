import {execFile} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {cli} from './helpers.ts'

const SAMPLE = 'data/samples/000_d6c66752962f85b6.txt'
const REPORTS = ['entities.jsonl', 'articles.csv', 'mentions.csv', 'entities.csv', 'people.csv', 'organisations.csv', 'titles.csv', 'dates.csv', 'cooccurrence.csv', 'problems.csv', 'index.html']

const tmp = (): string => mkdtempSync(join(tmpdir(), 'presswatch-cli-'))

describe('usage', () => {
  it('prints help with exit 0', async () => {
    const r = await cli('--help')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/presswatch <command>/)
    expect((await cli('extract', '--help')).stdout).toMatch(/--out FILE/)
    expect((await cli('run', '--help')).stdout).toMatch(/--out DIR/)
  })
  it.each([[[]], [['nope']], [['extract']], [['run', '--bogus', 'x']]])('exits 2 with the usage on %j', async (argv) => {
    const r = await cli(...argv)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/Usage: presswatch/)
    expect(r.stdout).toBe('')
  })
})

describe('extract', () => {
  it('reads the sample page: published 2021-07-11, the two leaders, nothing from the More From block', async () => {
    const r = await cli('extract', SAMPLE)
    expect(r.code).toBe(0)
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l))
    expect(lines).toHaveLength(1)
    const [line] = lines
    expect(line.id).toBe('000_d6c66752962f85b6')
    expect(line.published).toBe('2021-07-11')
    expect(line.people.map((p: {name: string}) => p.name).sort()).toEqual(['Kim Jong Un', 'Xi Jinping'])
    const everything = JSON.stringify(line)
    for (const furniture of ['Kim Man Yu', 'General Association of Koreans in China', 'Jagang', 'Changbong', '2026']) expect(everything).not.toContain(furniture)
  })
  it('writes to --out atomically and reports a bad line with its file and line, going on with the rest', async () => {
    const dir = tmp()
    const input = join(dir, 'in.jsonl')
    writeFileSync(input, [
      JSON.stringify({id: 'a', title: 'One', date: '2020-01-02', text: 'Premier Pak Pong Ju visited a farm.'}),
      '{not json',
      JSON.stringify({id: 'b', title: 'Two', date: '2020-01-03', text: 42}),
      JSON.stringify({id: 'c', title: 'Three', date: '2020-01-04', text: 'Kim Jong Un met Xi Jinping.'}),
    ].join('\n'))
    const out = join(dir, 'out.jsonl')
    const r = await cli('extract', input, '--out', out)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`${input}:2`)
    expect(r.stderr).toContain(`${input}:3`)
    expect(readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'c'])
  })
  it('stops at the first failing input with --strict', async () => {
    const dir = tmp()
    writeFileSync(join(dir, 'in.jsonl'), '{bad\n' + JSON.stringify({id: 'z', text: 'Text.'}) + '\n')
    const r = await cli('extract', join(dir, 'in.jsonl'), '--strict')
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
  })
  it('skips unknown extensions with a message and exits 0', async () => {
    const dir = tmp()
    writeFileSync(join(dir, 'notes.md'), '# not an article')
    writeFileSync(join(dir, 'a.txt'), 'Kim Jong Un inspected a factory.')
    const r = await cli('extract', dir)
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/notes\.md: skipped: unknown extension/)
    expect(r.stdout.trim().split('\n')).toHaveLength(1)
  })
})

describe('run', () => {
  it('writes every report for the sample folder', async () => {
    const out = join(tmp(), 'reports')
    const r = await cli('run', 'data/samples', '--out', out)
    expect(r.code).toBe(0)
    for (const name of REPORTS) expect(existsSync(join(out, name)), name).toBe(true)
    expect(readFileSync(join(out, 'articles.csv'), 'utf8').split('\n')[0]).toBe('id,date,source,title,words,people,organisations,titles,dates,file')
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('Content-Security-Policy')
  })
  it('gives byte-identical reports for the same input', async () => {
    const a = join(tmp(), 'r')
    const b = join(tmp(), 'r')
    await cli('run', 'data/samples', '--out', a)
    await cli('run', 'data/samples', '--out', b)
    for (const name of REPORTS) expect(readFileSync(join(a, name), 'utf8')).toBe(readFileSync(join(b, name), 'utf8'))
  })
})

describe('the installed command', () => {
  it('runs as `presswatch` through the package bin, data on stdout only', async () => {
    const {stdout, stderr} = await promisify(execFile)('node', ['bin/presswatch.js', 'extract', SAMPLE], {env: {...process.env, CI: 'true'}})
    expect(JSON.parse(stdout).id).toBe('000_d6c66752962f85b6')
    expect(stderr).toBe('')
  })
})
