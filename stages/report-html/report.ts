import {dataScriptChunks, toDataScript} from './escape.ts'
import {findEntityDetails, monthsOf, withEntityIds, type HtmlRecord, type HtmlReportInput} from './model.ts'
import {entityId, resolveArticle} from '../resolve/index.ts'
import {layoutHere, NETWORK_DEFAULTS, planNetwork, type NetworkOptions, type StartLayout} from './network.ts'
import {toOverviewBody, toPageHtml, type RunInfo} from './pages.ts'
import {dataPath, shardOf} from './shard.ts'
import {STYLE_CSS} from './style.ts'

/** The report's scripts, passed in (the stage reads no files): the bundled page script and cytoscape's browser build. */
export interface ReportAssets {
  readonly app: string
  readonly cytoscape: string
}

/** Options of the HTML report: shard sizes (bytes of JSON aimed at per data file) and the network's limits. */
export interface HtmlReportOptions {
  readonly articleShardBytes: number
  readonly entityShardBytes: number
  readonly network: NetworkOptions
}

/** Default HTML report options: article shards of about 1 MB, entity shards of about 1.5 MB, and the default network. @example toHtmlReport(input, info, {...HTML_REPORT_DEFAULTS, articleShardBytes: 500_000}) */
export const HTML_REPORT_DEFAULTS: HtmlReportOptions = {articleShardBytes: 1_000_000, entityShardBytes: 1_500_000, network: NETWORK_DEFAULTS}

/** The entity tables the tables page offers: key, report table, heading. */
export const TABLES = [
  ['people', 'people.csv', 'People'], ['organisations', 'organisations.csv', 'Organisations'], ['titles', 'titles.csv', 'Titles'],
  ['dates', 'dates.csv', 'Dates'], ['articles', 'articles.csv', 'Articles'],
] as const

/** An article as its page loads it: headline, date, source, url, text, mentions `[start, end, label, value, entity]`, titles `[person, title, start, end, entity]`. */
export interface ArticleData {
  readonly h: string
  readonly d: string
  readonly s: string
  readonly u: string
  readonly t: string
  readonly m: readonly (readonly [number, number, string, string, string])[]
  readonly ti: readonly (readonly [string, string, number, number, string])[]
}

/**
 * Every file of the HTML report folder (relative path → content): five pages, their assets, and data scripts
 * sharded so a page loads only what it shows. Opens from file:// with no network. Pure: the same input gives
 * byte-identical files.
 * @example [...toHtmlReport({records, tables, assets}, info).keys()] // ['index.html', …, 'assets/app.js', …]
 */
export function toHtmlReport(input: HtmlReportInput & {readonly assets: ReportAssets}, info: RunInfo, options: HtmlReportOptions = HTML_REPORT_DEFAULTS): Map<string, string> {
  const files = new Map<string, string>()
  for (const [path, content] of htmlReportFiles(input, info, options)) files.set(path, typeof content === 'string' ? content : [...content].join(''))
  return files
}

/**
 * The files of `toHtmlReport` one at a time, in path order, each file's content made only when the iteration
 * reaches it, so a caller that writes and drops them holds one data shard at a time, not the whole report (the
 * article shards carry every article's text). The entity and article shards come as pieces of about one entry each
 * (joined, the file's text): written as they come, no shard is ever one string. The network's layout is started
 * with `startLayout` (in this thread when first needed, by default) and needed only for `data/network.js`, after
 * the article and entity shards.
 * @example for (const [path, content] of htmlReportFiles({records, tables, assets}, info)) await writeFile(join(out, path), content)
 */
