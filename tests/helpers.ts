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

