import type {Doc, Message, Meta} from '../../pipeline/doc.ts'
import {dayFirstToIso, isPageDump, parseDump, type RelatedItem} from './dump.ts'
import {parseHtml} from './html.ts'

/** Input formats ingest understands; `meta.format` on the raw doc names one. */
export type InputFormat = 'article' | 'text' | 'dump' | 'html'

/** Options of the `ingest` stage. */
export interface IngestOptions {
  /** Treat `.txt` input as a page dump when it has a `Date: … | Source:` line. */
  readonly detectDumps: boolean
}

/** What ingest keeps of the page furniture, in `doc.data.ingest`. */
export interface IngestData {
  readonly format: InputFormat
  readonly related: readonly RelatedItem[]
  readonly crawled?: string
  readonly site?: string
}

const ISO_DAY_RE = /^(\d{4})-(\d{2})-(\d{2})/

/** An ISO date (or date-time) cut to its day, or undefined when it is not a real day. @example isoDay('2021-07-11T08:00:00Z') // '2021-07-11' */
export function isoDay(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const m = ISO_DAY_RE.exec(value.trim())
  if (!m) return undefined
  return dayFirstToIso(Number(m[3]), Number(m[2]), Number(m[1]))
}

/**
 * Turn a raw input doc (its `text` is the file or record content, `meta.format` its format) into
 * the article doc: text = headline, a blank line, the body; publication date, source and headline in `meta`.
 * Pure.
 * @example ingestDoc(createDoc(pageDump, {format: 'text'}, 'page'), {detectDumps: true}).meta.published
 */
export function ingestDoc(raw: Doc, options: IngestOptions): Doc {
  const format = (raw.meta.format ?? 'text') as InputFormat
  const messages: Message[] = []
  let headline = raw.meta.headline ?? ''
  let body = raw.text
  let published = raw.meta.published
  let source = raw.meta.source
  let data: IngestData = {format, related: []}
  if (format === 'html') {
    const page = parseHtml(raw.text)
    headline = page.headline
    body = page.body
    published = page.published ?? published
  } else if (format === 'dump' || (format === 'text' && options.detectDumps && isPageDump(raw.text))) {
    const page = parseDump(raw.text)
    headline = page.headline
    body = page.body
    published = page.published
    source = page.source ?? source
    data = {format: 'dump', related: page.related, ...(page.crawled ? {crawled: page.crawled} : {}), ...(page.site ? {site: page.site} : {})}
    for (const reason of page.problems) messages.push({level: 'warning', reason: `Page dump: ${reason}`, rule: 'ingest:dump-furniture'})
  }
  if (format === 'text' && data.format === 'text' && !headline) {
    const split = splitHeadline(body)
    if (split) ({headline, body} = split)
  }
  if (published !== undefined && isoDay(published) === undefined) {
    messages.push({level: 'warning', reason: `Publication date "${published}" is not a real ISO day; left empty`, rule: 'ingest:bad-date'})
    published = undefined
  }
  published = isoDay(published)
  headline = headline.replace(/\s+/g, ' ').trim()
  body = body.replace(/^\uFEFF/, '')
  const text = headline ? `${headline}\n\n${body}` : body
  const meta: Meta = clean({
    ...raw.meta,
    format: undefined,
    headline: headline || undefined,
    published,
    source,
    bodyStart: String(headline ? headline.length + 2 : 0),
  })
  return {...raw, text, meta, messages: [...raw.messages, ...messages], data: {...raw.data, ingest: data}}
}

// A first line that reads as a headline: short, no closing period, followed by a blank line.
const HEADLINE_RE = /^[ \t]*([^\n]{3,160}?)[ \t]*\n[ \t]*\n/
const SENTENCE_END_RE = /[.!?:;,"”\-]$/

/** A plain text's headline (its first line, when it reads as one) and the body after it; undefined when there is none. @example splitHeadline('Kim Jong Un visits factory\n\nKim Jong Un visited a factory.') // {headline: 'Kim Jong Un visits factory', body: 'Kim Jong Un visited a factory.'} */
export function splitHeadline(text: string): {headline: string; body: string} | undefined {
  const bare = text.replace(/^\uFEFF/, '')
  const m = HEADLINE_RE.exec(bare)
  if (!m || SENTENCE_END_RE.test(m[1]!) || !/^[\p{Lu}\d"“']/u.test(m[1]!)) return undefined
  return {headline: m[1]!, body: bare.slice(m[0].length)}
}

// --- internal ---

function clean(meta: Record<string, string | undefined>): Meta {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(meta)) if (v !== undefined && v !== '') out[k] = v
  return out
}
