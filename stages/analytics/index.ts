/** Corpus analytics: every corpus stage folded in one pass over resolved articles, mergeable across parts of a corpus. */
export {analyseCorpus, ANALYTICS_DEFAULTS, mergeCorpusTallies, tallyCorpus, type AnalyticsOptions, type CorpusAnalytics, type CorpusTally} from './find.ts'
