import {createHash} from 'node:crypto'
import {readdir, readFile} from 'node:fs/promises'
import {join, relative} from 'node:path'
import type {Doc} from './doc.ts'
import {readLines} from './docs-io.ts'
import type {Extracted} from './extracted.ts'

/** Source folders whose content defines the pipeline's version: any change in code or lexicons invalidates the cache. */
const VERSIONED = ['pipeline', 'stages', 'data/lexicons']
const ROOT = join(import.meta.dirname, '..')

/** Hash of every source and lexicon file of the pipeline (and the lockfile): the cache's version key. */
export async function pipelineVersion(root = ROOT): Promise<string> {
  const hash = createHash('sha256')
  const files: string[] = []
  for (const dir of VERSIONED) {
    try {
      for (const e of await readdir(join(root, dir), {recursive: true, withFileTypes: true})) {
        if (e.isFile() && /\.(ts|json|js|mjs)$/.test(e.name)) files.push(join(e.parentPath, e.name))
      }
    } catch {
      // A folder that does not exist adds nothing to the version.
      continue
    }
  }
  files.push(join(root, 'package-lock.json'))
  for (const file of files.sort()) {
    hash.update(relative(root, file)).update('\u0000')
    try {
      hash.update(await readFile(file))
    } catch {
      hash.update('(absent)')
    }
  }
  return hash.digest('hex').slice(0, 16)
}

/**
 * The cache key of a raw input doc: its id, text and metadata, not where it was read from (file and line), so an
 * article moved to another file is still found; the caller sets the record's `file` anew.
 */
export function cacheKey(doc: Doc): string {
  const {line: _line, file: _file, ...meta} = doc.meta
  return createHash('sha256').update(doc.id).update('\u0000').update(JSON.stringify(meta)).update('\u0000').update(doc.text).digest('base64url').slice(0, 24)
}

/** Extracted records of an earlier run, by cache key, for one pipeline version. */
export interface ExtractCache {
  readonly version: string
  get(key: string): Extracted | undefined
  /** Keys and records to write back (what this run used). */
  readonly used: Map<string, Extracted>
  readonly hits: number
}

/** Load `file` if it was written by the same pipeline version; otherwise start empty. Never throws on a damaged cache. */
export async function loadCache(file: string, version: string): Promise<ExtractCache> {
  const entries = new Map<string, Extracted>()
  try {
    let first = true
    for await (const line of readLines(file)) {
      if (first) {
        first = false
        if ((JSON.parse(line) as {version?: string}).version !== version) break
        continue
      }
      const {key, record} = JSON.parse(line) as {key: string; record: Extracted}
      entries.set(key, record)
    }
  } catch {
    // No cache yet, or a damaged one: everything is extracted afresh.
    entries.clear()
  }
  const used = new Map<string, Extracted>()
  let hits = 0
  return {
    version,
    used,
    get hits() {
      return hits
    },
    get(key) {
      const r = entries.get(key)
      if (r) {
        hits++
        // The record moves to `used` (by the caller); dropping it here keeps one copy in memory, not two.
        entries.delete(key)
      }
      return r
    },
  }
}

/** Serialise the cache lines (header, then one record per line). */
export function* cacheLines(cache: ExtractCache): Generator<string> {
  yield JSON.stringify({version: cache.version}) + '\n'
  for (const [key, record] of cache.used) yield JSON.stringify({key, record}) + '\n'
}
