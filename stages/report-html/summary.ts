import type {Row} from '../report-csv/tables.ts'
import {escapeHtml} from './escape.ts'

/** What the run summary shows besides the tables; passed in, never read from the clock, so output is stable. */
export interface RunInfo {
  readonly generatedAt: string
  readonly inputs: readonly string[]
  readonly stages: readonly string[]
}

/** Content-Security-Policy of every report page: nothing is fetched from anywhere. */
export const CSP = "default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'"

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:1rem 2rem;color:#1d1d1f}
table{border-collapse:collapse;margin:.5rem 0 1.5rem;width:100%}th,td{border-bottom:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f6}td.n{text-align:right;font-variant-numeric:tabular-nums}dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}
dt{font-weight:600}.grid{display:grid;grid-template-columns:1fr 1fr;gap:0 2rem}`

/**
 * The run summary page (`index.html`): counts, top people, organisations, titles and pairs.
 * Self-contained (no network, a CSP says so); every value is escaped. Pure.
 */
export function toSummaryHtml(tables: Readonly<Record<string, readonly Row[]>>, info: RunInfo, top = 20): string {
  const articles = tables['articles.csv'] ?? []
  const dates = articles.map((a) => String(a.date)).filter(Boolean).sort()
  const count = (name: string): number => tables[name]?.length ?? 0
  const table = (caption: string, rows: readonly Row[], columns: readonly [string, string][]): string => `
<section><h2>${escapeHtml(caption)}</h2>
<table><thead><tr>${columns.map(([, label]) => `<th scope="col">${escapeHtml(label)}</th>`).join('')}</tr></thead>
<tbody>${rows.slice(0, top).map((r) => `<tr>${columns.map(([key]) => `<td${typeof r[key] === 'number' ? ' class="n"' : ''}>${escapeHtml(r[key])}</td>`).join('')}</tr>`).join('\n')}</tbody></table></section>`
  const entityColumns: [string, string][] = [['name', 'Name'], ['mentions', 'Mentions'], ['articles', 'Articles'], ['first_seen', 'First seen'], ['last_seen', 'Last seen']]
  const pairs = (tables['cooccurrence.csv'] ?? []).filter((r) => r.window === 'sentence')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>presswatch report</title><style>${STYLE}</style></head>
<body><main>
<h1>presswatch report</h1>
<dl>
<dt>Articles</dt><dd>${articles.length}</dd>
<dt>Date range</dt><dd>${escapeHtml(dates[0] ?? '–')} to ${escapeHtml(dates[dates.length - 1] ?? '–')}</dd>
<dt>People</dt><dd>${count('people.csv')}</dd>
<dt>Organisations</dt><dd>${count('organisations.csv')}</dd>
<dt>Person–title pairs</dt><dd>${count('titles.csv')}</dd>
<dt>Distinct dates</dt><dd>${count('dates.csv')}</dd>
<dt>Problems</dt><dd>${count('problems.csv')}</dd>
<dt>Inputs</dt><dd>${info.inputs.map(escapeHtml).join(', ')}</dd>
<dt>Stages</dt><dd>${info.stages.map(escapeHtml).join(' → ')}</dd>
<dt>Generated</dt><dd>${escapeHtml(info.generatedAt)}</dd>
</dl>
<div class="grid">
${table('Top people', tables['people.csv'] ?? [], entityColumns)}
${table('Top organisations', tables['organisations.csv'] ?? [], entityColumns)}
</div>
${table('Top titles', tables['titles.csv'] ?? [], [['person', 'Person'], ['title', 'Title'], ['mentions', 'Mentions'], ['first_seen', 'First seen'], ['last_seen', 'Last seen']])}
${table('Top pairs (same sentence)', pairs, [['a_name', 'Entity'], ['b_name', 'Entity'], ['count', 'Sentences'], ['articles', 'Articles'], ['npmi', 'NPMI']])}
</main></body></html>
`
}
