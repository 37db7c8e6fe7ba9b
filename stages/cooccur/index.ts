/** Corpus stage `cooccur`: who and what appears with whom, per article and per sentence, with PMI/NPMI. */
export {countCooccurrences, emptyTally, mergeTallies, type CooccurOptions, type CooccurTally, type PairRecord, type Window} from './find.ts'
export {filterPairs, toPairRows, type PairFilter, type PairRow} from './score.ts'
