/** Report stage `report-html`: the HTML report folder as files (path → content); it writes nothing. */
export {toHtmlReport, htmlReportFiles, toArticleData, HTML_REPORT_DEFAULTS, TABLES, type ArticleData, type HtmlReportOptions, type ReportAssets} from './report.ts'
export {findEntityDetails, HTML_RECORD_FIELDS, monthsOf, toHtmlRecord, type EntityDetail, type HtmlRecord, type HtmlReportInput} from './model.ts'
export {findNetwork, NETWORK_DEFAULTS, type NetworkData, type NetworkOptions} from './network.ts'
export {CSP, type RunInfo} from './pages.ts'
export {escapeHtml, toDataScript, toScriptJson} from './escape.ts'
export {shardOf} from './shard.ts'
