import {once} from 'node:events'
import {createReadStream, createWriteStream, type WriteStream} from 'node:fs'
import {copyFile, mkdir, readdir, readFile, rename, rm, stat} from 'node:fs/promises'
import {basename, dirname, extname, join, resolve, sep} from 'node:path'
import type {Writable} from 'node:stream'
import {finished} from 'node:stream/promises'
import {createDoc, type Doc} from './doc.ts'
import {readLines} from './docs-io.ts'
import {PipelineError} from './errors.ts'

/** A problem with one input: the file, the line (JSONL) and what is wrong. */
export interface Problem {
  readonly file: string
  readonly line?: number
  readonly id?: string
  /** `error`: the input (or line) was not read; `skipped`: left out on purpose (unknown extension); `warning`: read, but damaged. */
  readonly severity: 'error' | 'warning' | 'skipped'
  readonly reason: string
}

/** One item from the input reader: a raw doc ready for `ingest`, or a problem. */
export type InputItem = {readonly doc: Doc} | {readonly problem: Problem}

/** Input extensions and the format `ingest` reads them as. */
export const INPUT_FORMATS: Readonly<Record<string, 'article' | 'text' | 'html'>> = {
  '.jsonl': 'article', '.txt': 'text', '.html': 'html', '.htm': 'html',
}

/** Largest article text accepted, in characters; larger records are reported, not processed. */
export const MAX_ARTICLE_CHARS = 5_000_000

/** Expand files and folders (recursively, sorted) into the list of files to read. Missing paths throw `E_INPUT`. @example await listInputs(['data/samples', 'extra.jsonl']) // ['data/samples/a.txt', 'data/samples/b.html', 'extra.jsonl'] */
export async function listInputs(paths: readonly string[]): Promise<string[]> {
  const out: string[] = []
  for (const path of paths) {
    let info
    try {
      info = await stat(path)
    } catch (cause) {
      throw new PipelineError('E_INPUT', `Input \`${path}\` does not exist or cannot be read`, {cause})
    }
    if (info.isDirectory()) {
      const entries = (await readdir(path, {recursive: true, withFileTypes: true}))
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name))
        .sort()
      out.push(...entries)
    } else out.push(path)
  }
  return out
}

/**
 * Read articles from files and folders: `.jsonl` records, `.txt` text or page dumps, `.html` pages.
 * Yields raw docs for `ingest` (with `meta.format`, `meta.file`, `meta.line`) and problems; never throws on a bad input.
 * Duplicate ids are kept apart (`id~2`) and reported.
 * @example for await (const item of readInputs(['data/samples'])) if ('doc' in item) console.log(item.doc.id)
 */
export async function* readInputs(paths: readonly string[]): AsyncGenerator<InputItem> {
  const seen = new Map<string, number>()
  const unique = (id: string, file: string, line?: number): {id: string; problem?: Problem} => {
    const n = (seen.get(id) ?? 0) + 1
    seen.set(id, n)
    if (n === 1) return {id}
    const renamed = `${id}~${n}`
    return {id: renamed, problem: {file, ...(line ? {line} : {}), id, severity: 'warning', reason: `duplicate id \`${id}\`; kept apart as \`${renamed}\``}}
  }
  for (const file of await listInputs(paths)) {
    const ext = extname(file).toLowerCase()
    const format = INPUT_FORMATS[ext]
    if (!format) {
      yield {problem: {file, severity: 'skipped', reason: `unknown extension \`${ext || '(none)'}\`; expected .jsonl, .txt, .html or .htm`}}
      continue
    }
    if (format === 'article') {
      for await (const item of readJsonl(file)) {
        if ('problem' in item) {
          yield item
          continue
        }
        const {id, problem} = unique(item.doc.id, file, Number(item.doc.meta.line))
        if (problem) yield {problem}
        yield {doc: {...item.doc, id}}
      }
      continue
    }
    const decoded = await readText(file)
    if ('problem' in decoded) {
      yield decoded
      continue
    }
    if (decoded.text.length > MAX_ARTICLE_CHARS) {
      yield {problem: {file, severity: 'error', reason: `text has ${decoded.text.length} characters; the limit is ${MAX_ARTICLE_CHARS}`}}
      continue
    }
    for (const reason of decoded.warnings) yield {problem: {file, severity: 'warning', reason}}
    const {id, problem} = unique(basename(file, extname(file)), file)
    if (problem) yield {problem}
    yield {doc: createDoc(decoded.text, {format, file}, id)}
  }
}

