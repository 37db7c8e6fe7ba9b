/** Entity types that get a corpus-wide identity. */
export type EntityType = 'PERSON' | 'ORG'
