import type {Evidence} from '../resolve/index.ts'
import {pairsOf, type CooccurTally, type PairRecord, type Window} from './find.ts'

/** A co-occurrence row with its association scores. */
export interface PairRow {
  readonly a: string
  readonly b: string
  readonly window: Window
  readonly count: number
  readonly articles: number
  readonly first: string
  readonly last: string
  /** Pointwise mutual information, log2 p(a,b) / (p(a) p(b)). */
  readonly pmi: number
  /** PMI normalised to [-1, 1] by -log2 p(a,b): 1 when the two always appear together. */
  readonly npmi: number
  readonly months: Readonly<Record<string, number>>
  /** Typed relations as `relation:subject-side` → sentences (see `PairRecord.relations`). */
  readonly relations: Readonly<Record<string, number>>
  readonly evidence: Evidence | undefined
}

/** Filters for the pair table. */
export interface PairFilter {
  readonly window?: Window
  readonly from?: string
  readonly to?: string
  /** Entity id prefixes to keep on both sides (`person`, `org`). */
  readonly types?: readonly string[]
  readonly minCount?: number
  /** Keep at most this many pairs per entity, by NPMI then count. */
  readonly topK?: number
}

/**
 * Score every pair: PMI and NPMI over the window's units (articles or sentences), so that a pair of rare
 * entities that always appear together outranks two frequent ones that meet by chance. Pure.
 * Rows are sorted by count (descending), then a, then b, then window. With `minCount`, only pairs counted at least
 * that often (the rows of `filterPairs(toPairRows(tally), {minCount})`, made without scoring the others).
 * @example toPairRows(countCooccurrences(records), 2)[0] // {a: 'person:…', b: 'person:…', window: 'sentence', count: 9, npmi: 0.41, …}
 */
export function toPairRows(tally: CooccurTally, minCount = 1): PairRow[] {
  const rows: PairRow[] = []
  for (const p of pairsOf(tally, minCount)) rows.push(scorePair(tally, p))
  return rows.sort((x, y) => y.count - x.count || cmp(x.a, y.a) || cmp(x.b, y.b) || cmp(x.window, y.window))
}

/** Apply date range (on the pair's months), type, minimum count and top-k filters. Pure. @example filterPairs(toPairRows(tally), {window: 'sentence', minCount: 2, from: '2021-01', topK: 10}) */
export function filterPairs(rows: readonly PairRow[], filter: PairFilter): PairRow[] {
  const from = filter.from?.slice(0, 7)
  const to = filter.to?.slice(0, 7)
  let out = rows.filter((r) => {
    if (filter.window && r.window !== filter.window) return false
    if (filter.types && !(filter.types.includes(r.a.split(':')[0]!) && filter.types.includes(r.b.split(':')[0]!))) return false
    if (from && r.last.slice(0, 7) < from) return false
    if (to && r.first.slice(0, 7) > to) return false
    return true
  })
  if (from || to) {
    out = out.map((r) => {
      const months = Object.fromEntries(Object.entries(r.months).filter(([m]) => (!from || m >= from) && (!to || m <= to)))
      return {...r, months, count: Object.values(months).reduce((s, c) => s + c, 0)}
    })
  }
  out = out.filter((r) => r.count >= (filter.minCount ?? 1))
  if (filter.topK !== undefined) {
    const k = filter.topK
    const kept = new Map<string, number>()
    const ranked = [...out].sort((x, y) => y.npmi - x.npmi || y.count - x.count || cmp(x.a, y.a) || cmp(x.b, y.b))
    const keep = new Set<PairRow>()
    for (const r of ranked) {
      const na = kept.get(r.a) ?? 0
      const nb = kept.get(r.b) ?? 0
      if (na < k || nb < k) {
        keep.add(r)
        kept.set(r.a, na + 1)
        kept.set(r.b, nb + 1)
      }
    }
    out = out.filter((r) => keep.has(r))
  }
  return out
}

/** A time-bucketed count of one pair: per month (`YYYY-MM`) or per year (`YYYY`). */
export interface BucketRow {
  readonly a: string
  readonly b: string
  readonly window: Window
  readonly period: 'month' | 'year'
  readonly bucket: string
  readonly count: number
}

/** Per-month and per-year counts of the `top` pairs of each window (by count, then a, then b). Pure. @example toBucketRows(toPairRows(tally), 20) // [{a, b, window: 'article', period: 'year', bucket: '2021', count: 3}, …] */
export function toBucketRows(rows: readonly PairRow[], top = 100): BucketRow[] {
  const out: BucketRow[] = []
  for (const window of ['article', 'sentence'] as const) {
    for (const r of rows.filter((p) => p.window === window).slice(0, top)) {
      const years: Record<string, number> = {}
      for (const [m, c] of Object.entries(r.months)) years[m.slice(0, 4)] = (years[m.slice(0, 4)] ?? 0) + c
      for (const [period, counts] of [['year', years], ['month', r.months]] as const) {
        for (const bucket of Object.keys(counts).sort()) out.push({a: r.a, b: r.b, window, period, bucket, count: counts[bucket]!})
      }
    }
  }
  return out
}

/** The most frequent typed relation of a pair (alphabetical on a tie) and the id of its subject, or undefined. @example mainRelation(toPairRows(tally)[0]) // {relation: 'met', subject: ''} or undefined */
export function mainRelation(r: PairRow): {relation: string; subject: string} | undefined {
  let best = ''
  let n = 0
  for (const [k, c] of Object.entries(r.relations)) if (c > n || (c === n && k < best)) [best, n] = [k, c]
  if (!best) return undefined
  const [relation, side] = best.split(':') as [string, string]
  return {relation, subject: side === 'a' ? r.a : side === 'b' ? r.b : ''}
}

// --- internal ---

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function scorePair(tally: CooccurTally, p: PairRecord): PairRow {
  const n = p.window === 'article' ? tally.articles : tally.sentences
  const freq = p.window === 'article' ? tally.articleFreq : tally.sentenceFreq
  const pab = p.count / n
  const pa = (freq[p.a] ?? p.count) / n
  const pb = (freq[p.b] ?? p.count) / n
  const pmi = Math.log2(pab / (pa * pb))
  const npmi = pab >= 1 ? 1 : pmi / -Math.log2(pab)
  return {a: p.a, b: p.b, window: p.window, count: p.count, articles: p.articles, first: p.first, last: p.last, pmi: round(pmi), npmi: round(npmi), months: p.months, relations: p.relations, evidence: p.evidence}
}

const round = (x: number): number => Math.round(x * 10000) / 10000
