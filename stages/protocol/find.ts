import {addCounts, earlierEvidence, evidenceOf, type Evidence, type ResolvedArticle} from '../resolve/index.ts'
import {pushTo} from '../tokenise/shared.ts'

/** Options of the `protocol` stage. */
export interface ProtocolOptions {
  /** Fewest people that make a list. */
  readonly minList: number
}

/** One person's place in one printed list of officials. */
export interface ListFact {
  readonly person: string
  readonly personName: string
  /** 1-based position in the list. */
  readonly position: number
  readonly size: number
  readonly evidence: Evidence
}

/** A person in one year: positions held in lists (a histogram, so medians stay mergeable). */
export interface RankRecord {
  readonly person: string
  readonly year: string
  readonly names: Record<string, number>
  /** Position → number of lists. */
  readonly positions: Record<string, number>
  lists: number
  sizeSum: number
  evidence: Evidence | undefined
}

/** Rank records by `person \0 year`. */
export type ProtocolTally = Record<string, RankRecord>

/** Words that open a list of officials; the list is the people named after the cue. */
export const LIST_CUE_RE = /\b(?:present (?:there |on the occasion )?were|were present|attended by|accompanied by|on the platform were|on the platform|among them were|including|it was attended by|were on hand|seen off by|greeted by|delegation (?:led|headed) by)\b/i
const SEPARATOR_RE = /,|\band\b|;/

/**
 * The lists of officials in an article: in each sentence, the people after a list cue ("were present", "accompanied
 * by", "on the platform"), or else the longest run of people separated by commas and "and"; each person's position
 * is counted in order of first mention. Pure.
 * @example findListFacts(resolveArticle(record), {minList: 3}) // [{person: 'person:…', position: 1, size: 5, …}, …]
 */
export function findListFacts(article: ResolvedArticle, options: ProtocolOptions = {minList: 3}): ListFact[] {
  const x = article.record
  const bySentence = new Map<number, number[]>()
  x.mentions.forEach((m, i) => {
    if (m.label === 'PERSON' && article.entities[i]) pushTo(bySentence, m.sentence, i)
  })
  const facts: ListFact[] = []
  for (const [sentence, indices] of [...bySentence].sort((a, b) => a[0] - b[0])) {
    const range = x.sentences[sentence]
    if (!range) continue
    const ordered = firstMentions(article, indices)
    if (ordered.length < options.minList) continue
    const cue = LIST_CUE_RE.exec(x.text.slice(range[0], range[1]))
    const at = cue ? range[0] + cue.index + cue[0].length : Infinity
    // A cue may also follow the list ("… and Kim Ki Nam were on the platform"): then the run of names is the list.
    let list = ordered.filter((i) => x.mentions[i]!.start >= at)
    let rule = 'protocol:cue'
    if (list.length < options.minList) {
      list = longestRun(article, ordered)
      rule = 'protocol:run'
    }
    if (list.length < options.minList) continue
    const evidence = evidenceOf(x, sentence, rule)
    list.forEach((i, k) => facts.push({person: article.entities[i]!, personName: article.names[i] || x.mentions[i]!.value, position: k + 1, size: list.length, evidence}))
  }
  return facts
}

/** Fold the lists of many articles into per person and year ranks. Pure; linear. @example tallyProtocol(resolveArticles(records), {minList: 4}) // {'person:…\u00002021': {lists: 6, …}, …} */
export function tallyProtocol(articles: Iterable<ResolvedArticle>, options: ProtocolOptions = {minList: 3}): ProtocolTally {
  const tally: ProtocolTally = {}
  for (const article of articles) {
    for (const f of findListFacts(article, options)) {
      const year = f.evidence.date.slice(0, 4)
      const key = `${f.person}\u0000${year}`
      let r = tally[key]
      if (!r) r = tally[key] = {person: f.person, year, names: {}, positions: {}, lists: 0, sizeSum: 0, evidence: undefined}
      r.names[f.personName] = (r.names[f.personName] ?? 0) + 1
      r.positions[f.position] = (r.positions[f.position] ?? 0) + 1
      r.lists++
      r.sizeSum += f.size
      r.evidence = earlierEvidence(r.evidence, f.evidence)
    }
  }
  return tally
}

/** Combine the tallies of two disjoint parts of a corpus. Pure. @example mergeProtocolTallies(tallyProtocol(partA), tallyProtocol(partB)) // lists of both parts, per person and year */
export function mergeProtocolTallies(a: ProtocolTally, b: ProtocolTally): ProtocolTally {
  const out: ProtocolTally = {}
  for (const t of [a, b]) {
    for (const [k, r] of Object.entries(t)) {
      const o = out[k]
      if (!o) {
        out[k] = {...r, names: {...r.names}, positions: {...r.positions}}
        continue
      }
      addCounts(o.names, r.names)
      addCounts(o.positions, r.positions)
      o.lists += r.lists
      o.sizeSum += r.sizeSum
      if (r.evidence) o.evidence = earlierEvidence(o.evidence, r.evidence)
    }
  }
  return out
}

// --- internal ---

/** Mention indices of the distinct people, in order of their first mention. */
function firstMentions(article: ResolvedArticle, indices: readonly number[]): number[] {
  const seen = new Set<string>()
  const out: number[] = []
  for (const i of [...indices].sort((a, b) => article.record.mentions[a]!.start - article.record.mentions[b]!.start)) {
    const id = article.entities[i]!
    if (seen.has(id)) continue
    seen.add(id)
    out.push(i)
  }
  return out
}

/** The longest run of `ordered` joined only by separators (the first such run when two are as long). Linear. */
function longestRun(article: ResolvedArticle, ordered: readonly number[]): number[] {
  const {mentions, text} = article.record
  let bestStart = 0
  let bestLength = 0
  let start = 0
  for (let k = 0; k < ordered.length; k++) {
    if (k > start && !SEPARATOR_RE.test(text.slice(mentions[ordered[k - 1]!]!.end, mentions[ordered[k]!]!.start))) start = k
    if (k + 1 - start > bestLength) {
      bestStart = start
      bestLength = k + 1 - start
    }
  }
  return ordered.slice(bestStart, bestStart + bestLength)
}