export function* htmlReportFiles(given: HtmlReportInput & {readonly assets: ReportAssets}, info: RunInfo, options: HtmlReportOptions = HTML_REPORT_DEFAULTS, startLayout: StartLayout = layoutHere): Generator<[string, string | Iterable<string>]> {
  const input = withEntityIds(given)
  const months = monthsOf(input.records)
  // Started before the views and the data scripts are made, so a layout on another core (`startLayout`) runs meanwhile.
  const ranked = (input.tables['entities.csv'] ?? []).map((r) => ({id: String(r.id), mentions: Number(r.mentions)}))
  const network = planNetwork(input, ranked, months, options.network, startLayout)
  const details = findEntityDetails(input, months)
  const articleShards = shardCount(input.records.reduce((n, x) => n + x.text.length + 48 * x.mentions.length + 200, 0), options.articleShardBytes)
  // Each view is serialised once: its length sizes the shards, its text goes into its shard.
  const detailJson = details.map((e) => JSON.stringify(e))
  const entityShards = shardCount(detailJson.reduce((n, json) => n + json.length, 0), options.entityShardBytes)
  const manifest = {months, articleShards, entityShards, tables: TABLES.map(([key, , label]) => [key, label])}
  const files: [string, () => string | Iterable<string>][] = []
  const data = (key: string, value: () => unknown): string => {
    const path = dataPath(key)
    files.push([path, () => toDataScript(key, value())])
    return path
  }
  // The page script runs last, once the data scripts before it have defined their data.
  const app = [data('manifest', () => manifest), 'assets/app.js']
  const networkData = data('network', () => network(details))
  files.push(
    ['index.html', () => toPageHtml('index.html', 'Overview', toOverviewBody(input.tables, info, months), [])],
    ['tables.html', () => toPageHtml('tables.html', 'Tables', '<h1>Tables</h1><noscript>The tables need JavaScript; the CSV files beside this page hold the same rows.</noscript>', app)],
    ['entity.html', () => toPageHtml('entity.html', 'Entity', '<h1>Entity</h1>', app)],
    ['article.html', () => toPageHtml('article.html', 'Article', '<h1>Article</h1>', app)],
    ['network.html', () => toPageHtml('network.html', 'Network', '<h1>Co-occurrence network</h1>', ['assets/cytoscape.min.js', networkData, ...app])],
    ['assets/style.css', () => STYLE_CSS],
    ['assets/app.js', () => input.assets.app],
    ['assets/cytoscape.min.js', () => input.assets.cytoscape],
  )
  for (const [key, file] of TABLES) data(`table/${key}`, () => toTableData(input.tables[file] ?? []))
  // Entity ids hold a ':', so no id reads as an array index: the object's keys keep this order, as joined here.
  for (const [k, shard] of shardBy(details.map((e, i) => [e.id, detailJson[i]!] as const), ([id]) => id, entityShards)) {
    files.push([dataPath(`entities/${k}`), () => dataScriptChunks(`entities/${k}`, shard)])
  }
  const articles = input.records.map((x, i) => [x, input.entities[i]!] as const)
  for (const [k, shard] of shardBy(articles, ([x]) => x.id, articleShards)) {
    files.push([dataPath(`articles/${k}`), () => dataScriptChunks(`articles/${k}`, articleEntries(shard))])
  }
  for (const [path, make] of files.sort((a, b) => (a[0] < b[0] ? -1 : 1))) yield [path, make()]
}

/**
 * The compact article record of the article page, each mention linked to its entity (`entities`: the ids
 * `resolveArticle` gives, resolved here when absent). Pure.
 * @example toArticleData(record).m[0] // [start, end, 'PERSON', 'Kim Jong Un', 'person:kim-jong-un']
 */
export function toArticleData(x: HtmlRecord, entities: readonly string[] = resolveArticle(x).entities): ArticleData {
  return {
    h: x.headline ?? x.id, d: x.published ?? '', s: x.source ?? '', u: x.url ?? '', t: x.text,
    m: x.mentions.map((m, i) => [m.start, m.end, m.label, m.value, entities[i] ?? ''] as const),
    ti: x.titles.map((t) => [t.person, t.title, t.start, t.end, entityId('PERSON', t.person)] as const),
  }
}

// --- internal ---

const shardCount = (bytes: number, target: number): number => Math.max(1, Math.ceil(bytes / target))

/**
 * A shard's articles as the entries of the object `{[id]: toArticleData(...)}` would list them: an id an array index
 * first (in index order) and a repeated id at its first place with its last record, so the pieces join into the text
 * `JSON.stringify` gives that object.
 */
function* articleEntries(shard: readonly (readonly [HtmlRecord, readonly string[]])[]): Generator<[string, string]> {
  // No prototype, so an id such as `__proto__` is a key like any other, as it is for `Object.fromEntries`.
  const at: Record<string, number> = Object.create(null)
  for (const [i, [x]] of shard.entries()) at[x.id] = i
  for (const [id, i] of Object.entries(at)) {
    const [x, ids] = shard[i]!
    yield [id, JSON.stringify(toArticleData(x, ids))]
  }
}

function shardBy<T>(items: readonly T[], key: (item: T) => string, count: number): Map<number, T[]> {
  const shards = new Map<number, T[]>()
  for (let k = 0; k < count; k++) shards.set(k, [])
  for (const item of items) shards.get(shardOf(key(item), count))!.push(item)
  return shards
}

function toTableData(rows: readonly Record<string, string | number>[]): {columns: string[]; rows: (string | number)[][]} {
  const columns = [...new Set(rows.flatMap((r, i) => (i === 0 || i === rows.length - 1 ? Object.keys(r) : [])))]
  return {columns, rows: rows.map((r) => columns.map((c) => r[c] ?? ''))}
}
