import {existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {countArticles, openReportWriter, readInputs, writeLinesTo, writeStreamed} from '../../pipeline/io.ts'

describe('countArticles (the progress bar total)', () => {
  it('counts JSONL lines and one per page or text file, skipping unknown and missing inputs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'presswatch-count-'))
    writeFileSync(join(dir, 'a.jsonl'), '{"id":"1","text":"x"}\n{"id":"2","text":"y"}\n{"id":"3","text":"z"}\n')
    writeFileSync(join(dir, 'b.txt'), 'An article.')
    writeFileSync(join(dir, 'c.html'), '<p>An article.</p>')
    writeFileSync(join(dir, 'notes.md'), '# not one')
    expect(await countArticles([dir, join(dir, 'missing.jsonl')])).toBe(5)
  })
})

describe('writeLinesTo and the report writer (text encoded into reused blocks)', () => {
  const written = async (pieces: string[]): Promise<Buffer> => {
    const file = join(mkdtempSync(join(tmpdir(), 'presswatch-write-')), 'out.txt')
    await writeStreamed(file, (stream) => writeLinesTo(stream, pieces))
    return readFileSync(file)
  }

  it('writes the UTF-8 bytes of the pieces joined, whatever falls on a block boundary', async () => {
    // Pieces of every width of UTF-8 character and surrogate pairs, many blocks' worth, with pieces longer than a
    // block, empty pieces, and a lone surrogate (written as U+FFFD, as Buffer.from writes it).
    const pieces: string[] = []
    for (let i = 0; i < 4000; i++) pieces.push(`${i}:a é 한 😀 \u2028 ${'x'.repeat(i % 97)}\n`, '')
    pieces.push('😀'.repeat(300_000), 'ü'.repeat(700_001), 'tail \ud800 end')
    const bytes = await written(pieces)
    expect(bytes.equals(Buffer.from(pieces.join('')))).toBe(true)
    expect(bytes.length).toBeGreaterThan(2 << 20)
  })

  it('writes an empty file for no text, and the same bytes when called again with the blocks reused', async () => {
    expect((await written([])).length).toBe(0)
    expect((await written([''])).length).toBe(0)
    const text = ['Kim Jong Un “inspected” the plant.\n'.repeat(40_000)]
    expect((await written(text)).equals(Buffer.from(text[0]!))).toBe(true)
    expect((await written(text)).equals(Buffer.from(text[0]!))).toBe(true)
  })

  it('report writer: a string written whole reads back the same, and a file that cannot be made is an error', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'presswatch-writer-')), 'reports')
    const writer = await openReportWriter(dir)
    const text = `id,name\n${'person:kim-jong-un,Kim Jong Un ✓\n'.repeat(50_000)}`
    await writer.write('entities.csv', text)
    await writer.write('empty.csv', '')
    await writer.commit()
    expect(readFileSync(join(dir, 'entities.csv'), 'utf8')).toBe(text)
    expect(readFileSync(join(dir, 'empty.csv'), 'utf8')).toBe('')
    const again = await openReportWriter(dir)
    await expect(again.write(`${'n'.repeat(300)}.csv`, text)).rejects.toThrow(/ENAMETOOLONG|name too long/i)
    await again.abort()
    expect(readFileSync(join(dir, 'entities.csv'), 'utf8')).toBe(text)
  })
})

describe('report writer: a stream whose writes fail', () => {
  it.skipIf(!existsSync('/dev/full'))('rejects the write, naming the error, instead of ending the process', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'presswatch-full-')), 'reports')
    const writer = await openReportWriter(dir)
    // A file of the new set that is the full device: every write fails with ENOSPC.
    symlinkSync('/dev/full', join(writer.staging, 'full.jsonl'))
    const stream = await writer.stream('full.jsonl')
    await expect(writeLinesTo(stream, ['x'.repeat(2_000_000)])).rejects.toThrow(/ENOSPC|no space/i)
    await writer.abort()
  })
})

describe('report writer: what a new set replaces', () => {
  it('replaces the old reports whole but keeps a README.md the folder holds', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'presswatch-keep-')), 'reports')
    const first = await openReportWriter(dir)
    await first.write('old.csv', 'a\n')
    await first.commit()
    writeFileSync(join(dir, 'README.md'), '# reports/\n')
    const second = await openReportWriter(dir)
    await second.write('new.csv', 'b\n')
    await second.commit()
    expect(readdirSync(dir).sort()).toEqual(['README.md', 'new.csv'])
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('# reports/\n')
    const third = await openReportWriter(dir)
    await third.write('newer.csv', 'c\n')
    await third.abort()
    expect(readdirSync(dir).sort()).toEqual(['README.md', 'new.csv'])
  })
})

describe('readInputs on JSONL', () => {
  it('reads records across \\r\\n, lone \\r, a BOM and blank lines, and names the line of each bad record', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'presswatch-jsonl-'))
    const file = join(dir, 'news.jsonl')
    const long = 'Kim Jong Un “inspected” the plant. '.repeat(60_000)
    // Line endings as readline reads them: \r\n, \n and a lone \r (old Mac files) each end a line.
    writeFileSync(file, `\uFEFF{"id":"a1","text":"Choe Ryong Hae spoke."}\r\n\n{"id":"a2","text":"old Mac"}\r{"id":"a3","text":"line"}\rnot json\n{"id":"a4","text":"${long}"}\n{"id":"a5"}`)
    const items = []
    for await (const item of readInputs([file])) items.push(item)
    const docs = items.flatMap((i) => ('doc' in i ? [i.doc] : []))
    expect(docs.map((d) => [d.id, d.meta.line])).toEqual([['a1', '1'], ['a2', '3'], ['a3', '4'], ['a4', '6']])
    expect(docs[3]!.text).toBe(long)
    const problems = items.flatMap((i) => ('problem' in i ? [i.problem] : []))
    expect(problems.map((p) => [p.line, p.reason.split(' (')[0]])).toEqual([[5, 'not JSON'], [7, 'no `text` field']])
  })
})
