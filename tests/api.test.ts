import {readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

// The public API, pinned: the sorted exported names of pipeline/index.ts, pipeline/notebook.ts and every
// stages/<name>/index.ts (package.json `exports`: `.`, `./notebook`, `./stages/*`).
// A change here is a decision: update the list in the same commit as the export, and say why.
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  'pipeline/index.ts': [
    'CORPUS_PLAN', 'DEFAULT_PLAN', 'PipelineError', 'STAGES', 'addMentions', 'addMessages', 'analyse', 'applyStage',
    'buildReports', 'charRange', 'checkPlan', 'cooccurrence', 'createDoc', 'decodeBytes', 'defineStage', 'entities',
    'extractArticle', 'extractInputs', 'fromJsonl', 'fromText', 'listInputs', 'mentionsOf', 'parseRecord',
    'readArticles', 'readInputs', 'readText', 'runStages', 'sentenceIndexOf', 'textOf', 'timeline', 'toBarChartSvg',
    'toEntities', 'toEntitiesLine', 'toExtracted', 'toHtmlTable', 'toRecords', 'toRows', 'writeReports',
  ],
  'pipeline/notebook.ts': [
    'analyse', 'cooccurrence', 'entities', 'fromJsonl', 'fromText', 'readArticles', 'timeline', 'toBarChartSvg',
    'toHtmlTable', 'toRecords', 'toRows',
  ],
  'analytics': [
    'ANALYTICS_DEFAULTS', 'analyseCorpus', 'mergeCorpusTallies', 'tallyCorpus',
  ],
  'appearances': [
    'ABSENCE_DEFAULTS', 'COMPANION_RE', 'EVENT_VERBS', 'daysBetween', 'findAppearances', 'mergeAppearanceTallies',
    'tallyAppearances', 'toAbsenceRows', 'toAppearanceRow', 'toAppearanceSummary',
  ],
  'cooccur': [
    'MAX_ARTICLE_ENTITIES', 'MAX_SENTENCE_PAIRS', 'RELATION_CUES', 'cooccurBoundsPassed', 'cooccurrenceIds', 'countCooccurrences', 'emptyTally', 'filterPairs', 'findRelation',
    'findRelationFacts', 'mainRelation', 'mergeTallies', 'tallyCooccurrences', 'toBucketRows', 'toGexf', 'toGraph',
    'toGraphml', 'toPairRows',
  ],
  'dates': [
    'dates', 'default', 'findDates',
  ],
  'duplicates': [
    'DUPLICATE_DEFAULTS', 'bandKeys', 'copiesOf', 'findDuplicateGroups', 'indexDuplicates', 'mergeDuplicateIndexes',
    'minhash', 'similarity',
  ],
  'ingest': [
    'dayFirstToIso', 'default', 'ingest', 'ingestDoc', 'isPageDump', 'isoDay', 'parseDump', 'parseHtml', 'splitHeadline',
  ],
  'organisations': [
    'ORGANISATIONS_DEFAULTS', 'default', 'findOrganisations', 'organisations',
  ],
  'people': [
    'default', 'findPeople', 'people',
  ],
  'protocol': [
    'LIST_CUE_RE', 'findListFacts', 'medianOf', 'mergeProtocolTallies', 'tallyProtocol', 'toRankRows',
  ],
  'report-csv': [
    'COLUMNS', 'buildTables', 'csvChunks', 'neutralise', 'tableBuilders', 'toCsv',
  ],
  'report-html': [
    'CSP', 'HTML_RECORD_FIELDS', 'HTML_REPORT_DEFAULTS', 'NETWORK_DEFAULTS', 'TABLES', 'escapeHtml', 'findEntityDetails', 'findNetwork',
    'htmlReportFiles', 'monthsOf', 'shardOf', 'toArticleData', 'toDataScript', 'toHtmlRecord', 'toHtmlReport', 'toScriptJson',
  ],
  'resolve': [
    'addCounts', 'aliasesOf', 'canonicalName', 'earlierEvidence', 'entityId', 'evidenceOf', 'findEntities', 'identityKey',
    'isEarlier', 'isLater', 'mergeEntityTables', 'orgFold', 'personKey', 'resolveArticle', 'resolveArticles',
    'resolveName', 'seeDate', 'slugId', 'tallyEntities', 'toEvidenceCell',
  ],
  'timeline': [
    'OFFICE_NAMES', 'findTitleFacts', 'isInPeriod', 'mergeTitleTallies', 'mostUsed', 'normaliseTitle', 'officeOf',
    'tallyTitles', 'toTimelineRows', 'toTitleChanges',
  ],
  'titles': [
    'default', 'findTitles', 'titles',
  ],
  'tokenise': [
    'ABBREVIATIONS', 'default', 'splitSentences', 'tokenise', 'tokenize',
  ],
}

const ROOT = join(import.meta.dirname, '..')
const stageNames = readdirSync(join(ROOT, 'stages'), {withFileTypes: true}).filter((e) => e.isDirectory()).map((e) => e.name).sort()

describe('public API', () => {
  it('pipeline/index.ts', async () => {
    expect(Object.keys(await import('../pipeline/index.ts')).sort()).toEqual(EXPECTED['pipeline/index.ts'])
  })

  it('pipeline/notebook.ts (package export `presswatch/notebook`)', async () => {
    expect(Object.keys(await import('../pipeline/notebook.ts')).sort()).toEqual(EXPECTED['pipeline/notebook.ts'])
  })

  it('every stage folder has a pinned list (a new stage is a visible decision)', () => {
    expect(stageNames).toEqual(Object.keys(EXPECTED).filter((k) => !k.includes('/')).sort())
  })

  it.each(stageNames)('stages/%s/index.ts', async (name) => {
    expect(Object.keys(await import(`../stages/${name}/index.ts`)).sort()).toEqual(EXPECTED[name])
  })
})
