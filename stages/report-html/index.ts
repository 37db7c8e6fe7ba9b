/** Report stage `report-html`: the HTML report as strings (it writes nothing). */
export {CSP, toSummaryHtml, type RunInfo} from './summary.ts'
export {escapeHtml, toScriptJson} from './escape.ts'
