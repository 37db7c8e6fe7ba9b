import {open} from 'node:fs/promises'
import type {Doc, Token} from './doc.ts'
import {PipelineError} from './errors.ts'
import type {Extracted} from './extracted.ts'

const LABELS: readonly unknown[] = ['PERSON', 'TITLE', 'ORG', 'DATE']
const isOffset = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0
/** A sentence index, or -1 for a span in no sentence (`sentenceIndexOf`). */
const isSentence = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= -1
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Check that a parsed JSON value has the shape of a `Doc` (the document model): the schema check for
 * intermediate files. Returns a reason when it does not.
 */
export function docShapeProblem(d: unknown): string | undefined {
  if (!isObject(d)) return 'not a JSON object'
  if (typeof d.id !== 'string') return '`id` is not a string'
  if (typeof d.text !== 'string') return '`text` is not a string'
  if (!isObject(d.meta)) return '`meta` is not an object'
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

/**
 * Why `value` is not a record as the HTML report reads it (`HtmlRecord`: id, text, optional metadata, mentions with
 * label, value, offsets and sentence, titles with person, title and offsets), or undefined. Fields beyond those
 * are allowed: any `Extracted` record passes.
 */
export function htmlRecordShapeProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'not a JSON object'
  if (typeof value.id !== 'string') return '`id` is not a string'
  if (typeof value.text !== 'string') return '`text` is not a string'
  for (const key of ['published', 'source', 'headline', 'url', 'file']) if (key in value && typeof value[key] !== 'string') return `\`${key}\` is not a string`
  if (!Array.isArray(value.mentions) || !Array.isArray(value.titles)) return '`mentions` or `titles` is not an array'
  const n = value.text.length
  const inText = (span: Record<string, unknown>): boolean => isOffset(span.start) && isOffset(span.end) && (span.start as number) <= (span.end as number) && (span.end as number) <= n
  for (const m of value.mentions as unknown[]) {
    if (!isObject(m) || !LABELS.includes(m.label) || typeof m.value !== 'string' || !isSentence(m.sentence)) return 'a mention lacks a label, value or sentence'
    if (!inText(m)) return 'a mention lies outside the text'
  }
  for (const t of value.titles as unknown[]) {
    if (!isObject(t) || typeof t.person !== 'string' || typeof t.title !== 'string') return 'a title lacks a person or title'
    if (!inText(t)) return 'a title lies outside the text'
  }
  return undefined
}

/** Why `value` is not a line of `work/html-records.jsonl` (an `HtmlRecord` with `entities`, one id per mention), or undefined. */
export function htmlRecordLineProblem(value: unknown): string | undefined {
  const problem = htmlRecordShapeProblem(value)
  if (problem) return problem
  const {entities, mentions} = value as {entities?: unknown; mentions: unknown[]}
  if (!Array.isArray(entities) || entities.length !== mentions.length || !entities.every((id) => typeof id === 'string')) return '`entities` is not one id per mention'
  return undefined
}

/** Why `value` is not an extracted record (`Extracted`, a line of `work/extracted.jsonl`), or undefined. */
export function extractedShapeProblem(value: unknown): string | undefined {
  const problem = htmlRecordShapeProblem(value)
  if (problem) return problem
  const x = value as Record<string, unknown>
  if (!isOffset(x.bodyStart) || !isOffset(x.words)) return '`bodyStart` or `words` is not a count'
  if (!Array.isArray(x.sentences) || !x.sentences.every((s) => Array.isArray(s) && s.length === 2 && s.every(isOffset))) return '`sentences` is not a list of [start, end]'
  if (!Array.isArray(x.messages)) return '`messages` is not an array'
  const n = x.sentences.length
  for (const m of x.mentions as Record<string, unknown>[]) if (typeof m.text !== 'string' || typeof m.rule !== 'string' || (m.sentence as number) >= n) return 'a mention lacks its text or rule, or its sentence'
  for (const t of x.titles as Record<string, unknown>[]) if (typeof t.rule !== 'string' || !isSentence(t.sentence) || (t.sentence as number) >= n) return 'a title lacks its rule or its sentence'
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

/** Read a JSONL file of extracted records (`work/extracted.jsonl`), checking each line's shape. Throws `E_INPUT` naming file and line. */
export async function readExtracted(file: string): Promise<Extracted[]> {
  const out: Extracted[] = []
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
    const problem = extractedShapeProblem(value)
    if (problem) throw new PipelineError('E_INPUT', `${file}:${n}: not an extracted record: ${problem}`)
    out.push(value as Extracted)
  }
  return out
}

