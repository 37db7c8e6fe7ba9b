import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {PassThrough} from 'node:stream'
import {main} from '../pipeline/cli.ts'
import type {Label} from '../pipeline/doc.ts'
import type {Extracted, ExtractedMention} from '../pipeline/extracted.ts'

/** A hand-made extracted article: each sentence lists its mentions as [label, value] or [label, value, surface]. */
export function record(id: string, published: string, sentences: readonly (readonly (readonly [Label, string, string?])[])[]): Extracted {
  const mentions: ExtractedMention[] = []
  const ranges: [number, number][] = []
  let offset = 0
  sentences.forEach((sentence, i) => {
    const start = offset
    for (const [label, value, text] of sentence) {
      const surface = text ?? value
      mentions.push({label, value, text: surface, start: offset, end: offset + surface.length, sentence: i, rule: 'test:hand'})
      offset += surface.length + 1
    }
    ranges.push([start, offset])
    offset += 1
  })
  return {id, published, text: ' '.repeat(offset), bodyStart: 0, words: mentions.length, sentences: ranges, mentions, titles: [], messages: []}
}

/** Run the CLI in-process and capture its streams. */
export async function cli(...argv: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (d: Buffer) => (out += d.toString()))
  stderr.on('data', (d: Buffer) => (err += d.toString()))
  const code = await main(argv, {stdout, stderr})
  return {code, stdout: out, stderr: err}
}

const MARK_RE = /\[([PODT]):([^\]|]+)(?:\|([^\]]+))?\]/g
const MARK_LABEL: Record<string, Label> = {P: 'PERSON', O: 'ORG', D: 'DATE', T: 'TITLE'}

/**
 * A hand-made extracted article with real text: each sentence marks its mentions as `[P:Kim Jong Un]`,
 * `[O:value|surface]`, `[D:2016-07-10|July 10]` (P person, O organisation, D date, T title). `titles` are
 * person–title pairs; each title is found in the text. Sentences are joined by one space.
 */
export function article(id: string, published: string, sentences: readonly string[], titles: readonly (readonly [string, string])[] = []): Extracted {
  const mentions: ExtractedMention[] = []
  const ranges: [number, number][] = []
  let text = ''
  sentences.forEach((sentence, i) => {
    if (i > 0) text += ' '
    const start = text.length
    let last = 0
    for (const m of sentence.matchAll(MARK_RE)) {
      text += sentence.slice(last, m.index)
      const value = m[2]!
      const surface = m[3] ?? value
      mentions.push({label: MARK_LABEL[m[1]!]!, value, text: surface, start: text.length, end: text.length + surface.length, sentence: i, rule: 'test:hand'})
      text += surface
      last = m.index + m[0].length
    }
    text += sentence.slice(last)
    ranges.push([start, text.length])
  })
  const extractedTitles = titles.map(([person, title]) => {
    const start = text.indexOf(title)
    const sentence = ranges.findIndex(([s, e]) => start >= s && start < e)
    return {person, title, start, end: start + title.length, sentence, rule: 'test:hand'}
  })
  return {id, published, text, bodyStart: 0, words: text.split(/\s+/).length, sentences: ranges, mentions, titles: extractedTitles, messages: []}
}

/** Parse CSV text with a header (RFC 4180 quoting) into records: enough for tests that read the reports back. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') cell += text[++i]
      else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\n') {
      rows.push([...row, cell])
      row = []
      cell = ''
    } else cell += c
  }
  if (cell || row.length) rows.push([...row, cell])
  const [head, ...body] = rows
  return body.map((r) => Object.fromEntries((head ?? []).map((h, i) => [h, r[i] ?? ''])))
}

/**
 * The files of a report folder, work/ left out, by relative path; contents read as latin1, so two snapshots are
 * equal exactly when the bytes are. An absent folder gives an empty map.
 */
export function reportSnapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>()
  if (!existsSync(dir)) return out
  for (const e of readdirSync(dir, {recursive: true, withFileTypes: true})) {
    const rel = join(e.parentPath, e.name).slice(dir.length + 1)
    if (e.isFile() && !rel.startsWith('work')) out.set(rel, readFileSync(join(dir, rel), 'latin1'))
  }
  return out
}
