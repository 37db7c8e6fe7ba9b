import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {createDoc} from '../pipeline/doc.ts'
import {docLines, readLines} from '../pipeline/docs-io.ts'
import {DEFAULT_PLAN} from '../pipeline/registry.ts'
import {applyStage} from '../pipeline/run.ts'

const linesOf = async (content: string | Buffer): Promise<string[]> => {
  const file = join(mkdtempSync(join(tmpdir(), 'presswatch-lines-')), 'f.jsonl')
  writeFileSync(file, content)
  const out: string[] = []
  for await (const line of readLines(file)) out.push(line)
  return out
}

describe('readLines', () => {
  it('splits on \\n and \\r\\n, keeps empty lines, and reads a last line without a line break', async () => {
    expect(await linesOf('a\nb\r\n\nc')).toEqual(['a', 'b', '', 'c'])
    expect(await linesOf('a\n')).toEqual(['a'])
    expect(await linesOf('')).toEqual([])
  })

  it('keeps a line whole when its \\r and \\n fall in two chunks, and does not split on a lone \\r', async () => {
    const first = 'x'.repeat((1 << 20) - 1)
    expect(await linesOf(`${first}\r\nnext\ra\n`)).toEqual([first, 'next\ra'])
  })

  it('reads lines longer than a chunk, and characters whose bytes fall across two chunks, whole', async () => {
    const long = 'Kim Jong Un ' + '한국어 “quoted” é '.repeat(120_000)
    const short = `{"id":"x","t":"${'ü'.repeat(700_000)}"}`
    expect(await linesOf(`${long}\n${short}\r\nend`)).toEqual([long, short, 'end'])
  })
})

describe('docLines', () => {
  it('gives JSON.stringify(doc) + newline at every stage, the tokens serialised once', () => {
    const text = 'Pyongyang, October 10 (KCNA) -- Kim Jong Un, general secretary of the Workers\u2019 Party of Korea, met Choe Ryong Hae. '.repeat(12)
    let doc = createDoc(text, {format: 'article', headline: 'A "tokens":"\u0000presswatch:tokens\u0000" headline'}, 'a1')
    const line = docLines()
    const short = docLines()
    for (const stage of DEFAULT_PLAN) {
      doc = applyStage(doc, stage)
      expect(line(doc)).toBe(JSON.stringify(doc) + '\n')
      const small = {...doc, tokens: doc.tokens.slice(0, 3)}
      expect(short(small)).toBe(JSON.stringify(small) + '\n')
    }
    expect(doc.tokens.length).toBeGreaterThan(64)
    // New tokens (another document through the same function) are serialised anew.
    const other = applyStage(applyStage(createDoc(text.replaceAll('Kim', 'Pak'), {format: 'text'}, 'a2'), DEFAULT_PLAN[0]!), DEFAULT_PLAN[1]!)
    expect(line(other)).toBe(JSON.stringify(other) + '\n')
  })
})
