/** Corpus stage `duplicates`: syndicated copies of one story (MinHash over word shingles, LSH banding). */
export {copiesOf, DUPLICATE_DEFAULTS, findDuplicateGroups, indexDuplicates, mergeDuplicateIndexes, type DuplicateGroup, type DuplicateIndex, type DuplicateOptions, type SignatureRecord} from './find.ts'
export {bandKeys, minhash, similarity, type MinhashOptions} from './minhash.ts'
