import {addCounts, earlierEvidence, evidenceOf, resolveName, seeDate, type Evidence, type ResolvedArticle} from '../resolve/index.ts'
import {normaliseTitle} from './normalize.ts'

/** One person–title pair in one article: the atomic fact the timeline folds. */
export interface TitleFact {
  readonly person: string
  readonly personName: string
  /** Normalised title (`normaliseTitle`). */
  readonly key: string
  /** The title as written. */
  readonly title: string
  readonly evidence: Evidence
}

/** A (person, normalised title) over the corpus. Mergeable: sums, min and max. */
export interface TitleRecord {
  readonly person: string
  readonly key: string
  readonly surfaces: Record<string, number>
  readonly personNames: Record<string, number>
  mentions: number
  articles: number
  first: string
  last: string
  firstArticle: string
  lastArticle: string
  evidence: Evidence | undefined
}

/** Titles by `person \0 key`. */
export type TimelineTally = Record<string, TitleRecord>

/** The title facts of one article, in order. Pure. @example findTitleFacts(resolveArticle(record)) // [{person: 'person:pak-pong-ju', key: 'premier', title: 'Premier', …}] */
export function findTitleFacts(article: ResolvedArticle): TitleFact[] {
  const x = article.record
  return x.titles.map((t): TitleFact => ({
    person: resolveName('PERSON', t.person).id,
    personName: t.person,
    key: normaliseTitle(t.title),
    title: t.title,
    evidence: evidenceOf(x, t.sentence, t.rule),
  })).filter((f) => f.key !== '')
}

/** Fold articles into the title timeline tally. Pure; linear in the titles. @example Object.values(tallyTitles(resolveArticles(records))).map((r) => r.key) // ['premier', …] */
export function tallyTitles(articles: Iterable<ResolvedArticle>): TimelineTally {
  const tally: TimelineTally = {}
  for (const article of articles) {
    const seen = new Set<string>()
    for (const f of findTitleFacts(article)) {
      const k = `${f.person}\u0000${f.key}`
      let r = tally[k]
      if (!r) r = tally[k] = {person: f.person, key: f.key, surfaces: {}, personNames: {}, mentions: 0, articles: 0, first: '', last: '', firstArticle: '', lastArticle: '', evidence: undefined}
      r.mentions++
      r.surfaces[f.title] = (r.surfaces[f.title] ?? 0) + 1
      r.personNames[f.personName] = (r.personNames[f.personName] ?? 0) + 1
      r.evidence = earlierEvidence(r.evidence, f.evidence)
      if (seen.has(k)) continue
      seen.add(k)
      r.articles++
      seeDate(r, f.evidence.date, f.evidence.article)
    }
  }
  return tally
}

/** Combine the tallies of two disjoint parts of a corpus. Pure. @example mergeTitleTallies(tallyTitles(partA), tallyTitles(partB)) // the tally of both parts */
export function mergeTitleTallies(a: TimelineTally, b: TimelineTally): TimelineTally {
  const out: TimelineTally = {}
  for (const t of [a, b]) {
    for (const [k, r] of Object.entries(t)) {
      const o = out[k]
      if (!o) {
        out[k] = {...r, surfaces: {...r.surfaces}, personNames: {...r.personNames}}
        continue
      }
      addCounts(o.surfaces, r.surfaces)
      addCounts(o.personNames, r.personNames)
      o.mentions += r.mentions
      o.articles += r.articles
      if (r.evidence) o.evidence = earlierEvidence(o.evidence, r.evidence)
      if (r.firstArticle) seeDate(o, r.first, r.firstArticle)
      if (r.lastArticle) seeDate(o, r.last, r.lastArticle)
    }
  }
  return out
}

/** The most used key of a count record (alphabetical on a tie). @example mostUsed({Premier: 2, premier: 2, PM: 1}) // 'Premier' */
export function mostUsed(counts: Readonly<Record<string, number>>): string {
  let best = ''
  let n = -1
  for (const [k, c] of Object.entries(counts)) if (c > n || (c === n && k < best)) [best, n] = [k, c]
  return best
}

