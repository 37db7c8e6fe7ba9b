/**
 * Notebook views: flat rows for tables, and self-contained HTML tables and SVG bar charts that render in
 * Jupyter with no network. Pure; every value passes through `escapeHtml`.
 */
import type {Doc} from './doc.ts'
import {toExtracted, type Extracted} from './extracted.ts'
import type {Row} from '../stages/report-csv/index.ts'
import {escapeHtml} from '../stages/report-html/index.ts'

/** A flat table row: column → printable value (the row type of `report-csv`, which `toCsv` takes). */
export type {Row}

/**
 * Flat rows for a table: an analysed doc or extracted record (or an array of them) gives one row per mention
 * (`article`, `label`, `text`, `value`, `start`, `end` as char offsets, `sentence`, `rule`); an array of objects
 * gives one row per object, nested objects flattened to `key.sub`, arrays joined with `; `, null as ''. Pure.
 * @example toRows(analyse('Kim Jong Un met Xi Jinping.')) // [{article: 'text', label: 'PERSON', text: 'Kim Jong Un', …}, …]
 */
export function toRows(value: Doc | Extracted | readonly (Doc | Extracted)[] | readonly object[]): Row[] {
  const items: readonly object[] = Array.isArray(value) ? value : [value]
  return items.flatMap((item) => (isArticle(item) ? mentionRows(item) : [flatten(item)]))
}

/**
 * An HTML table of rows (columns from the first row), at most `limit` rows (default 50), with a caption. Pure.
 * @example tslab.display.html(toHtmlTable(entities(docs), {caption: 'People and organisations'}))
 */
export function toHtmlTable(rows: readonly Row[], options: {readonly caption?: string; readonly limit?: number} = {}): string {
  const columns = Object.keys(rows[0] ?? {})
  const shown = rows.slice(0, options.limit ?? 50)
  const head = columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')
  const body = shown.map((r) => `<tr>${columns.map((c) => `<td>${escapeHtml(r[c])}</td>`).join('')}</tr>`).join('\n')
  const more = rows.length > shown.length ? ` (first ${shown.length} of ${rows.length})` : ''
  const caption = options.caption || more ? `<caption>${escapeHtml((options.caption ?? '') + more)}</caption>` : ''
  return `<table class="presswatch">${caption}<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`
}

/**
 * A horizontal SVG bar chart of `value` per `label` (at most `limit` bars, default 20), as markup with a
 * `<title>` per bar and an `aria-label`, so it reads without colour or hover. Pure.
 * @example tslab.display.html(toBarChartSvg(entities(docs), {label: 'name', value: 'mentions'}))
 */
export function toBarChartSvg(rows: readonly Row[] | readonly object[], options: {readonly label: string; readonly value: string; readonly title?: string; readonly limit?: number}): string {
  const bars = (rows as readonly Record<string, unknown>[]).slice(0, options.limit ?? 20)
    .map((r) => ({label: String(r[options.label] ?? ''), value: Number(r[options.value]) || 0}))
  const title = options.title ?? `${options.value} by ${options.label}`
  const left = 220
  const width = 720
  const rowHeight = 22
  const height = 30 + bars.length * rowHeight
  const max = Math.max(1, ...bars.map((b) => b.value))
  const marks = bars.map((b, i) => {
    const y = 24 + i * rowHeight
    const w = Math.round(((width - left - 60) * b.value) / max)
    return `<text x="${left - 6}" y="${y + 14}" text-anchor="end">${escapeHtml(b.label)}</text>` +
      `<rect x="${left}" y="${y + 2}" width="${w}" height="${rowHeight - 6}" fill="#4e79a7"><title>${escapeHtml(b.label)}: ${b.value}</title></rect>` +
      `<text x="${left + w + 4}" y="${y + 14}">${b.value}</text>`
  })
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" ` +
    `aria-label="${escapeHtml(title)}" font-family="sans-serif" font-size="12"><text x="0" y="14" font-weight="bold">${escapeHtml(title)}</text>${marks.join('')}</svg>`
}

// --- internal ---

function isArticle(item: object): item is Doc | Extracted {
  return 'mentions' in item && 'text' in item && 'id' in item
}

function mentionRows(item: Doc | Extracted): Row[] {
  // A doc's mentions get their char offsets and sentence as the corpus stages see them.
  const x = 'tokens' in item ? toExtracted(item) : item
  return x.mentions.map((m) => ({article: x.id, label: m.label, text: m.text, value: m.value, start: m.start, end: m.end, sentence: m.sentence, rule: m.rule}))
}

function flatten(value: object, prefix = '', into: Row = {}): Row {
  for (const [key, v] of Object.entries(value)) {
    const name = prefix + key
    if (v === null || v === undefined) into[name] = ''
    else if (Array.isArray(v)) into[name] = v.map((x) => (typeof x === 'object' && x !== null ? JSON.stringify(x) : String(x))).join('; ')
    else if (typeof v === 'object') flatten(v as object, `${name}.`, into)
    else if (typeof v === 'string' || typeof v === 'number') into[name] = v
    else into[name] = String(v)
  }
  return into
}
