import {spawn} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {createDoc} from '../pipeline/doc.ts'
import {extractArticle} from '../pipeline/extract.ts'
import {openReportWriter, recoverReports} from '../pipeline/io.ts'
import {buildReports} from '../pipeline/reports.ts'
import {cli, parseCsv, reportSnapshot} from './helpers.ts'

const GOOD_A = {id: 'good-a', title: 'Premier inspects a mill', date: '2021-03-04', text: 'Pyongyang, March 4 (KCNA) -- Premier Pak Pong Ju inspected the Kim Jong Suk Pyongyang Textile Mill on Wednesday. He was accompanied by Ri Il Hwan, director of a department of the Central Committee of the Workers\' Party of Korea (WPK).'}
const GOOD_B = {id: 'good-b', title: 'Delegation leaves', date: '2019-06-20', text: 'A delegation of the Korean People\'s Army led by Kim Su Gil left Pyongyang on June 19 for China.'}

/** The entities of one article run alone, for comparison with the same article inside the torture corpus. */
const alone = (a: typeof GOOD_A) => {
  const r = extractArticle(createDoc(a.text, {format: 'article', headline: a.title, published: a.date}, a.id))
  return r.mentions.map((m) => [m.label, m.value])
}

function writeTortureCorpus(dir: string): void {
  const w = (name: string, content: string | Buffer) => writeFileSync(join(dir, name), content)
  w('empty.txt', '')
  w('blank.txt', '  \n\t \n')
  w('binary.txt', Buffer.from(Array.from({length: 2048}, (_, i) => (i * 37) % 256)))
  w('invalid-utf8.txt', Buffer.concat([Buffer.from('Kim Jong Un visited '), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' a farm.')]))
  w('bom-utf8.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Premier Pak Pong Ju spoke.')]))
  w('bom-utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Premier Pak Pong Ju spoke.', 'utf16le')]))
  w('windows.txt', 'Line one by Kim Jong Un.\r\n\r\nLine two.\r\n')
  w('old-mac.txt', 'Line one by Kim Jong Un.\r\rLine two.\r')
  w('nul.txt', 'Kim Jong Un\u0000 met\u0000 Xi Jinping.')
  w('corpus.jsonl', [
    JSON.stringify(GOOD_A),
    '{"id": "broken", "text": ',
    JSON.stringify({id: 'no-text', title: 'x'}),
    JSON.stringify({id: 'number-text', text: 12}),
    JSON.stringify(GOOD_B),
    JSON.stringify({...GOOD_B, title: 'Same id again'}),
  ].join('\n'))
  w('huge-line.jsonl', JSON.stringify({id: 'huge', text: 'word '.repeat(10_500_000)}))
  w('dump-reordered.txt', 'Some headline\n\nSource: Somewhere | Date: 31/02/2021\n\nBody by Kim Jong Un.\n\nMore Articles')
  w('dump-impossible.txt', 'Headline\n\nDate: 31/02/2021 | Source: X | Read original version at source\n\nBody by Choe Ryong Hae.')
  w('truncated.html', '<html><body><article><h1>Title</h1><p>Kim Jong Un visited <b>a farm')
  w('nested.html', '<div>'.repeat(30_000) + 'Deep text by Pak Pong Ju' + '</div>'.repeat(10))
  w('capitalised.txt', Array.from({length: 200_000}, (_, i) => `Word${i % 97 === 0 ? '' : 'x'}`).join(' '))
  w('parentheses.txt', '('.repeat(5000) + 'Kim Jong Un' + ')'.repeat(5000))
  w('long-token.txt', 'a'.repeat(200_000) + ' Kim Jong Un ' + 'B'.repeat(100_000))
  w('of-the.txt', 'of the '.repeat(100_000))
  w('mixed-scripts.txt', '김정은 Kim Jong Un met 习近平 Xi Jinping 🇰🇵🎉 and שלום مرحبا on July 1, 2021.')
  w('notes.md', '# not an article')
  w('huge.txt', 'word '.repeat(1_100_000))
}