/**
 * The lines of a UTF-8 text file, without their `\n` or `\r\n`, read in 1 MB chunks of bytes into one reused
 * buffer: each line is found with a byte search and decoded once, several times faster than `readline` or a
 * decoding stream on the long lines of intermediate files (and no fresh memory per chunk, which is slow to touch).
 * Unlike `readline`, a lone `\r` does not end a line (the intermediate files, written by `JSON.stringify`, hold
 * none; input JSONL splits on it itself).
 * @example for await (const line of readLines('reports/work/extracted.jsonl')) JSON.parse(line)
 */
export async function* readLines(file: string): AsyncGenerator<string> {
  const handle = await open(file, 'r')
  const buf = readBlocks.pop() ?? Buffer.allocUnsafe(READ_BYTES)
  try {
    // The start of a line that runs on past the chunks read so far, in pieces joined once its end is found.
    let rest: Buffer[] = []
    for (;;) {
      const {bytesRead} = await handle.read(buf, 0, buf.length, null)
      if (bytesRead === 0) break
      const chunk = buf.subarray(0, bytesRead)
      let start = 0
      let end = chunk.indexOf(10)
      if (rest.length > 0) {
        if (end === -1) {
          rest.push(Buffer.from(chunk))
          continue
        }
        const line = Buffer.concat([...rest, chunk.subarray(0, end)])
        rest = []
        yield lineOf(line, 0, line.length)
        start = end + 1
        end = chunk.indexOf(10, start)
      }
      for (; end !== -1; end = chunk.indexOf(10, start)) {
        yield lineOf(chunk, start, end)
        start = end + 1
      }
      if (start < chunk.length) rest.push(Buffer.from(chunk.subarray(start)))
    }
    if (rest.length > 0) {
      const line = Buffer.concat(rest)
      yield lineOf(line, 0, line.length)
    }
  } finally {
    await handle.close()
    if (readBlocks.length < 4) readBlocks.push(buf)
  }
}

const READ_BYTES = 1 << 20
// Read buffers of finished reads, kept for the next (a reader stopped early gives its buffer back too).
const readBlocks: Buffer[] = []

/** The text of bytes `[start, end)` of `buf`, without a final `\r`. */
function lineOf(buf: Buffer, start: number, end: number): string {
  return buf.toString('utf8', start, end > start && buf[end - 1] === 13 ? end - 1 : end)
}

/**
 * A function giving `JSON.stringify(doc) + '\n'` for one document's successive outputs through the stages, its
 * tokens (most of a document, and the same array from stage to stage) serialised once instead of at every stage:
 * the same bytes, a quarter of the work on a `--keep-intermediate` run's five stage files.
 * @example const line = docLines(); for (const stage of stages) out.write(line(doc = applyStage(doc, stage)))
 */
export function docLines(): (doc: Doc) => string {
  let tokens: readonly Token[] | undefined
  let tokensJson = ''
  return (doc) => {
    if (doc.tokens.length < 64) return JSON.stringify(doc) + '\n'
    if (doc.tokens !== tokens) {
      tokens = doc.tokens
      tokensJson = JSON.stringify(tokens)
    }
    // The document with a stand-in where its tokens go (the key keeps its place), then the tokens' JSON put there.
    // The stand-in holds NUL characters, which no input text keeps, and as a key with its value it cannot occur
    // inside a JSON string, whose quotes are escaped.
    const json = JSON.stringify({...doc, tokens: TOKENS_STAND_IN})
    const at = json.indexOf(STAND_IN_JSON)
    return `${json.slice(0, at)}"tokens":${tokensJson}${json.slice(at + STAND_IN_JSON.length)}\n`
  }
}

const TOKENS_STAND_IN = '\u0000presswatch:tokens\u0000'
const STAND_IN_JSON = `"tokens":${JSON.stringify(TOKENS_STAND_IN)}`

