import type {Label} from '../../pipeline/doc.ts'
import type {Extracted} from '../../pipeline/extracted.ts'
import {addCounts, earlierEvidence, evidenceOf, isEarlier, resolveArticles, type Evidence, type ResolvedArticle} from '../resolve/index.ts'
import {normaliseTitle} from '../timeline/normalize.ts'
import {CUE_WORDS_RE, MAX_RELATION_GAP, RELATION_CUES, relationBetween, onThePlatform, type Relation} from './relation.ts'

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

/**
 * Bounds that keep one article's cost constant, whatever it holds (a list of thousands of names, or text that is no
 * prose): the article window pairs only its first `MAX_ARTICLE_ENTITIES` entities (in order of first mention), and
 * the sentence windows of one article count at most `MAX_SENTENCE_PAIRS` pairs between them, a sentence that would
 * pass the budget pairing only its entities named first. The shared corpus's most crowded article names 229
 * entities in one sentence (26,106 pairs), well inside both.
 */
export const MAX_ARTICLE_ENTITIES = 300
/** Most sentence-window pairs one article counts (see `MAX_ARTICLE_ENTITIES`). */
export const MAX_SENTENCE_PAIRS = 40_000

/** How far an article passes the co-occurrence bounds: its distinct entities and its sentence-window pairs, when either is over its bound. */
export interface BoundsPassed {
  readonly entities: number
  readonly sentencePairs: number
}

/**
 * Whether the bounds cut what co-occurrence counts of this article, and by how much (undefined when they did not), so
 * a run can say so instead of cutting in silence. Pure; constant time for an article of up to 283 mentions, linear beyond.
 * @example cooccurBoundsPassed(resolveArticle(record)) // undefined, or {entities: 5000, sentencePairs: 12497500}
 */
export function cooccurBoundsPassed(article: ResolvedArticle, types: readonly Label[] = DEFAULT_TYPES): BoundsPassed | undefined {
  const mentions = article.record.mentions
  // Distinct entities are at most the mentions, and their pairs at most those of the mentions all in one sentence:
  // nearly every article is inside both bounds by its number of mentions alone, with no pass over them.
  if (mentions.length <= MAX_ARTICLE_ENTITIES && mentions.length * (mentions.length - 1) / 2 <= MAX_SENTENCE_PAIRS) return undefined
  const ids = cooccurrenceIds(article, new Set<string>(types))
  const all = new Set<string>()
  const bySentence = new Map<number, Set<string>>()
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!
    if (!id) continue
    all.add(id)
    const sentence = mentions[i]!.sentence
    let seen = bySentence.get(sentence)
    if (!seen) bySentence.set(sentence, (seen = new Set()))
    seen.add(id)
  }
  let pairs = 0
  for (const seen of bySentence.values()) pairs += seen.size * (seen.size - 1) / 2
  return all.size > MAX_ARTICLE_ENTITIES || pairs > MAX_SENTENCE_PAIRS ? {entities: all.size, sentencePairs: pairs} : undefined
}

/** An empty tally. @example emptyTally() // {articles: 0, sentences: 0, articleFreq: {}, sentenceFreq: {}, pairs: {}} */
export const emptyTally = (): CooccurTally => ({articles: 0, sentences: 0, articleFreq: {}, sentenceFreq: {}, pairs: {}})

/** Count co-occurring entities over articles (resolving each first). Pure: returns a new tally. @example countCooccurrences(records, {types: ['PERSON', 'ORG']}).articles // number of articles counted */
export function countCooccurrences(records: Iterable<Extracted>, options: CooccurOptions = {types: DEFAULT_TYPES}): CooccurTally {
  return tallyCooccurrences(resolveArticles(records), options)
}

/** Count co-occurring entities over resolved articles. Pure; linear in articles, and each article bounded (`MAX_ARTICLE_ENTITIES`, `MAX_SENTENCE_PAIRS`). @example tallyCooccurrences(resolveArticles(records), {types: ['PERSON'], skip: copiesOf(groups)}).pairs */
export function tallyCooccurrences(articles: Iterable<ResolvedArticle>, options: CooccurOptions = {types: DEFAULT_TYPES}): CooccurTally {
  const counter = new CooccurCounter(options.types)
  for (const article of articles) {
    if (options.skip?.has(article.record.id)) continue
    counter.add(article)
  }
  return counter.tally()
}

/**
 * Counts co-occurrences article by article (`add`), then gives the plain, mergeable tally (`tally`). Entities are
 * numbered while counting so a pair is found by two small integers instead of a concatenated string key, and a
 * pair's months, relations and evidence are only allocated when they are needed (most pairs are seen once).
 */
