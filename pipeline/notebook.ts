/**
 * One-call helpers for notebooks and scripts: read articles, run all or chosen stages on one text, and the
 * corpus functions (entities, co-occurrence, timeline) on an array of documents, as plain printable objects.
 * Nothing here runs at import; only `readArticles` reads files (through `io.ts`).
 */
import {createDoc, type Doc, type Meta} from './doc.ts'
import {PipelineError} from './errors.ts'
import {toExtracted, type Extracted} from './extracted.ts'
import {normaliseNewlines, parseRecord, readInputs, type Problem} from './io.ts'
import {DEFAULT_PLAN, STAGES, type StageName} from './registry.ts'
import {checkPlan, runStages, type OptionsByName} from './run.ts'
import {analyseCorpus} from '../stages/analytics/index.ts'
import {filterPairs, toPairRows} from '../stages/cooccur/index.ts'
import {aliasesOf, canonicalName, findEntities, resolveArticles, tallyEntities, type EntityTable} from '../stages/resolve/index.ts'

export {toBarChartSvg, toHtmlTable, toRows, type Row} from './notebook-view.ts'

/** Options of `readArticles`. */
export interface ReadOptions {
  /** Stop after this many articles (a slice of a big corpus). */
  readonly limit?: number
  /** Called with each input that could not be read (by default problems are skipped silently). */
  readonly onProblem?: (problem: Problem) => void
}

/**
 * Read raw articles (ready for `ingest`) from files and folders: `.jsonl`, `.txt` (text or page dump), `.html`.
 * @example const docs = await readArticles('data/samples')
 */
export async function readArticles(paths: string | readonly string[], options: ReadOptions = {}): Promise<Doc[]> {
  const docs: Doc[] = []
  const limit = options.limit ?? Infinity
  if (limit <= 0) return docs
  for await (const item of readInputs(typeof paths === 'string' ? [paths] : paths)) {
    if ('problem' in item) options.onProblem?.(item.problem)
    else if (docs.push(item.doc) >= limit) break
  }
  return docs
}

/**
 * A raw article from a string: plain text or a page dump, read as a `.txt` file would be. Pure.
 * @example fromText('Kim Jong Un visited Pyongyang.', {published: '2021-07-11'})
 */
export function fromText(text: string, meta: Meta & {readonly id?: string} = {}): Doc {
  const {id = 'text', ...rest} = meta
  return createDoc(normaliseNewlines(text), {format: 'text', ...rest}, id)
}

/**
 * Raw articles from JSONL text (one `{id, title, text, published}` record a line); bad lines are skipped. Pure.
 * @example fromJsonl('{"id": "a1", "text": "Kim Jong Un spoke.", "published": "2021-07-11"}')
 */
export function fromJsonl(jsonl: string, onProblem?: (problem: Problem) => void): Doc[] {
  const docs: Doc[] = []
  jsonl.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return
    const item = parseRecord(line, 'inline.jsonl', i + 1)
    if ('doc' in item) docs.push(item.doc)
    else onProblem?.(item.problem)
  })
  return docs
}

/** Options of `analyse`. */
export interface AnalyseOptions {
  /** Stages to run, in this order (default: the whole plan, `ingest` … `dates`). */
  readonly stages?: readonly StageName[]
  /** Options per stage name, e.g. `{people: {maxNameTokens: 2}}`; every option has a default. */
  readonly options?: OptionsByName
  /** Metadata when `input` is a string. */
  readonly meta?: Meta & {readonly id?: string}
}

/**
 * Run all or chosen stages on one text or doc, exactly as `presswatch run` runs them. Pure.
 * Throws `E_UNKNOWN_STAGE` for a name not in `STAGES`, `E_PLAN` when a stage lacks what an earlier one provides.
 * @example analyse('Premier Pak Pong Ju visited Kaesong.', {stages: ['tokenise', 'people']}).mentions
 */
export function analyse(input: string | Doc, options: AnalyseOptions = {}): Doc {
  const doc = typeof input === 'string' ? fromText(input, options.meta) : input
  const stages = options.stages?.map((name) => {
    const stage = (STAGES as Readonly<Record<string, (typeof STAGES)[StageName]>>)[name]
    if (!stage) throw new PipelineError('E_UNKNOWN_STAGE', `Unknown stage \`${name}\`; expected one of ${Object.keys(STAGES).join(', ')}`)
    return stage
  }) ?? DEFAULT_PLAN
  checkPlan(stages, doc.layers)
  return runStages(doc, stages, options.options)
}

/** What the corpus helpers take: analysed docs, raw docs (analysed with the whole plan first) or extracted records. */
export type Corpus = Iterable<Doc | Extracted>

/**
 * The compact records the corpus stages read; a raw doc (no layers) gets the whole plan first. Pure.
 * @example toRecords([analyse(fromText('Kim Jong Un met Xi Jinping.'))])[0].mentions
 */
export function toRecords(docs: Corpus): Extracted[] {
  return [...docs].map((d) => ('layers' in d ? toExtracted(d.layers.length === 0 ? analyse(d) : d) : d))
}