/**
 * How many articles the inputs hold, for the progress bar's time left: lines of `.jsonl` files (counted as bytes
 * stream past, nothing parsed) and one per other readable file. Unreadable inputs count 0; they are reported later.
 */
export async function countArticles(paths: readonly string[]): Promise<number> {
  let total = 0
  const files: string[] = []
  for (const path of paths) files.push(...(await listInputs([path]).catch(() => [])))
  for (const file of files) {
    const format = INPUT_FORMATS[extname(file).toLowerCase()]
    if (!format) continue
    if (format !== 'article') {
      total++
      continue
    }
    try {
      for await (const chunk of createReadStream(file)) {
        for (let i = (chunk as Buffer).indexOf(10); i >= 0; i = (chunk as Buffer).indexOf(10, i + 1)) total++
      }
    } catch {
      continue
    }
  }
  return total
}

/** Decode a whole text file: BOMs (UTF-8, UTF-16), invalid UTF-8 (replaced, with a warning), binary files (refused). @example await readText('data/samples/note.txt') // {text: '…', warnings: []} or {problem: {reason: 'binary content, not text', …}} */
export async function readText(file: string): Promise<{text: string; warnings: string[]} | {problem: Problem}> {
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch (cause) {
    return {problem: {file, severity: 'error', reason: `cannot read: ${(cause as Error).message}`}}
  }
  return decodeBytes(bytes, file)
}

/** Decode bytes as text, naming what was wrong. Pure. @example decodeBytes(new TextEncoder().encode('Kim\r\nJong'), 'a.txt') // {text: 'Kim\nJong', warnings: []} */
export function decodeBytes(bytes: Uint8Array, file: string): {text: string; warnings: string[]} | {problem: Problem} {
  const warnings: string[] = []
  let text: string
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2))
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2))
  else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
    if (looksBinary(body)) return {problem: {file, severity: 'error', reason: 'binary content, not text'}}
    try {
      text = new TextDecoder('utf-8', {fatal: true}).decode(body)
    } catch {
      text = new TextDecoder('utf-8').decode(body)
      warnings.push('invalid UTF-8 bytes replaced with U+FFFD')
    }
  }
  // Windows and old Mac line endings become \n at the boundary, so every stage sees one kind of line break.
  if (text.includes('\r')) text = normaliseNewlines(text)
  if (text.includes('\u0000')) {
    warnings.push('NUL characters replaced with spaces')
    text = text.replaceAll('\u0000', ' ')
  }
  if (text.trim() === '') return {problem: {file, severity: 'error', reason: 'empty file (no text)'}}
  return {text, warnings}
}

/**
 * Write to a stream and, when its buffer is full, wait for it to drain, so a fast producer never holds a whole file
 * in the stream's buffer. Returns nothing to wait for when the stream took the text.
 */
export function writeChunk(stream: NodeJS.WritableStream, text: string | Uint8Array): Promise<void> | undefined {
  // A stream that failed (see `writeStreamed`) takes no more text and would never drain: its error is raised instead.
  const failed = (stream as Partial<Writable>).errored
  if (failed) throw failed
  return stream.write(text) ? undefined : once(stream, 'drain').then(() => undefined)
}

/**
 * Write lines (any pieces of text) to a stream through a `BlockWriter`: encoded as UTF-8 into reused blocks, never
 * joined into big strings or copied into a new buffer each (see `openBlockWriter`).
 */
export async function writeLinesTo(stream: NodeJS.WritableStream, lines: Iterable<string>): Promise<void> {
  const writer = openBlockWriter(stream)
  try {
    for (const line of lines) {
      const waiting = writer.write(line)
      if (waiting) await waiting
    }
  } finally {
    await writer.close()
  }
}

/** Text written to a stream in blocks (see `openBlockWriter`). */
export interface BlockWriter {
  /**
   * Add text. Returns a promise only when the text had to wait for a block (both being written): await it before
   * the next write.
   */
  write(text: string): Promise<void> | undefined
  /** Write what is left and wait until every block is written; rejects with the stream's error, if it had one. */
  close(): Promise<void>
}

/**
 * A writer that encodes text as UTF-8 into two reused blocks of 512 kB, used in turn so one fills while the other
 * is written, one stream write per block; the blocks are kept for the next writer. A block is filled again once its
 * write has called back, so the stream must be done with a chunk by then: a file stream is, a stream that passes
 * its chunks on (a `PassThrough`) is not. Joining pieces into big strings
 * and encoding each into a new buffer cost more than the writing: fresh memory is slow to touch (about 4 ms per MB
 * on the development machine), and a joined string holding one non-Latin-1 character is encoded ten times slower.
 * @example const w = openBlockWriter(stream); for (const doc of docs) await w.write(JSON.stringify(doc) + '\n'); await w.close()
 */
