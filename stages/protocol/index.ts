/** Corpus stage `protocol`: each person's position in printed lists of officials, per year (the rank signal). */
export {findListFacts, LIST_CUE_RE, mergeProtocolTallies, tallyProtocol, type ListFact, type ProtocolOptions, type ProtocolTally, type RankRecord} from './find.ts'
export {medianOf, toRankRows, type RankRow} from './rows.ts'
