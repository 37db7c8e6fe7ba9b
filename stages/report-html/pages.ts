import type {Row} from '../report-csv/tables.ts'
import {toMonthChartSvg} from './chart.ts'
import {escapeHtml} from './escape.ts'

/** What the run summary shows besides the tables; passed in, never read from the clock, so output is stable. */
export interface RunInfo {
  readonly generatedAt: string
  readonly inputs: readonly string[]
  readonly stages: readonly string[]
}

/** Content-Security-Policy of every report page: scripts and styles from the report folder only, nothing fetched. */
export const CSP = "default-src 'none'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'none'; font-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'"

// cytoscape injects a <style> (which the CSP blocks) unless an element with this id exists; style.css holds its one rule.
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet'

/** The report's pages: file name, navigation label. */
export const PAGES = [['index.html', 'Overview'], ['tables.html', 'Tables'], ['network.html', 'Network']] as const

/** A page shell: CSP, stylesheet, navigation, a `<main>` the page script fills, and its scripts (report-relative). Pure. */
export function toPageHtml(page: string, title: string, body: string, scripts: readonly string[]): string {
  const nav = PAGES.map(([file, label]) => `<a href="${file}"${file === page ? ' aria-current="page"' : ''}>${label}</a>`).join('')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)} · presswatch</title><link rel="stylesheet" href="assets/style.css" id="${CYTOSCAPE_STYLESHEET_ID}"></head>
<body data-page="${escapeHtml(page.replace(/\.html$/, ''))}">
<a class="skip" href="#main">Skip to content</a>
<header class="top"><span class="brand">presswatch</span><nav aria-label="Report">${nav}</nav></header>
<main id="main">
${body}
</main>
${scripts.map((s) => `<script src="${escapeHtml(s)}"></script>`).join('\n')}
</body></html>
`
}

/** The overview page body: corpus size, date range, articles per month and the top entities, titles and pairs. Pure. */
export function toOverviewBody(tables: Readonly<Record<string, readonly Row[]>>, info: RunInfo, months: readonly string[], top = 15): string {
  const articles = tables['articles.csv'] ?? []
  const dates = articles.map((a) => String(a.date ?? '')).filter(Boolean).sort()
  const perMonth = new Map<string, number>()
  for (const d of dates) perMonth.set(d.slice(0, 7), (perMonth.get(d.slice(0, 7)) ?? 0) + 1)
  const count = (name: string): number => tables[name]?.length ?? 0
  const entity = (id: unknown, name: unknown): string => `<a href="entity.html#${escapeHtml(encodeURIComponent(String(id)))}">${escapeHtml(name)}</a>`
  const table = (caption: string, rows: readonly Row[], columns: readonly [string, string, (r: Row) => string][], more: string): string => `
<section><h2>${escapeHtml(caption)}</h2>
<table><thead><tr>${columns.map(([, label]) => `<th scope="col">${escapeHtml(label)}</th>`).join('')}</tr></thead>
<tbody>${rows.slice(0, top).map((r) => `<tr>${columns.map(([key, , cell]) => `<td${typeof r[key] === 'number' ? ' class="n"' : ''}>${cell(r)}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<p><a href="${more}">All ${escapeHtml(caption.replace(/^Top /, ''))} →</a></p></section>`
  const plain = (key: string) => (r: Row): string => escapeHtml(r[key])
  const entityColumns: [string, string, (r: Row) => string][] = [
    ['name', 'Name', (r) => entity(r.id, r.name)], ['mentions', 'Mentions', plain('mentions')], ['articles', 'Articles', plain('articles')],
    ['first_seen', 'First seen', plain('first_seen')], ['last_seen', 'Last seen', plain('last_seen')],
  ]
  const allPairs = tables['cooccurrence.csv'] ?? []
  const pairs = allPairs.some((r) => r.window === 'sentence') ? allPairs.filter((r) => r.window === 'sentence') : allPairs
  return `<h1>presswatch report</h1>
<dl class="facts">
<dt>Articles</dt><dd>${articles.length}</dd>
<dt>Date range</dt><dd>${escapeHtml(dates[0] ?? '–')} to ${escapeHtml(dates[dates.length - 1] ?? '–')}</dd>
<dt>People</dt><dd>${count('people.csv')}</dd>
<dt>Organisations</dt><dd>${count('organisations.csv')}</dd>
<dt>Person–title pairs</dt><dd>${count('titles.csv')}</dd>
<dt>Distinct dates</dt><dd>${count('dates.csv')}</dd>
<dt>Problems</dt><dd>${count('problems.csv')}</dd>
<dt>Inputs</dt><dd>${info.inputs.map(escapeHtml).join(', ')}</dd>
<dt>Stages</dt><dd>${info.stages.map(escapeHtml).join(' → ')}</dd>
<dt>Latest article</dt><dd>${escapeHtml(info.generatedAt || '–')}</dd>
</dl>
<section><h2>Articles per month</h2>
<figure>${toMonthChartSvg(months, months.map((m) => perMonth.get(m) ?? 0), 'Bar chart of articles per month')}
<figcaption class="muted">${months.length} months, ${escapeHtml(months[0] ?? '–')} to ${escapeHtml(months[months.length - 1] ?? '–')}; busiest month ${escapeHtml(busiest(perMonth))}.</figcaption></figure></section>
<p><a href="network.html">Open the co-occurrence network →</a></p>
<div class="grid">
${table('Top people', tables['people.csv'] ?? [], entityColumns, 'tables.html#people')}
${table('Top organisations', tables['organisations.csv'] ?? [], entityColumns, 'tables.html#organisations')}
</div>
<div class="grid">
${table('Top titles', tables['titles.csv'] ?? [], [['person', 'Person', (r) => entity(r.person_id, r.person)], ['title', 'Title', plain('title')], ['mentions', 'Mentions', plain('mentions')]], 'tables.html#titles')}
${table('Top pairs (same sentence)', pairs, [['a_name', 'Entity', (r) => entity(r.a, r.a_name)], ['b_name', 'Entity', (r) => entity(r.b, r.b_name)], ['count', 'Sentences', plain('count')], ['npmi', 'NPMI', plain('npmi')]], 'network.html')}
</div>`
}

// --- internal ---

function busiest(perMonth: ReadonlyMap<string, number>): string {
  let best: [string, number] = ['–', 0]
  for (const [m, c] of perMonth) if (c > best[1] || (c === best[1] && m < best[0])) best = [m, c]
  return `${best[0]} (${best[1]} articles)`
}