export function openBlockWriter(stream: NodeJS.WritableStream): BlockWriter {
  const blocks = [takeBlock(), takeBlock()]
  // The write of each block not yet done; a block is filled again only once its write is.
  const pending: (Promise<void> | undefined)[] = [undefined, undefined]
  let b = 0
  let used = 0
  const flush = async (): Promise<void> => {
    if (used === 0) return
    const written = writeBlock(stream, blocks[b]!.subarray(0, used))
    // Its failure is raised where it is awaited, not as an unhandled rejection while the other block is awaited.
    written.catch(() => undefined)
    pending[b] = written
    b ^= 1
    used = 0
    await pending[b]
  }
  const add = async (text: string): Promise<void> => {
    for (let at = 0; at < text.length;) {
      // A UTF-16 unit is at most 3 bytes of UTF-8: the slice that surely fits, never ending inside a surrogate pair.
      let end = Math.min(text.length, at + Math.floor((BLOCK_BYTES - used) / 3))
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--
      if (end <= at) {
        await flush()
        continue
      }
      used += blocks[b]!.write(at === 0 && end === text.length ? text : text.slice(at, end), used)
      at = end
    }
  }
  return {
    write(text) {
      // The common case, a piece that fits the block being filled, is done without a promise.
      if (text.length * 3 <= BLOCK_BYTES - used) {
        used += blocks[b]!.write(text, used)
        return undefined
      }
      return add(text)
    },
    async close() {
      try {
        await flush()
        await Promise.all(pending)
      } finally {
        // Blocks go back only once no write holds them; a failed write leaves them to the garbage collector.
        void Promise.all(pending).then(() => blocks.forEach(giveBlock), () => undefined)
      }
    },
  }
}

/** Content of a file: text, bytes, or text in pieces (a long table or JSONL file, written as it is made). */
export type FileContent = string | Uint8Array | Iterable<string>

/** Write a file's content to a stream: bytes as they are, text through `writeLinesTo` (reused blocks). */
export async function writeContentTo(stream: NodeJS.WritableStream, content: FileContent): Promise<void> {
  if (content instanceof Uint8Array) await writeChunk(stream, content)
  else await writeLinesTo(stream, typeof content === 'string' ? [content] : content)
}

const BLOCK_BYTES = 1 << 19
// Blocks of earlier writes, kept for the next: memory already touched is reused, not asked for again.
const freeBlocks: Buffer[] = []
const takeBlock = (): Buffer => freeBlocks.pop() ?? Buffer.allocUnsafe(BLOCK_BYTES)
const giveBlock = (block: Buffer): void => {
  if (freeBlocks.length < 8) freeBlocks.push(block)
}
const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff

/** Write bytes to a stream; resolves once they are written (the stream holds them until then), rejects on its error. */
function writeBlock(stream: NodeJS.WritableStream, bytes: Uint8Array): Promise<void> {
  const failed = (stream as Partial<Writable>).errored
  if (failed) return Promise.reject(failed)
  return new Promise((resolve, reject) => {
    stream.write(bytes, (error) => (error ? reject(error) : resolve()))
  })
}

/**
 * Write the file `path` through `write`, as a stream under a temporary name beside it that is renamed into place when
 * `write` resolves and removed when it throws: the path holds its old content or the whole new file, never a part.
 * A file-system error (a name too long, a full disk, a folder in the way) is raised as `E_OUTPUT` naming the file;
 * the stream's errors never go unhandled (`writeChunk` raises them on the next write).
 * @example await writeStreamed('out.jsonl', (stream) => writeLinesTo(stream, lines))
 */
export async function writeStreamed(path: string, write: (stream: NodeJS.WritableStream) => Promise<void>): Promise<void> {
  try {
    await mkdir(dirname(resolve(path)), {recursive: true})
  } catch (error) {
    throw outputError(error, path)
  }
  const tmp = `${path}.tmp-${process.pid}`
  const stream = createWriteStream(tmp)
  stream.on('error', () => undefined)
  try {
    await write(stream)
    stream.end()
    await finished(stream)
    await rename(tmp, path)
  } catch (error) {
    stream.destroy()
    await finished(stream).catch(() => undefined)
    // Best effort: when the file could not be made (its name too long, its folder gone) there is nothing to remove.
    await rm(tmp, {force: true}).catch(() => undefined)
    // Only an error of this file is an output error: one of an input read by `write` stays what it is.
    const own = error instanceof Error && 'path' in error && (error.path === tmp || error.path === path)
    throw own ? outputError(error, path) : error
  }
}

