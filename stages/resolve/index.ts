/** Corpus stage `resolve`: one canonical entity per person and organisation, with a stable id and all its aliases. */
export {addCounts, aliasesOf, canonicalName, findEntities, isEarlier, isLater, mergeEntityTables, seeDate, tallyEntities, type EntityRecord, type EntityTable, type FirstLast, type ResolveOptions} from './find.ts'
export {resolveArticle, resolveArticles, type Ambiguity, type Resolvable, type ResolvedArticle} from './article.ts'
export {entityId, personKey, resolveName, slugId, type NameResolution} from './key.ts'
export {identityKey} from './_fold.ts'
export {earlierEvidence, evidenceOf, toEvidenceCell, type Evidence} from './evidence.ts'
export {orgFold} from './lexicon.ts'
export type {EntityType} from './types.ts'
