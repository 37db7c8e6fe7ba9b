import {createReadStream} from 'node:fs'
import type {Doc} from './doc.ts'
import {PipelineError} from './errors.ts'
import type {Extracted} from './extracted.ts'

/**
 * Check that a parsed JSON value has the shape of a `Doc` (the document model): the schema check for
 * intermediate files. Returns a reason when it does not.
 */
export function docShapeProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object'
  const d = value as Record<string, unknown>
  if (typeof d.id !== 'string') return '`id` is not a string'
  if (typeof d.text !== 'string') return '`text` is not a string'
  if (typeof d.meta !== 'object' || d.meta === null || Array.isArray(d.meta)) return '`meta` is not an object'
  for (const [k, v] of Object.entries(d.meta)) if (typeof v !== 'string') return `\`meta.${k}\` is not a string`
  for (const key of ['tokens', 'sentences', 'mentions', 'titles', 'messages', 'layers'] as const) {
    if (!Array.isArray(d[key])) return `\`${key}\` is not an array`
  }
  const text = d.text
  for (const t of d.tokens as unknown[]) {
    const token = t as Record<string, unknown>
    if (typeof token.start !== 'number' || typeof token.end !== 'number' || text.slice(token.start, token.end) !== token.text) return 'a token does not match the text at its offsets'
  }
  const n = (d.tokens as unknown[]).length
  for (const s of [...(d.sentences as unknown[]), ...(d.mentions as unknown[])]) {
    const span = s as Record<string, unknown>
    if (typeof span.start !== 'number' || typeof span.end !== 'number' || span.start < 0 || span.end > n || span.start > span.end) return 'a span lies outside the tokens'
  }
  if (typeof d.data !== 'object' || d.data === null) return '`data` is not an object'
  return undefined
}

/** Read a JSONL file of docs (an intermediate file), checking each line's shape. Throws `E_INPUT` naming file and line. */
export async function* readDocs(file: string): AsyncGenerator<Doc> {
  let n = 0
  for await (const line of readLines(file)) {
    n++
    if (!line.trim()) continue
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (cause) {
      throw new PipelineError('E_INPUT', `${file}:${n}: not JSON (${(cause as Error).message})`, {cause})
    }
    const problem = docShapeProblem(value)
    if (problem) throw new PipelineError('E_INPUT', `${file}:${n}: not a presswatch document: ${problem}`)
    yield value as Doc
  }
}

/** Read a JSONL file of extracted records (`work/extracted.jsonl`). */
export async function readExtracted(file: string): Promise<Extracted[]> {
  const out: Extracted[] = []
  let n = 0
  for await (const line of readLines(file)) {
    n++
    if (!line.trim()) continue
    try {
      out.push(JSON.parse(line) as Extracted)
    } catch (cause) {
      throw new PipelineError('E_INPUT', `${file}:${n}: not JSON (${(cause as Error).message})`, {cause})
    }
  }
  return out
}

/**
 * The lines of a UTF-8 text file, without their `\n` or `\r\n`, read in 1 MB chunks: several times faster than
 * `readline` on the long lines of intermediate files, whose per-line events cost more than the parsing.
 * @example for await (const line of readLines('reports/work/extracted.jsonl')) JSON.parse(line)
 */
export async function* readLines(file: string): AsyncGenerator<string> {
  let rest = ''
  for await (const chunk of createReadStream(file, {encoding: 'utf8', highWaterMark: 1 << 20})) {
    const text = rest + (chunk as string)
    let start = 0
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      yield text.charCodeAt(end - 1) === 13 && end > start ? text.slice(start, end - 1) : text.slice(start, end)
      start = end + 1
    }
    rest = text.slice(start)
  }
  if (rest) yield rest.endsWith('\r') ? rest.slice(0, -1) : rest
}