/** A file-system error on an output as an `E_OUTPUT` error naming the file (a message, not a stack); any other error as it is. */
function outputError(error: unknown, path: string): unknown {
  return error instanceof Error && 'syscall' in error ? new PipelineError('E_OUTPUT', `Cannot write ${path}: ${error.message}`, {cause: error}) : error
}

/**
 * A report folder being written: files go to a fresh sibling folder, which replaces `dir` only on `commit()`,
 * so a reader (or a run killed at any moment) sees the old complete set or the new complete set, never a mix.
 */
export interface ReportWriter {
  /** The staging folder (for streams). */
  readonly staging: string
  /** Write one file (text, bytes, or text in pieces, written as they come); `name` must be a plain relative path inside the folder. */
  write(name: string, content: FileContent): Promise<void>
  /** A write stream for a large file (intermediate JSONL). */
  stream(name: string): Promise<WriteStream>
  /** Move a file or folder of the current set into the new one, if it exists (e.g. files reused by `--from`). */
  carry(name: string): Promise<void>
  /** Swap the new set in place of the old one; a `README.md` of the old folder stays (no run writes one). */
  commit(): Promise<void>
  /** Drop the new set; the old one stays as it was, with the files carried from it moved back. */
  abort(): Promise<void>
}

/**
 * Put a report folder back in order after a run was killed: if the swap was cut between its two renames,
 * the previous complete set (`DIR.old-PID`) goes back in place; unfinished staging folders are removed.
 */
export async function recoverReports(dir: string): Promise<void> {
  const target = resolve(dir)
  const parent = dirname(target)
  const name = basename(target)
  let siblings: string[]
  try {
    siblings = await readdir(parent)
  } catch {
    return
  }
  for (const s of siblings.filter((s) => s.startsWith(`${name}.old-`) || s.startsWith(`${name}.new-`)).sort()) {
    const path = join(parent, s)
    if (s.startsWith(`${name}.old-`) && !(await exists(target))) await rename(path, target)
    else await rm(path, {recursive: true, force: true})
  }
}

const KEPT_IN_REPORTS = 'README.md'

/** Start writing a new report set for `dir` (after recovering from a run that was killed). */
export async function openReportWriter(dir: string): Promise<ReportWriter> {
  await recoverReports(dir)
  const target = resolve(dir)
  const staging = `${target}.new-${process.pid}`
  const old = `${target}.old-${process.pid}`
  await rm(staging, {recursive: true, force: true})
  await mkdir(staging, {recursive: true})
  const inside = (name: string): string => resolveInside(staging, name)
  // Files moved in from the current set, moved back if the new set is dropped: an aborted rerun loses nothing.
  const carried: string[] = []
  const writer: ReportWriter = {
    staging,
    async write(name, content) {
      const stream = await writer.stream(name)
      try {
        await writeContentTo(stream, content)
      } finally {
        // Closed whether or not the content could be made: a failure is the run's to raise, after the file is shut.
        stream.end()
        await finished(stream).catch(() => undefined)
      }
      if (stream.errored) throw stream.errored
    },
    async stream(name) {
      const path = inside(name)
      await mkdir(dirname(path), {recursive: true})
      const stream = createWriteStream(path)
      // Its errors reach the writer through the callbacks of its writes (see `writeBlock`), or when it is awaited
      // to close; never as an unhandled 'error' event that ends the process.
      stream.on('error', () => undefined)
      return stream
    },
    async carry(name) {
      const from = resolve(target, name)
      const to = inside(name)
      if (!(await exists(from)) || (await exists(to))) return
      await mkdir(dirname(to), {recursive: true})
      await rename(from, to)
      carried.push(name)
    },
    async commit() {
      // A README.md kept in the folder (the repository's reports/ has one) is the analyst's, never a report: it stays,
      // copied, so a run killed before the swap leaves it where it was.
      const readme = resolve(target, KEPT_IN_REPORTS)
      if ((await exists(readme)) && !(await exists(inside(KEPT_IN_REPORTS)))) await copyFile(readme, inside(KEPT_IN_REPORTS))
      const hadOld = await exists(target)
      if (hadOld) await rename(target, old)
      await rename(staging, target)
      if (hadOld) await rm(old, {recursive: true, force: true})
    },
    async abort() {
      for (const name of carried.reverse()) {
        const from = inside(name)
        const to = resolve(target, name)
        if (!(await exists(from)) || (await exists(to))) continue
        await mkdir(dirname(to), {recursive: true})
        await rename(from, to)
      }
      await rm(staging, {recursive: true, force: true})
    },
  }
  return writer
}