/** One person or organisation of the corpus (the `resolve` stage), flat and printable. */
export interface EntityRow {
  readonly id: string
  readonly type: 'PERSON' | 'ORG'
  readonly name: string
  readonly aliases: string
  readonly mentions: number
  readonly articles: number
  readonly first: string
  readonly last: string
}

/**
 * Resolve people and organisations across the corpus: one row per entity, most mentioned first. Pure.
 * @example entities(docs).slice(0, 5)
 */
export function entities(docs: Corpus, options: {readonly types?: readonly ('PERSON' | 'ORG')[]} = {}): EntityRow[] {
  // Only what the table needs: each article resolved and folded, without the copies search or the other tallies.
  return toEntityRows(findEntities(toRecords(docs), {types: options.types ?? ['PERSON', 'ORG']}))
}

/** Options of `cooccurrence`. */
export interface CooccurrenceOptions {
  /** `sentence` (default): named in one sentence; `article`: named in one article. */
  readonly window?: 'sentence' | 'article'
  readonly types?: readonly ('PERSON' | 'ORG')[]
  readonly minCount?: number
  /** Only counts from this month on / up to this month (ISO date or `YYYY-MM`). */
  readonly from?: string
  readonly to?: string
  /** At most this many partners per entity, by NPMI then count. */
  readonly topK?: number
}

/** One pair of entities named together (the `cooccur` stage), with names and association scores. */
export interface CooccurrenceRow {
  readonly a: string
  readonly aName: string
  readonly b: string
  readonly bName: string
  readonly window: 'sentence' | 'article'
  readonly count: number
  readonly articles: number
  readonly first: string
  readonly last: string
  readonly pmi: number
  readonly npmi: number
}

/**
 * Who appears with whom: pairs sorted by count (descending), then `a`, then `b`. Pure.
 * @example cooccurrence(docs, {window: 'article', minCount: 2})
 */
export function cooccurrence(docs: Corpus, options: CooccurrenceOptions = {}): CooccurrenceRow[] {
  // The same resolution and counting as `presswatch run` (syndicated copies counted once), so rows match cooccurrence.csv.
  const {tally} = analyseCorpus(toRecords(docs), {cooccurTypes: options.types ?? ['PERSON', 'ORG']})
  const names = nameIndex(tally.entities)
  const rows = filterPairs(toPairRows(tally.cooccur), {
    window: options.window ?? 'sentence', minCount: options.minCount ?? 1,
    ...(options.from ? {from: options.from} : {}), ...(options.to ? {to: options.to} : {}), ...(options.topK !== undefined ? {topK: options.topK} : {}),
  })
  return rows.map((r) => ({a: r.a, aName: names.get(r.a) ?? r.a, b: r.b, bName: names.get(r.b) ?? r.b, window: r.window,
    count: r.count, articles: r.articles, first: r.first, last: r.last, pmi: r.pmi, npmi: r.npmi}))
}

/** Articles and mentions of one entity in one period (month `YYYY-MM` or year `YYYY`; '' when undated). */
export interface TimelineRow {
  readonly id: string
  readonly name: string
  readonly type: 'PERSON' | 'ORG'
  readonly period: string
  readonly articles: number
  readonly mentions: number
}

/**
 * Who is named when: one row per entity and period, by entity id, then period. Pure.
 * @example timeline(docs, {period: 'year'}).filter((r) => r.name === 'Kim Jong Un')
 */
export function timeline(docs: Corpus, options: {readonly period?: 'month' | 'year'; readonly types?: readonly ('PERSON' | 'ORG')[]} = {}): TimelineRow[] {
  const types = new Set<string>(options.types ?? ['PERSON', 'ORG'])
  const articles = [...resolveArticles(toRecords(docs))]
  const names = nameIndex(tallyEntities(articles))
  const cut = options.period === 'year' ? 4 : 7
  const rows = new Map<string, {id: string; name: string; type: 'PERSON' | 'ORG'; period: string; articles: number; mentions: number}>()
  for (const article of articles) {
    const period = (article.record.published ?? '').slice(0, cut)
    const seen = new Set<string>()
    article.entities.forEach((id, i) => {
      const type = article.record.mentions[i]!.label
      if (!id || !types.has(type)) return
      const key = `${id}\u0000${period}`
      const row = rows.get(key) ?? {id, name: names.get(id) ?? id, type: type as 'PERSON' | 'ORG', period, articles: 0, mentions: 0}
      if (!seen.has(key)) row.articles++
      seen.add(key)
      row.mentions++
      rows.set(key, row)
    })
  }
  return [...rows.values()].sort((x, y) => cmp(x.id, y.id) || cmp(x.period, y.period))
}

// --- internal ---

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function nameIndex(table: EntityTable): Map<string, string> {
  return new Map(Object.values(table).map((e) => [e.id, canonicalName(e)]))
}

function toEntityRows(table: EntityTable): EntityRow[] {
  return Object.values(table)
    .map((e): EntityRow => ({id: e.id, type: e.type, name: canonicalName(e), aliases: aliasesOf(e).join('; '),
      mentions: e.mentions, articles: e.articles, first: e.first, last: e.last}))
    .sort((x, y) => y.mentions - x.mentions || cmp(x.id, y.id))
}
