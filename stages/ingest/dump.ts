/** A headline from the "More From …" block of a page dump: kept apart, never extracted from. */
export interface RelatedItem {
  readonly headline: string
  readonly teaser: string
  readonly date?: string
}

/** What a page dump yields: the article alone, and its furniture as data. */
export interface ParsedDump {
  readonly headline: string
  readonly body: string
  readonly published?: string
  readonly source?: string
  readonly crawled?: string
  readonly site?: string
  readonly related: readonly RelatedItem[]
  readonly problems: readonly string[]
}

const DATE_LINE_RE = /^\s*Date:\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*(?:\|\s*Source:\s*(.*?)\s*(?:\|.*)?)?$/i
const MORE_FROM_RE = /^\s*More From\b/i
const MORE_ARTICLES_RE = /^\s*More Articles\s*$/i
const MONTH_DAY_YEAR_RE = /^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}/i

/** A day-first date `DD/MM/YYYY` as ISO, or undefined when it is not a real day (31/02/2021). @example dayFirstToIso(11, 7, 2021) // '2021-07-11'; dayFirstToIso(31, 2, 2021) // undefined */
export function dayFirstToIso(day: number, month: number, year: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day > days) return undefined
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** True when the text looks like an aggregator page dump (it has a `Date: DD/MM/YYYY | Source:` line). @example isPageDump('Headline\nDate: 11/07/2021 | Source: KCNA\nBody') // true */
export function isPageDump(text: string): boolean {
  return text.split('\n', 40).some((line) => DATE_LINE_RE.test(line) && /Source:/i.test(line))
}

/**
 * Split an aggregator page dump into headline, publication date, source, body and the other headlines.
 * Pure; tolerant of missing or reordered furniture (each gap is named in `problems`).
 * @example parseDump(pageText) // {headline: '…', published: '2021-07-11', source: 'KCNA', body: '…', problems: [], …}
 */
export function parseDump(text: string): ParsedDump {
  const lines = text.split(/\r\n|\r|\n/)
  const problems: string[] = []
  const dateAt = lines.findIndex((line) => DATE_LINE_RE.test(line))
  let published: string | undefined
  let source: string | undefined
  if (dateAt >= 0) {
    const m = DATE_LINE_RE.exec(lines[dateAt]!)!
    published = dayFirstToIso(Number(m[1]), Number(m[2]), Number(m[3]))
    if (!published) problems.push(`impossible date on the Date line: "${lines[dateAt]!.trim()}"`)
    source = m[4]?.trim() || undefined
  } else {
    problems.push('no "Date: DD/MM/YYYY | Source: …" line')
  }
  const moreAt = lines.findIndex((line, i) => i > dateAt && (MORE_FROM_RE.test(line) || MORE_ARTICLES_RE.test(line)))
  const bodyEnd = moreAt >= 0 ? moreAt : lines.length
  const head = lines.slice(0, Math.max(dateAt, 0)).map((l) => l.trim()).filter(Boolean)
  // Furniture before the headline: the crawl date, then the site / outlet line.
  let crawled: string | undefined
  let site: string | undefined
  if (head[0] && MONTH_DAY_YEAR_RE.test(head[0]) && head.length > 1) crawled = head.shift()
  if (head.length > 1) site = head.shift()
  const headline = head.join(' ')
  if (dateAt >= 0 && !headline) problems.push('no headline before the Date line')
  const body = lines.slice(dateAt >= 0 ? dateAt + 1 : 0, bodyEnd).join('\n').replace(/^\s*\n/, '').replace(/\s+$/, '')
  const related = moreAt >= 0 ? parseRelated(lines.slice(moreAt + 1)) : []
  return {
    headline,
    body,
    related,
    problems,
    ...(published ? {published} : {}),
    ...(source ? {source} : {}),
    ...(crawled ? {crawled} : {}),
    ...(site ? {site} : {}),
  }
}

// --- internal ---

/** "More From" items: a headline (often printed twice), a teaser, a date, the teaser again. */
function parseRelated(lines: readonly string[]): RelatedItem[] {
  const items: RelatedItem[] = []
  const rows = lines.map((l) => l.trim()).filter((l) => l && !MORE_ARTICLES_RE.test(l))
  let i = 0
  while (i < rows.length) {
    const headline = rows[i]!
    i++
    if (rows[i] === headline) i++
    let teaser = ''
    let date: string | undefined
    if (rows[i] !== undefined && !MONTH_DAY_YEAR_RE.test(rows[i]!)) teaser = rows[i++]!
    if (rows[i] !== undefined && MONTH_DAY_YEAR_RE.test(rows[i]!)) date = rows[i++]!
    if (rows[i] !== undefined && rows[i] === teaser) i++
    items.push(date ? {headline, teaser, date} : {headline, teaser})
  }
  return items
}
