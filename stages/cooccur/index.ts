/** Corpus stage `cooccur`: who and what appears with whom, per article and per sentence, with PMI/NPMI and typed relations. */
export {cooccurBoundsPassed, cooccurrenceIds, countCooccurrences, emptyTally, findRelationFacts, MAX_ARTICLE_ENTITIES, MAX_SENTENCE_PAIRS, mergeTallies, tallyCooccurrences, type BoundsPassed, type CooccurOptions, type CooccurTally, type PairRecord, type RelationFact, type Window} from './find.ts'
export {filterPairs, mainRelation, toBucketRows, toPairRows, type BucketRow, type PairFilter, type PairRow} from './score.ts'
export {findRelation, RELATION_CUES, type Relation} from './relation.ts'
export {toGraph, toGexf, toGraphml, type GraphOptions, type NodeInfo} from './graph.ts'
