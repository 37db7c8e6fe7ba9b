import type {Label} from '../../pipeline/doc.ts'
import type {Extracted} from '../../pipeline/extracted.ts'
import {earlierEvidence, evidenceOf, resolveArticles, type Evidence, type ResolvedArticle} from '../resolve/index.ts'
import {normaliseTitle} from '../timeline/normalize.ts'
import {findRelation} from './relation.ts'

/** Co-occurrence windows: the same article, or the same sentence. */
export type Window = 'article' | 'sentence'

/** Options of the `cooccur` stage. */
export interface CooccurOptions {
  /** Labels that take part; TITLE (`title:<normalised>`) and DATE (`date:<iso>`) are optional. */
  readonly types: readonly Label[]
  /** Article ids left out (syndicated copies, see `duplicates`); empty to count every copy. */
  readonly skip?: ReadonlySet<string>
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
  /** Typed relations (sentence window) as `relation:subject` (`a`, `b` or '' when symmetric) → sentences. */
  readonly relations: Record<string, number>
  /** The earliest occurrence: article, date, sentence offsets (whole article: -1) and rule. */
  evidence: Evidence | undefined
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

/** One typed relation in one sentence: an edge with its evidence (for the evidence table). */
export interface RelationFact {
  readonly a: string
  readonly b: string
  readonly relation: string
  readonly subject: string
  readonly evidence: Evidence
}

const DEFAULT_TYPES: readonly Label[] = ['PERSON', 'ORG']

/** An empty tally. */
export const emptyTally = (): CooccurTally => ({articles: 0, sentences: 0, articleFreq: {}, sentenceFreq: {}, pairs: {}})

/** Count co-occurring entities over articles (resolving each first). Pure: returns a new tally. */
export function countCooccurrences(records: Iterable<Extracted>, options: CooccurOptions = {types: DEFAULT_TYPES}): CooccurTally {
  return tallyCooccurrences(resolveArticles(records), options)
}

/** Count co-occurring entities over resolved articles. Pure; linear in articles (quadratic only within a sentence or article). */
export function tallyCooccurrences(articles: Iterable<ResolvedArticle>, options: CooccurOptions = {types: DEFAULT_TYPES}): CooccurTally {
  const tally = emptyTally()
  const types = new Set<string>(options.types)
  // A Map while counting (a plain object with 10⁵ keys is slow to grow); the tally keeps the plain, mergeable form.
  const pairs = new Map<string, PairRecord>()
  for (const article of articles) {
    if (options.skip?.has(article.record.id)) continue
    addArticle(tally, pairs, article, types)
  }
  return {...tally, pairs: Object.fromEntries(pairs)}
}

/** Add the two tallies of disjoint parts of a corpus. Pure. */
export function mergeTallies(a: CooccurTally, b: CooccurTally): CooccurTally {
  const out = emptyTally()
  out.articles = a.articles + b.articles
  out.sentences = a.sentences + b.sentences
  for (const t of [a, b]) {
    addCounts(out.articleFreq, t.articleFreq)
    addCounts(out.sentenceFreq, t.sentenceFreq)
    for (const [k, p] of Object.entries(t.pairs)) {
      const o = out.pairs[k]
      if (!o) {
        out.pairs[k] = {...p, months: {...p.months}, relations: {...p.relations}}
        continue
      }
      o.count += p.count
      o.articles += p.articles
      if (p.first && (!o.first || p.first < o.first)) o.first = p.first
      if (p.last > o.last) o.last = p.last
      addCounts(o.months, p.months)
      addCounts(o.relations, p.relations)
      if (p.evidence) o.evidence = earlierEvidence(o.evidence, p.evidence)
    }
  }
  return out
}

/** The entity id of every mention of an article that takes part in co-occurrence ('' otherwise). Pure. */
export function cooccurrenceIds(article: ResolvedArticle, types: ReadonlySet<string>): string[] {
  return article.record.mentions.map((m, i) => {
    if (!types.has(m.label)) return ''
    if (m.label === 'TITLE') return `title:${normaliseTitle(m.value)}`
    if (m.label === 'DATE') return m.value ? `date:${m.value}` : ''
    return article.entities[i] ?? ''
  })
}

/** The typed relations of one article's sentences (each pair once per sentence). Pure. */
export function findRelationFacts(article: ResolvedArticle, types: ReadonlySet<string> = new Set(DEFAULT_TYPES)): RelationFact[] {
  const facts: RelationFact[] = []
  forSentencePairs(article, cooccurrenceIds(article, types), (a, b, sentence, relation) => {
    if (relation) facts.push({a, b, relation: relation.relation, subject: relation.subject, evidence: evidenceOf(article.record, sentence, `cooccur:relation-${relation.relation}`)})
  })
  return facts
}

// --- internal ---

interface FoundRelation {
  readonly relation: string
  /** Entity id of the subject, or ''. */
  readonly subject: string
}

function addArticle(tally: CooccurTally, pairs: Map<string, PairRecord>, article: ResolvedArticle, types: ReadonlySet<string>): void {
  const x = article.record
  const date = x.published ?? ''
  const month = date.slice(0, 7)
  const ids = cooccurrenceIds(article, types)
  const inArticle = new Set(ids.filter(Boolean))
  tally.articles++
  tally.sentences += x.sentences.length
  for (const id of inArticle) tally.articleFreq[id] = (tally.articleFreq[id] ?? 0) + 1
  const bySentence = new Map<number, Set<string>>()
  x.mentions.forEach((m, i) => {
    if (!ids[i]) return
    let s = bySentence.get(m.sentence)
    if (!s) bySentence.set(m.sentence, (s = new Set()))
    s.add(ids[i])
  })
  for (const s of bySentence.values()) for (const id of s) tally.sentenceFreq[id] = (tally.sentenceFreq[id] ?? 0) + 1
  const sentencePairs = new Set<string>()
  forSentencePairs(article, ids, (a, b, sentence, relation) => {
    const key = `${a}\u0000${b}\u0000sentence`
    const rule = relation ? `cooccur:relation-${relation.relation}` : 'cooccur:sentence'
    const p = bump(pairs, key, a, b, 'sentence', date, month, !sentencePairs.has(key), evidenceOf(x, sentence, rule))
    sentencePairs.add(key)
    if (relation) {
      const side = relation.subject === a ? 'a' : relation.subject === b ? 'b' : ''
      const k = `${relation.relation}:${side}`
      p.relations[k] = (p.relations[k] ?? 0) + 1
    }
  })
  const sorted = [...inArticle].sort()
  const whole: Evidence = {article: x.id, date, start: -1, end: -1, rule: 'cooccur:article'}
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) bump(pairs, `${sorted[i]}\u0000${sorted[j]}\u0000article`, sorted[i]!, sorted[j]!, 'article', date, month, true, whole)
  }
}