describe('a torture corpus', () => {
  it('runs to the end, reports every problem with file and line, and the good articles give what they give alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'presswatch-torture-'))
    const inputs = join(dir, 'in')
    const {mkdirSync} = await import('node:fs')
    mkdirSync(inputs)
    writeTortureCorpus(inputs)
    const out = join(dir, 'out')
    const started = performance.now()
    const r = await cli('run', inputs, '--out', out)
    expect(performance.now() - started).toBeLessThan(60_000)
    expect(r.code).toBe(1)
    const problems = readFileSync(join(out, 'problems.csv'), 'utf8')
    for (const expected of [
      /empty\.txt,,,error,empty file/, /blank\.txt,,,error,empty file/, /binary\.txt,,,error,"?binary content/,
      /invalid-utf8\.txt,,,warning,invalid UTF-8/, /nul\.txt,,,warning,NUL characters/,
      /corpus\.jsonl,2,,error,not JSON/, /corpus\.jsonl,3,,error,no `text` field/, /corpus\.jsonl,4,,error,`text` is not a string/,
      /corpus\.jsonl,6,good-b,warning,duplicate id/, /huge-line\.jsonl,1,,error,`text` has 52500000 characters/,
      /notes\.md,,,skipped,"?unknown extension/, /huge\.txt,,,error,text has 5500000 characters/, /dump-impossible\.txt,,dump-impossible,warning,"?Page dump: impossible date/,
    ]) expect(problems).toMatch(expected)
    const lines = readFileSync(join(out, 'entities.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as {id: string; people: {name: string}[]})
    const ids = lines.map((l) => l.id)
    expect(ids).toEqual(expect.arrayContaining(['good-a', 'good-b', 'good-b~2', 'bom-utf8', 'bom-utf16', 'windows', 'old-mac', 'nul', 'truncated', 'nested', 'capitalised', 'parentheses', 'long-token', 'of-the', 'mixed-scripts', 'dump-reordered', 'dump-impossible', 'invalid-utf8']))
    expect(ids).not.toContain('broken')
    const mentions = parseCsv(readFileSync(join(out, 'mentions.csv'), 'utf8'))
    for (const good of [GOOD_A, GOOD_B]) {
      const inCorpus = mentions.filter((m) => m.article === good.id).map((m) => [m.type, m.value])
      expect(inCorpus.length, good.id).toBeGreaterThan(0)
      expect(inCorpus, good.id).toEqual(alone(good))
    }
    const bomArticle = lines.find((l) => l.id === 'bom-utf16')!
    expect(JSON.stringify(bomArticle)).not.toContain('\\u0000')
  }, 120_000)
})

describe('output safety', () => {
  it('writes nothing outside --out, whatever the ids and names in the input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'presswatch-paths-'))
    const input = join(dir, 'in.jsonl')
    const hostile = ['../../escaped', '/tmp/absolute', '..\\..\\win', 'a/../../b', '%2e%2e%2fencoded', '=cmd|calc', '<script>x</script>']
    writeFileSync(input, hostile.map((id) => JSON.stringify({id, title: id, date: '2020-01-01', text: `Kim Jong Un met ${id}.`})).join('\n'))
    const r = await cli('run', input, '--out', join(dir, 'out'))
    expect(r.code).toBe(0)
    expect(readdirSync(dir).sort()).toEqual(['in.jsonl', 'out'])
    expect(existsSync('/tmp/absolute')).toBe(false)
    const csv = readFileSync(join(dir, 'out', 'articles.csv'), 'utf8')
    expect(csv).toContain("'=cmd|calc")
    expect(csv).not.toMatch(/^=cmd/m)
  })
})

describe('a rerun that fails', () => {
  it('leaves the earlier report set whole, with the files it had carried over moved back', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'presswatch-abort-')), 'reports')
    mkdirSync(join(out, 'work'), {recursive: true})
    writeFileSync(join(out, 'entities.csv'), 'old\n')
    writeFileSync(join(out, 'work', 'extracted.jsonl'), 'kept\n')
    const writer = await openReportWriter(out)
    await writer.carry('entities.csv')
    await writer.carry('work/extracted.jsonl')
    await writer.write('people.csv', 'new\n')
    expect(existsSync(join(out, 'entities.csv'))).toBe(false)
    await writer.abort()
    expect(readFileSync(join(out, 'entities.csv'), 'utf8')).toBe('old\n')
    expect(readFileSync(join(out, 'work', 'extracted.jsonl'), 'utf8')).toBe('kept\n')
    expect(existsSync(join(out, 'people.csv'))).toBe(false)
    expect(readdirSync(join(out, '..'))).toEqual(['reports'])
  })
})

