import type {Extracted} from '../../pipeline/extracted.ts'
import {entityId, type EntityType} from '../resolve/find.ts'

/** Co-occurrence windows: the same article, or the same sentence. */
export type Window = 'article' | 'sentence'

/** Options of the `cooccur` stage. */
export interface CooccurOptions {
  readonly types: readonly EntityType[]
}

/** Counts for one unordered pair of entities (`a` < `b`) in one window. */
export interface PairRecord {
  readonly a: string
  readonly b: string
  readonly window: Window
  /** Articles (article window) or sentences (sentence window) naming both. */
  count: number
  /** Distinct articles naming both in this window. */
  articles: number
  first: string
  last: string
  /** Counts per publication month (`YYYY-MM`). */
  readonly months: Record<string, number>
}

/**
 * Everything co-occurrence needs, as plain sums, so the tallies of two halves of a corpus add up to the
 * tally of the whole (`mergeTallies`). Association scores are computed from it at the end (`toPairRows`).
 */
export interface CooccurTally {
  articles: number
  sentences: number
  /** Articles naming each entity. */
  readonly articleFreq: Record<string, number>
  /** Sentences naming each entity. */
  readonly sentenceFreq: Record<string, number>
  readonly pairs: Record<string, PairRecord>
}

/** An empty tally. */
export const emptyTally = (): CooccurTally => ({articles: 0, sentences: 0, articleFreq: {}, sentenceFreq: {}, pairs: {}})

/** Count co-occurring entities over articles. Pure: returns a new tally. */
export function countCooccurrences(records: Iterable<Extracted>, options: CooccurOptions = {types: ['PERSON', 'ORG']}): CooccurTally {
  const tally = emptyTally()
  for (const x of records) addArticle(tally, x, options)
  return tally
}

/** Add the two tallies of disjoint parts of a corpus. Pure. */
export function mergeTallies(a: CooccurTally, b: CooccurTally): CooccurTally {
  const out = emptyTally()
  out.articles = a.articles + b.articles
  out.sentences = a.sentences + b.sentences
  for (const t of [a, b]) {
    for (const [k, v] of Object.entries(t.articleFreq)) out.articleFreq[k] = (out.articleFreq[k] ?? 0) + v
    for (const [k, v] of Object.entries(t.sentenceFreq)) out.sentenceFreq[k] = (out.sentenceFreq[k] ?? 0) + v
    for (const [k, p] of Object.entries(t.pairs)) {
      const o = out.pairs[k]
      if (!o) {
        out.pairs[k] = {...p, months: {...p.months}}
        continue
      }
      o.count += p.count
      o.articles += p.articles
      if (p.first && (!o.first || p.first < o.first)) o.first = p.first
      if (p.last > o.last) o.last = p.last
      for (const [m, c] of Object.entries(p.months)) o.months[m] = (o.months[m] ?? 0) + c
    }
  }
  return out
}

// --- internal ---

function addArticle(tally: CooccurTally, x: Extracted, options: CooccurOptions): void {
  const types = new Set<string>(options.types)
  const date = x.published ?? ''
  const month = date.slice(0, 7)
  const inArticle = new Set<string>()
  const bySentence = new Map<number, Set<string>>()
  for (const m of x.mentions) {
    if (!types.has(m.label)) continue
    const id = entityId(m.label as EntityType, m.value)
    inArticle.add(id)
    let s = bySentence.get(m.sentence)
    if (!s) bySentence.set(m.sentence, (s = new Set()))
    s.add(id)
  }
  tally.articles++
  tally.sentences += x.sentences.length
  for (const id of inArticle) tally.articleFreq[id] = (tally.articleFreq[id] ?? 0) + 1
  const sentencePairs = new Set<string>()
  for (const ids of bySentence.values()) {
    for (const id of ids) tally.sentenceFreq[id] = (tally.sentenceFreq[id] ?? 0) + 1
    forPairs(ids, (a, b) => {
      const key = `${a}\u0000${b}\u0000sentence`
      bump(tally, key, a, b, 'sentence', date, month, !sentencePairs.has(key))
      sentencePairs.add(key)
    })
  }
  forPairs(inArticle, (a, b) => bump(tally, `${a}\u0000${b}\u0000article`, a, b, 'article', date, month, true))
}

function forPairs(ids: Set<string>, visit: (a: string, b: string) => void): void {
  const sorted = [...ids].sort()
  for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) visit(sorted[i]!, sorted[j]!)
}

function bump(tally: CooccurTally, key: string, a: string, b: string, window: Window, date: string, month: string, newArticle: boolean): void {
  let p = tally.pairs[key]
  if (!p) p = tally.pairs[key] = {a, b, window, count: 0, articles: 0, first: date, last: date, months: {}}
  p.count++
  if (newArticle) p.articles++
  if (date && (!p.first || date < p.first)) p.first = date
  if (date > p.last) p.last = date
  if (month) p.months[month] = (p.months[month] ?? 0) + 1
}
