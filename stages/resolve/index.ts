/** Corpus stage `resolve`: one canonical entity per person and organisation, with a stable id and all its aliases. */
export {
  aliasesOf, canonicalName, entityId, findEntities, identityKey, mergeEntityTables,
  type EntityRecord, type EntityTable, type EntityType, type ResolveOptions,
} from './find.ts'