/** Write a set of report files into `dir` atomically (see `openReportWriter`). @example await writeReports('reports/out', new Map([['entities.csv', 'id,name\n']])) // all files appear together, or none */
export async function writeReports(dir: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  const writer = await openReportWriter(dir)
  try {
    for (const [name, content] of files) await writer.write(name, content)
    await writer.commit()
  } catch (error) {
    await writer.abort()
    throw error
  }
}

/** One line for stderr: `file:line (id): severity: reason`. */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}${p.id ? ` (${p.id})` : ''}: ${p.severity}: ${p.reason}\n`
}

/** The error `--strict` stops with at a problem of severity `error`. */
export function strictError(p: Problem): PipelineError {
  return new PipelineError('E_INPUT', `${p.file}${p.line ? `:${p.line}` : ''}: ${p.reason} (stopped by --strict)`)
}

/** The warnings a stage left on an extracted article, as problems of that article. */
export function warningsOf(record: {readonly id: string; readonly file?: string; readonly messages: readonly {level: string; reason: string; rule: string}[]}): Problem[] {
  return record.messages.filter((m) => m.level === 'warning').map((m) => ({file: record.file ?? '', id: record.id, severity: 'warning', reason: `${m.reason} [${m.rule}]`}))
}

/** `\r\n` and a lone `\r` as `\n`: every text is read with one kind of line break. @example normaliseNewlines('a\r\nb\rc') // 'a\nb\nc' */
export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}

/** `name` resolved inside `root`; throws `E_INPUT` when it would lead outside (no input can make a run write elsewhere). */
export function resolveInside(root: string, name: string): string {
  const base = resolve(root)
  const path = resolve(base, name)
  if (!path.startsWith(base + sep)) throw new PipelineError('E_INPUT', `Report name \`${name}\` would write outside --out`)
  return path
}

// --- internal ---

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++
  }
  return n > 0 && control / n > 0.1
}

async function* readJsonl(file: string): AsyncGenerator<InputItem> {
  // Read through the byte-searching line reader, several times faster than readline on long lines. Lines end at
  // \n, \r\n or a lone \r, as readline ends them (files with old Mac line endings are read record by record).
  let n = 0
  let any = false
  try {
    for await (const read of readLines(file)) {
      for (const raw of read.includes('\r') ? read.split('\r') : [read]) {
        n++
        const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw
        if (line.trim() === '') continue
        any = true
        yield parseRecord(line, file, n)
      }
    }
  } catch (cause) {
    yield {problem: {file, line: n + 1, severity: 'error', reason: `cannot read: ${(cause as Error).message}`}}
  }
  if (!any) yield {problem: {file, severity: 'error', reason: 'empty file (no records)'}}
}

/** Parse one JSONL record into a raw article doc, or a problem naming the line. @example parseRecord('{"id": "a1", "text": "Kim Jong Un spoke."}', 'news.jsonl', 1) // {doc: {id: 'a1', meta: {format: 'article', …}, …}} */
export function parseRecord(line: string, file: string, n: number): InputItem {
  const problem = (reason: string): InputItem => ({problem: {file, line: n, severity: 'error', reason}})
  let record: unknown
  try {
    record = JSON.parse(line)
  } catch (cause) {
    return problem(`not JSON (${(cause as Error).message})`)
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return problem('not a JSON object')
  const r = record as Record<string, unknown>
  if (typeof r.text !== 'string') return problem(r.text === undefined ? 'no `text` field' : '`text` is not a string')
  if (r.text.trim() === '') return problem('`text` is empty')
  if (r.text.length > MAX_ARTICLE_CHARS) return problem(`\`text\` has ${r.text.length} characters; the limit is ${MAX_ARTICLE_CHARS}`)
  const id = typeof r.id === 'string' && r.id.trim() ? r.id.trim() : typeof r.id === 'number' ? String(r.id) : `${basename(file, extname(file))}-${n}`
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined)
  const meta: Record<string, string> = {format: 'article', file, line: String(n)}
  const headline = str(r.title) ?? str(r.headline)
  const published = str(r.published) ?? str(r.date)
  const source = str(r.source)
  const url = str(r.url)
  if (headline) meta.headline = headline
  if (published) meta.published = published
  if (source) meta.source = source
  if (url) meta.url = url
  return {doc: createDoc(normaliseNewlines(r.text.replaceAll('\u0000', ' ')), meta, id)}
}