describe('a run killed midway', () => {
  it('leaves the reports folder as the old complete set or the new complete set', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'presswatch-kill-'))
    const input = join(dir, 'in.jsonl')
    writeFileSync(input, Array.from({length: 2000}, (_, i) => JSON.stringify({...GOOD_A, id: `a${i}`, text: `${GOOD_A.text} Item ${i}.`})).join('\n'))
    const out = join(dir, 'reports')
    expect((await cli('run', 'data/samples', '--out', out)).code).toBe(0)
    const oldSet = reportSnapshot(out)
    expect((await cli('run', input, '--out', join(dir, 'expected'), '--workers', '1')).code).toBe(0)
    const newSet = reportSnapshot(join(dir, 'expected'))
    for (const delay of [50, 700, 1500, 2500, 4000, 6000]) {
      const child = spawn('node', ['bin/presswatch.js', 'run', input, '--out', out, '--workers', '1', '--fresh'], {stdio: 'ignore'})
      // Listen from the start: a run that ends before the kill must not leave the test waiting for an exit already past.
      const exited = new Promise((r) => child.once('exit', r))
      await new Promise((r) => setTimeout(r, delay))
      child.kill('SIGKILL')
      await exited
      await recoverReports(out)
      const now = reportSnapshot(out)
      const same = (a: Map<string, string>) => a.size === now.size && [...a].every(([k, v]) => now.get(k) === v)
      expect(same(oldSet) || same(newSet), `after a kill at ${delay} ms`).toBe(true)
      if (same(newSet)) break
    }
  }, 120_000)
})


describe('crowded articles through every stage', () => {
  // Distinct Korean names from the syllables the people stage knows: "Kim Chol Su", "Kim Chol Ho", …
  const syllables = (JSON.parse(readFileSync(join(import.meta.dirname, '../data/lexicons/korean-syllables.json'), 'utf8')) as {syllables: string[]}).syllables
  const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1)
  const givenNames = syllables.flatMap((a) => syllables.map((b) => `${cap(a)} ${cap(b)}`))
  const info = {generatedAt: '2021-01-01', inputs: ['crowded'], stages: ['ingest']}
  // Each once took minutes or more: pairs of every entity of one sentence (with the text between each pair cut out),
  // a list copied at each mention of a sentence, every pair of an article's body names compared.
  it.each([
    ['5,000 people named in one sentence', `${givenNames.slice(0, 5000).map((g) => `Kim ${g}`).join(', ')} attended.`, true],
    ['5,000 bodies named in one sentence', `${givenNames.slice(0, 5000).map((g) => `${g} Factory`).join(', ')} met.`, true],
    // Dates are not paired by default: nothing of co-occurrence to bound.
    ['15,000 date ranges in one sentence', 'from December 28 to January 3, 1951 '.repeat(15_000), false],
  ])('%s: extracted and reported in seconds', (_name, text, bounded) => {
    const t0 = performance.now()
    const record = extractArticle(createDoc(text, {format: 'article', published: '2021-01-05'}, 'crowded'))
    const files = buildReports([record], [], info)
    const seconds = (performance.now() - t0) / 1000
    expect(record.mentions.length).toBeGreaterThan(4000)
    expect(files.get('entities.csv')).toBeDefined()
    // The co-occurrence bounds cut such a list, and the problems table says so.
    expect(String(files.get('problems.csv'))).toMatch(bounded ? /\n,,crowded,warning,"co-occurrence bounded: the article window paired its first 300 of \d+ entities; its sentences counted 40000 of \d+ pairs/ : /^file,line,id,severity,reason\n$/)
    expect(seconds).toBeLessThan(15) // generous for a shared machine: 1–3 s alone here
  }, 60_000)
})