class CooccurCounter {
  readonly #types: ReadonlySet<string>
  #articles = 0
  #sentences = 0
  readonly #number = new Map<string, number>()
  readonly #ids: string[] = []
  readonly #articleFreq: number[] = []
  readonly #sentenceFreq: number[] = []
  /** The last article (visit number) and sentence (stamp) that counted each entity. */
  readonly #articleMark: number[] = []
  readonly #sentenceMark: number[] = []
  #stamp = 0
  /** Per window, per entity number `a`: the counts of `a` with each `b` (`a` < `b` as strings). */
  readonly #byA: [(Map<number, Counting> | undefined)[], (Map<number, Counting> | undefined)[]] = [[], []]
  /** Every pair in order of first count (the key order of the tally). */
  readonly #order: Counting[] = []

  constructor(types: readonly Label[] = DEFAULT_TYPES) {
    this.#types = new Set<string>(types)
  }

  /** Count one article. */
  add(article: ResolvedArticle): void {
    const x = article.record
    const date = x.published ?? ''
    const month = date.slice(0, 7)
    const visit = ++this.#articles
    this.#sentences += x.sentences.length
    const ids = cooccurrenceIds(article, this.#types)
    const nums: number[] = new Array<number>(ids.length)
    const inArticle: number[] = []
    /** Stamp of each sentence of this article: an entity counts once per stamp in `sentenceFreq`. */
    const stamps = new Map<number, number>()
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!
      if (!id) {
        nums[i] = -1
        continue
      }
      let n = this.#number.get(id)
      if (n === undefined) {
        n = this.#ids.length
        this.#number.set(id, n)
        this.#ids.push(id)
        this.#articleFreq.push(0)
        this.#sentenceFreq.push(0)
        this.#articleMark.push(0)
        this.#sentenceMark.push(0)
      }
      nums[i] = n
      if (this.#articleMark[n] !== visit) {
        this.#articleMark[n] = visit
        this.#articleFreq[n]!++
        inArticle.push(n)
      }
      const sentence = x.mentions[i]!.sentence
      let stamp = stamps.get(sentence)
      if (stamp === undefined) stamps.set(sentence, (stamp = ++this.#stamp))
      if (this.#sentenceMark[n] !== stamp) {
        this.#sentenceMark[n] = stamp
        this.#sentenceFreq[n]!++
      }
    }
    forSentencePairs(article, ids, (ia, ib, sentence, relation) => {
      const rule = relation ? RELATION_RULES.get(relation.relation) ?? `cooccur:relation-${relation.relation}` : 'cooccur:sentence'
      const p = this.#pair(SENTENCE, nums[ia]!, nums[ib]!, ids[ia]!, ids[ib]!)
      const range = x.sentences[sentence]
      this.#bump(p, visit, date, month, x, range ? range[0] : -1, range ? range[1] : -1, rule)
      if (relation) {
        const subject = subjectOf(x, ids, ia, ib, relation)
        const side = subject === '' ? '' : subject === p.a ? 'a' : 'b'
        const k = `${relation.relation}:${side}`
        const relations = (p.relations ??= {})
        relations[k] = (relations[k] ?? 0) + 1
      }
    })
    if (inArticle.length > MAX_ARTICLE_ENTITIES) inArticle.length = MAX_ARTICLE_ENTITIES
    const sorted = inArticle.sort((p, q) => cmp(this.#ids[p]!, this.#ids[q]!))
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const p = this.#pair(ARTICLE, sorted[i]!, sorted[j]!, this.#ids[sorted[i]!]!, this.#ids[sorted[j]!]!)
        this.#bump(p, visit, date, month, x, -1, -1, 'cooccur:article')
      }
    }
  }

  /** The plain, mergeable tally of the articles counted so far. */
  tally(): CooccurTally {
    const articleFreq: Record<string, number> = {}
    const sentenceFreq: Record<string, number> = {}
    for (let n = 0; n < this.#ids.length; n++) articleFreq[this.#ids[n]!] = this.#articleFreq[n]!
    for (let n = 0; n < this.#ids.length; n++) sentenceFreq[this.#ids[n]!] = this.#sentenceFreq[n]!
    const order = this.#order
    const tally = {articles: this.#articles, sentences: this.#sentences, articleFreq, sentenceFreq} as CooccurTally
    // `pairs` (10⁵–10⁶ keys) is made when first read: scoring reads the counted pairs directly (`countedPairs`).
    let pairs: Record<string, PairRecord> | undefined
    Object.defineProperty(tally, 'pairs', {
      enumerable: true,
      configurable: true,
      get: () => {
        if (!pairs) {
          pairs = {}
          for (const p of order) pairs[`${p.a}\u0000${p.b}\u0000${p.window}`] = toPairRecord(p)
          COUNTED.delete(tally)
        }
        return pairs
      },
    })
    COUNTED.set(tally, order)
    return tally
  }

  #pair(window: 0 | 1, na: number, nb: number, a: string, b: string): Counting {
    const byA = this.#byA[window]
    let m = byA[na]
    if (!m) byA[na] = m = new Map()
    let p = m.get(nb)
    if (!p) {
      m.set(nb, (p = {a, b, window: WINDOWS[window], count: 0, articles: 0, first: '', last: '', visit: 0, month: '', months: undefined, relations: undefined, evidence: undefined}))
      this.#order.push(p)
    }
    return p
  }

  #bump(p: Counting, visit: number, date: string, month: string, x: Extracted, start: number, end: number, rule: string): void {
    if (p.count === 0) {
      p.first = date
      p.last = date
      p.month = month
    } else if (month) {
      // A Map while counting: an object of a few hundred month keys is a slow dictionary to update.
      const months = (p.months ??= p.month ? new Map([[p.month, 1]]) : new Map())
      months.set(month, (months.get(month) ?? 0) + 1)
    }
    p.count++
    if (p.visit !== visit) {
      p.visit = visit
      p.articles++
    }
    if (date && (!p.first || date < p.first)) p.first = date
    if (date > p.last) p.last = date
    if (isBefore(p.evidence, x.id, date, start)) p.evidence = {article: x.id, date, start, end, rule}
  }
}

/** Add the two tallies of disjoint parts of a corpus. Pure. @example mergeTallies(countCooccurrences(partA), countCooccurrences(partB)).articles // articles of both parts */
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

/** The entity id of every mention of an article that takes part in co-occurrence ('' otherwise). Pure. @example cooccurrenceIds(resolveArticle(record), new Set(['PERSON', 'ORG'])) // ['person:kim-jong-un', '', 'org:workers-party-of-korea', …] */
export function cooccurrenceIds(article: ResolvedArticle, types: ReadonlySet<string>): string[] {
  return article.record.mentions.map((m, i) => {
    if (!types.has(m.label)) return ''
    if (m.label === 'TITLE') return `title:${normaliseTitle(m.value)}`
    if (m.label === 'DATE') return m.value ? `date:${m.value}` : ''
    return article.entities[i] ?? ''
  })
}

/** The typed relations of one article's sentences (each pair once per sentence). Pure. @example findRelationFacts(resolveArticle(record)) // [{a: 'person:kim-jong-un', b: 'person:xi-jinping', relation: 'met', …}] */
export function findRelationFacts(article: ResolvedArticle, types: ReadonlySet<string> = new Set(DEFAULT_TYPES)): RelationFact[] {
  const facts: RelationFact[] = []
  const x = article.record
  const ids = cooccurrenceIds(article, types)
  forSentencePairs(article, ids, (ia, ib, sentence, relation) => {
    if (relation) facts.push({a: ids[ia]!, b: ids[ib]!, relation: relation.relation, subject: subjectOf(x, ids, ia, ib, relation), evidence: evidenceOf(x, sentence, `cooccur:relation-${relation.relation}`)})
  })
  return facts
}

// --- internal ---

const SENTENCE = 0
const ARTICLE = 1
const WINDOWS: readonly [Window, Window] = ['sentence', 'article']

/** A pair while counting: `months` is only made at a second dated count (until then, `month` is the only one). */
interface Counting {
  readonly a: string
  readonly b: string
  readonly window: Window
  count: number
  articles: number
  first: string
  last: string
  /** The last article (visit number) that counted the pair. */
  visit: number
  month: string
  months: Map<string, number> | undefined
  relations: Record<string, number> | undefined
  evidence: Evidence | undefined
}

/** The counted pairs of a tally whose `pairs` has not been read yet (so cannot have been changed). */
const COUNTED = new WeakMap<CooccurTally, readonly Counting[]>()

/** The pairs of a tally with at least `minCount` counts, without making the tally's `pairs` record when avoidable. */
export function pairsOf(tally: CooccurTally, minCount = 1): PairRecord[] {
  const counted = COUNTED.get(tally)
  const out: PairRecord[] = []
  if (counted) {
    for (const p of counted) if (p.count >= minCount) out.push(toPairRecord(p))
  } else {
    for (const p of Object.values(tally.pairs)) if (p.count >= minCount) out.push(p)
  }
  return out
}

function toPairRecord(p: Counting): PairRecord {
  // The months in the order first counted, as the object kept them.
  const months: Record<string, number> = p.months ? Object.fromEntries(p.months) : p.month ? {[p.month]: 1} : {}
  return {a: p.a, b: p.b, window: p.window, count: p.count, articles: p.articles, first: p.first, last: p.last, months, relations: {...p.relations}, evidence: p.evidence}
}

const RELATION_RULES = new Map<string, string>(RELATION_CUES.map(([, relation]) => [relation, `cooccur:relation-${relation}`]))
RELATION_RULES.set('on-the-platform', 'cooccur:relation-on-the-platform')

/** The entity id of a relation's subject ('' when symmetric); `ia` and `ib` are the pair's first mentions. */
function subjectOf(x: Extracted, ids: readonly string[], ia: number, ib: number, relation: Relation): string {
  if (relation.subject === 'none') return ''
  const aFirst = x.mentions[ia]!.start <= x.mentions[ib]!.start
  return relation.subject === 'earlier' ? ids[aFirst ? ia : ib]! : ids[aFirst ? ib : ia]!
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Whether evidence at (article, date, start) is earlier than `e`: `earlierEvidence` without making the evidence first. */
function isBefore(e: Evidence | undefined, article: string, date: string, start: number): boolean {
  if (!e) return true
  if (e.date === date && e.article === article) return start < e.start
  return isEarlier(date, article, e.date, e.article)
}

/**
 * Visit each pair of distinct entities of each sentence once (sentences in order; in each, pairs in the order of the
 * entity ids), with the mention indices of their first mentions (`ids[i]` < `ids[j]`) and the relation between them.
 */
function forSentencePairs(article: ResolvedArticle, ids: readonly string[], visit: (i: number, j: number, sentence: number, relation: Relation | undefined) => void): void {
  const x = article.record
  const mentions = x.mentions
  const order: number[] = []
  for (let i = 0; i < ids.length; i++) if (ids[i]) order.push(i)
  // By sentence, then id, then position (the first mention of an id in a sentence comes first), then index.
  order.sort((p, q) => mentions[p]!.sentence - mentions[q]!.sentence || cmp(ids[p]!, ids[q]!) || mentions[p]!.start - mentions[q]!.start || p - q)
  let list: number[] = []
  let budget = MAX_SENTENCE_PAIRS
  for (let k = 0; k < order.length;) {
    const sentence = mentions[order[k]!]!.sentence
    list.length = 0
    for (; k < order.length && mentions[order[k]!]!.sentence === sentence; k++) {
      const i = order[k]!
      if (list.length === 0 || ids[list[list.length - 1]!] !== ids[i]) list.push(i)
    }
    if (list.length * (list.length - 1) / 2 > budget) list = namedFirst(list, mentions, budget)
    if (list.length < 2) continue
    budget -= list.length * (list.length - 1) / 2
    const range = x.sentences[sentence]
    const said = range ? x.text.slice(range[0], range[1]) : ''
    let platform: boolean | undefined
    const onPlatform = (): boolean => (platform ??= onThePlatform(said))
    // Most sentences name no cue at all: then none of their pairs is tried with each cue.
    const cues = !range || CUE_WORDS_RE.test(said.toLowerCase())
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const ma = list[i]!
        const mb = list[j]!
        const [early, late] = mentions[ma]!.start <= mentions[mb]!.start ? [ma, mb] : [mb, ma]
        // Text between two names farther apart than a relation can span is never cut out (a long list stays linear).
        const gap = mentions[late]!.start - mentions[early]!.end
        visit(ma, mb, sentence, gap > MAX_RELATION_GAP ? undefined : relationBetween(x.text.slice(mentions[early]!.end, mentions[late]!.start), onPlatform, cues))
      }
    }
  }
}

/** Of the entities `list` (by mention index, in id order), those named first in the text, as many as `pairs` pairs allow, in the same order. */
function namedFirst(list: readonly number[], mentions: readonly {readonly start: number}[], pairs: number): number[] {
  let n = 0
  while ((n + 1) * n / 2 <= pairs) n++
  const kept = new Set([...list].sort((p, q) => mentions[p]!.start - mentions[q]!.start || p - q).slice(0, n))
  return list.filter((i) => kept.has(i))
}
