import type {Doc, Mention, Message} from '../../pipeline/doc.ts'
import {textOf} from '../../pipeline/doc.ts'
import {matchDayFirst, matchMonthFirst, matchNumeric, matchYear} from './absolute.ts'
import {MONTHS} from './lexicon.ts'
import {isoMonth, isoYear, parseIsoDay, resolveYear} from './parse.ts'
import {matchAgo, matchDeictic, matchModified, matchOrdinalDay, matchWeekday} from './relative.ts'
import type {Match, Scan} from './_tokens.ts'

/** Options of the `dates` stage. */
export interface DatesOptions {
  /** ISO day to resolve relative dates against when the doc has no `meta.published`; '' = leave them out. */
  readonly anchor: string
}

/**
 * Find dates (absolute, Juche, relative to the publication day) and normalise each to ISO at its own granularity:
 * YYYY-MM-DD, YYYY-MM or YYYY. Pure; relative dates need `meta.published` or `options.anchor`, never the clock.
 * @example findDates(runStages(createDoc('Pyongyang, July 11 (KCNA) -- It met on Thursday.', {published: '2021-07-11'}), [tokenise]), {anchor: ''})
 */
export function findDates(doc: Doc, options: DatesOptions): {mentions: Mention[]; messages: Message[]} {
  const {tokens} = doc
  const anchor = parseIsoDay(doc.meta.published) ?? parseIsoDay(options.anchor)
  const sentenceStart = new Int32Array(tokens.length)
  for (const s of doc.sentences) sentenceStart.fill(s.start, s.start, Math.min(s.end, tokens.length))
  const scan: Scan = {tokens, anchor, sentenceStart}
  const mentions: Mention[] = []
  const messages: Message[] = []
  let unresolved = 0
  for (let i = 0; i < tokens.length;) {
    const match = matchAt(scan, i)
    if (!match) {
      i++
      continue
    }
    if (match.hits.length === 0 && !anchor) unresolved++
    for (const hit of match.hits) {
      const span = {start: hit.start, end: hit.end}
      if (hit.invalid) {
        messages.push({level: 'warning', reason: `Date \`${textOf(doc, span)}\` is not a real day (${hit.value}); expected a day that exists in that month, left it out`, rule: 'dates:invalid-day', span})
        continue
      }
      mentions.push({...span, label: 'DATE', text: textOf(doc, span), value: hit.value, rule: hit.rule})
    }
    i = Math.max(match.end, i + 1)
  }
  if (unresolved > 0) {
    messages.push({level: 'info', reason: `${unresolved} relative date(s) left out: doc \`${doc.id}\` has no meta.published; pass the \`anchor\` option to resolve them`, rule: 'dates:no-anchor'})
  }
  return {mentions, messages}
}

// --- internal ---

const PREFIXED_RE = /^(mid|early|late)-(\p{L}+|\d{4})$/u

/** Try each pattern at token `i`, most specific first. */
function matchAt(s: Scan, i: number): Match | undefined {
  const t = s.tokens[i]!
  if (t.kind === 'number') return matchDayFirst(s, i) ?? matchNumeric(s, i) ?? matchYear(s, i) ?? matchAgo(s, i)
  if (t.kind !== 'word') return undefined
  return matchModified(s, i) ?? matchWeekday(s, i) ?? matchMonthFirst(s, i, undefined) ?? matchOrdinalDay(s, i) ??
    matchYear(s, i) ?? matchDeictic(s, i) ?? matchAgo(s, i) ?? matchPrefixed(s, i)
}

/** "mid-November", "late-1990", "early-2021": the month or year itself. */
function matchPrefixed(s: Scan, i: number): Match | undefined {
  const m = PREFIXED_RE.exec(s.tokens[i]!.norm)
  if (!m) return undefined
  const word = m[2]!
  if (/^\d/.test(word)) {
    const y = Number(word)
    return y >= 1800 && y <= 2199 ? {hits: [{start: i, end: i + 1, value: isoYear(y), rule: 'dates:prefixed-year'}], end: i + 1} : undefined
  }
  const month = MONTHS.get(word)
  if (month === undefined || word.length < 5 && word !== 'may' && word !== 'june' && word !== 'july') return undefined
  if (!s.anchor) return {hits: [], end: i + 1}
  return {hits: [{start: i, end: i + 1, value: isoMonth(resolveYear(s.anchor, month, undefined, 'past'), month), rule: 'dates:prefixed-month'}], end: i + 1}
}