/** Visit each pair of distinct entities of each sentence once, with the relation between their first mentions. */
function forSentencePairs(article: ResolvedArticle, ids: readonly string[], visit: (a: string, b: string, sentence: number, relation: FoundRelation | undefined) => void): void {
  const x = article.record
  const firstMention = new Map<number, Map<string, number>>()
  x.mentions.forEach((m, i) => {
    const id = ids[i]
    if (!id) return
    let s = firstMention.get(m.sentence)
    if (!s) firstMention.set(m.sentence, (s = new Map()))
    const j = s.get(id)
    if (j === undefined || x.mentions[j]!.start > m.start) s.set(id, i)
  })
  for (const [sentence, entities] of [...firstMention].sort((p, q) => p[0] - q[0])) {
    const range = x.sentences[sentence]
    const text = range ? x.text.slice(range[0], range[1]) : ''
    const list = [...entities].sort((p, q) => (p[0] < q[0] ? -1 : 1))
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, ma] = list[i]!
        const [b, mb] = list[j]!
        const [early, late] = x.mentions[ma]!.start <= x.mentions[mb]!.start ? [ma, mb] : [mb, ma]
        const found = findRelation(x.text.slice(x.mentions[early]!.end, x.mentions[late]!.start), text)
        const subjectIndex = found?.subject === 'earlier' ? early : found?.subject === 'later' ? late : -1
        const subject = subjectIndex === ma ? a : subjectIndex === mb ? b : ''
        visit(a, b, sentence, found ? {relation: found.relation, subject} : undefined)
      }
    }
  }
}

function bump(pairs: Map<string, PairRecord>, key: string, a: string, b: string, window: Window, date: string, month: string, newArticle: boolean, evidence: Evidence): PairRecord {
  let p = pairs.get(key)
  if (!p) pairs.set(key, (p = {a, b, window, count: 0, articles: 0, first: date, last: date, months: {}, relations: {}, evidence: undefined}))
  p.count++
  if (newArticle) p.articles++
  if (date && (!p.first || date < p.first)) p.first = date
  if (date > p.last) p.last = date
  if (month) p.months[month] = (p.months[month] ?? 0) + 1
  p.evidence = earlierEvidence(p.evidence, evidence)
  return p
}

function addCounts(into: Record<string, number>, from: Readonly<Record<string, number>>): void {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v
}
