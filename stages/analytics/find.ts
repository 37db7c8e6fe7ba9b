import type {Label} from '../../pipeline/doc.ts'
import type {Extracted} from '../../pipeline/extracted.ts'
import {tallyAppearances, mergeAppearanceTallies, type AppearanceTally} from '../appearances/index.ts'
import {mergeTallies, tallyCooccurrences, type CooccurTally} from '../cooccur/index.ts'
import {copiesOf, DUPLICATE_DEFAULTS, findDuplicateGroups, indexDuplicates, type DuplicateGroup, type DuplicateOptions} from '../duplicates/index.ts'
import {mergeProtocolTallies, tallyProtocol, type ProtocolTally} from '../protocol/index.ts'
import {mergeEntityTables, resolveArticles, tallyEntities, type EntityTable, type ResolvedArticle} from '../resolve/index.ts'
import {mergeTitleTallies, tallyTitles, type TimelineTally} from '../timeline/index.ts'

/** Options of the corpus analytics. */
export interface AnalyticsOptions {
  /** Count every syndicated copy in co-occurrence (default: each story once). */
  readonly countCopies: boolean
  /** Labels that take part in co-occurrence (TITLE and DATE are optional). */
  readonly cooccurTypes: readonly Label[]
  /** Fewest people that make a list of officials. */
  readonly minList: number
  readonly duplicates: DuplicateOptions
}

/** Default corpus analytics options: each story counted once, people and bodies in co-occurrence, lists of three or more. @example analyseCorpus(records, {...ANALYTICS_DEFAULTS, countCopies: true}) */
export const ANALYTICS_DEFAULTS: AnalyticsOptions = {countCopies: false, cooccurTypes: ['PERSON', 'ORG'], minList: 3, duplicates: DUPLICATE_DEFAULTS}

/** Every corpus-level fold, as plain mergeable data (sums, min, max, unions). */
export interface CorpusTally {
  readonly entities: EntityTable
  readonly cooccur: CooccurTally
  readonly titles: TimelineTally
  readonly protocol: ProtocolTally
  readonly appearances: AppearanceTally
}

/** The analytics of a corpus: the tallies, the duplicate groups, the resolved articles (for fact tables), and the options they were made with. */
export interface CorpusAnalytics {
  readonly tally: CorpusTally
  readonly duplicates: readonly DuplicateGroup[]
  readonly articles: readonly ResolvedArticle[]
  /** The options the tallies were made with: the fact tables find their facts the same way. */
  readonly options: AnalyticsOptions
}

/**
 * Resolve every article once, find syndicated copies, and fold every corpus stage. Pure; linear in the corpus.
 * @example analyseCorpus(records).tally.entities['person:kim-jong-un']
 */
export function analyseCorpus(records: readonly Extracted[], options: Partial<AnalyticsOptions> = {}): CorpusAnalytics {
  const o = {...ANALYTICS_DEFAULTS, ...options}
  const duplicates = findDuplicateGroups(indexDuplicates(records, o.duplicates), o.duplicates)
  const articles = [...resolveArticles(records)]
  return {tally: tallyCorpus(articles, o.countCopies ? new Set() : copiesOf(duplicates), o), duplicates, articles, options: o}
}

/** Fold resolved articles into every tally; `skip` are the copies left out of co-occurrence. Pure. @example tallyCorpus([...resolveArticles(records)], copiesOf(groups)).entities // {'person:kim-jong-un': {mentions: 12, …}, …} */
export function tallyCorpus(articles: readonly ResolvedArticle[], skip: ReadonlySet<string> = new Set(), options: Partial<AnalyticsOptions> = {}): CorpusTally {
  const o = {...ANALYTICS_DEFAULTS, ...options}
  return {
    entities: tallyEntities(articles),
    cooccur: tallyCooccurrences(articles, {types: o.cooccurTypes, skip}),
    titles: tallyTitles(articles),
    protocol: tallyProtocol(articles, {minList: o.minList}),
    appearances: tallyAppearances(articles),
  }
}

/** Combine the tallies of two disjoint parts of a corpus into the tally of the whole. Pure. @example mergeCorpusTallies(tallyCorpus(firstHalf), tallyCorpus(secondHalf)) // the same tally as tallyCorpus of both halves */
export function mergeCorpusTallies(a: CorpusTally, b: CorpusTally): CorpusTally {
  return {
    entities: mergeEntityTables(a.entities, b.entities),
    cooccur: mergeTallies(a.cooccur, b.cooccur),
    titles: mergeTitleTallies(a.titles, b.titles),
    protocol: mergeProtocolTallies(a.protocol, b.protocol),
    appearances: mergeAppearanceTallies(a.appearances, b.appearances),
  }
}
