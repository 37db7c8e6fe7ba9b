import type {Extracted} from '../../pipeline/extracted.ts'
import {pushTo} from '../tokenise/shared.ts'
import {bandKeys, minhash, similarity, type MinhashOptions} from './minhash.ts'

/** Options of the `duplicates` stage. */
export interface DuplicateOptions extends MinhashOptions {
  /** Estimated Jaccard similarity at or above which two articles are copies of one story. */
  readonly threshold: number
  /** Copies are printed within this many days of each other (undated articles are not held to it). */
  readonly maxDays: number
  /** Members of one LSH bucket each new article is checked against (bounds the work on boilerplate). */
  readonly bucketChecks: number
}

/** Defaults: 64 hashes in 16 bands of 4 (candidates from about 0.5 similarity), copies from 0.7 within a week. */
export const DUPLICATE_DEFAULTS: DuplicateOptions = {shingle: 5, hashes: 64, bands: 16, minWords: 20, threshold: 0.7, maxDays: 7, bucketChecks: 8}

/** What is kept of one article for duplicate detection. */
export interface SignatureRecord {
  readonly date: string
  readonly source: string
  readonly headline: string
  readonly sig: readonly number[]
}

/** Signatures by article id: mergeable by union (`mergeDuplicateIndexes`); groups are found at the end. */
export type DuplicateIndex = Record<string, SignatureRecord>

/** One group of copies: the canonical article (earliest date, then smallest id) first. */
export interface DuplicateGroup {
  readonly canonical: string
  readonly members: readonly {readonly id: string; readonly date: string; readonly source: string; readonly headline: string; readonly similarity: number}[]
}

/** MinHash signatures of the articles' bodies. Pure; linear in the text. @example Object.keys(indexDuplicates(records)) // ids of the articles long enough to compare */
export function indexDuplicates(records: Iterable<Extracted>, options: DuplicateOptions = DUPLICATE_DEFAULTS): DuplicateIndex {
  const index: DuplicateIndex = {}
  for (const x of records) {
    const sig = minhash(x.text.slice(x.bodyStart), options)
    if (sig) index[x.id] = {date: x.published ?? '', source: x.source ?? '', headline: x.headline ?? '', sig}
  }
  return index
}

/** Union of the indexes of two disjoint parts of a corpus. Pure. @example findDuplicateGroups(mergeDuplicateIndexes(indexDuplicates(partA), indexDuplicates(partB))) */
export function mergeDuplicateIndexes(a: DuplicateIndex, b: DuplicateIndex): DuplicateIndex {
  return {...a, ...b}
}

/**
 * Groups of near-duplicate articles by LSH banding (no all-pairs comparison): articles sharing a band are checked
 * against up to `bucketChecks` earlier members of the bucket; pairs above `threshold` and within `maxDays` are
 * joined (union-find). Deterministic: articles are visited by (date, id). Groups sorted by canonical date and id.
 * @example findDuplicateGroups(indexDuplicates(records), {...DUPLICATE_DEFAULTS, threshold: 0.9}) // [{canonical: 'a1', members: […]}, …]
 */
export function findDuplicateGroups(index: DuplicateIndex, options: DuplicateOptions = DUPLICATE_DEFAULTS): DuplicateGroup[] {
  const ids = Object.keys(index).sort((a, b) => byDateId(index, a, b))
  const parent = new Map<string, string>()
  const find = (id: string): string => {
    let root = id
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!
    parent.set(id, root)
    return root
  }
  const buckets = (Array.from({length: options.bands}, () => new Map<number, string[]>()))
  for (const id of ids) {
    const r = index[id]!
    const checked = new Set<string>()
    for (const [band, key] of bandKeys(r.sig, options.bands).entries()) {
      const members = buckets[band]!.get(key)
      if (!members) {
        buckets[band]!.set(key, [id])
        continue
      }
      for (const other of members) {
        if (checked.has(other) || find(other) === find(id)) continue
        checked.add(other)
        const o = index[other]!
        if (similarity(o.sig, r.sig) < options.threshold || days(o.date, r.date) > options.maxDays) continue
        const [x, y] = [find(other), find(id)]
        if (byDateId(index, x, y) <= 0) parent.set(y, x)
        else parent.set(x, y)
      }
      if (members.length < options.bucketChecks) members.push(id)
    }
  }
  const groups = new Map<string, string[]>()
  for (const id of ids) pushTo(groups, find(id), id)
  return [...groups]
    .filter(([, members]) => members.length > 1)
    .map(([canonical, members]): DuplicateGroup => ({
      canonical,
      members: members.map((id) => ({id, date: index[id]!.date, source: index[id]!.source, headline: index[id]!.headline, similarity: round(similarity(index[canonical]!.sig, index[id]!.sig))})),
    }))
    .sort((a, b) => byDateId(index, a.canonical, b.canonical))
}

/** Article ids that are copies (every member of a group but its canonical article). @example copiesOf(findDuplicateGroups(indexDuplicates(records))) // Set {'a2', 'a7'} */
export function copiesOf(groups: readonly DuplicateGroup[]): Set<string> {
  return new Set(groups.flatMap((g) => g.members.filter((m) => m.id !== g.canonical).map((m) => m.id)))
}

// --- internal ---

function byDateId(index: DuplicateIndex, a: string, b: string): number {
  const da = index[a]!.date || '\uffff'
  const db = index[b]!.date || '\uffff'
  return da < db ? -1 : da > db ? 1 : a < b ? -1 : a > b ? 1 : 0
}

function days(a: string, b: string): number {
  const d = Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000
  return Number.isNaN(d) ? 0 : d
}

const round = (x: number): number => Math.round(x * 1000) / 1000
