import type {Doc, Mention, Message} from '../../pipeline/doc.ts'
import {textOf} from '../../pipeline/doc.ts'
import {sentenceStarts} from '../tokenise/shared.ts'
import {matchDayFirst, matchMonthFirst, matchNumeric, matchPrefixed, matchYear} from './absolute.ts'
import {MONTHS, NUMBER_WORDS, WEEKDAYS} from './lexicon.ts'
import {type Day, daysBetween, parseIsoDay} from './parse.ts'
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
  const scan: Scan = {tokens, anchor, sentenceStart: sentenceStarts(doc)}
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
      if (!EXPLICIT_DAY_RULES.has(hit.rule)) continue
      const day = parseIsoDay(hit.value)
      scan.lastDay = {at: hit.end, day: day!, dateline: hit.rule === 'dates:dateline'}
      if (hit.rule === 'dates:dateline' && !scan.reportDay && day && isNearBefore(day, anchor)) scan.reportDay = day
    }
    i = Math.max(match.end, i + 1)
  }
  if (unresolved > 0) {
    messages.push({level: 'info', reason: `${unresolved} relative date(s) left out: doc \`${doc.id}\` has no meta.published; pass the \`anchor\` option to resolve them`, rule: 'dates:no-anchor'})
  }
  return {mentions, messages}
}

// --- internal ---

const EXPLICIT_DAY_RULES: ReadonlySet<string> = new Set(['dates:dateline', 'dates:month-day', 'dates:day-month-year', 'dates:month-day-year', 'dates:month-day-relative-year', 'dates:day-month', 'dates:day-list', 'dates:numeric'])

/** A dateline counts as the report day only when it lies in the week before the anchor (or there is no anchor). */
function isNearBefore(day: Day, anchor: Day | undefined): boolean {
  if (!anchor) return true
  const gap = daysBetween(day, anchor)
  return gap >= 0 && gap <= 7
}

/** Words that can start a date; any other word is skipped at once (most tokens). "the" starts only "the 9th". */
const TRIGGERS: ReadonlySet<string> = new Set([
  ...MONTHS.keys(), ...WEEKDAYS.keys(), ...NUMBER_WORDS.keys(),
  'last', 'next', 'coming', 'this', 'past', 'previous', 'juche', 'today', 'yesterday', 'tomorrow', 'tonight',
])
const PREFIXED_START_RE = /^(?:mid|early|late)-/

/** Try each pattern at token `i`, most specific first. */
function matchAt(s: Scan, i: number): Match | undefined {
  const t = s.tokens[i]!
  if (t.kind === 'number') return matchDayFirst(s, i) ?? matchNumeric(s, i) ?? matchYear(s, i) ?? matchAgo(s, i)
  if (t.norm === 'the') return matchOrdinalDay(s, i) // the one pattern that starts at "the"
  if (t.kind !== 'word' || !TRIGGERS.has(t.norm) && !PREFIXED_START_RE.test(t.norm)) return undefined
  return matchModified(s, i) ?? matchWeekday(s, i) ?? matchMonthFirst(s, i, undefined) ?? matchYear(s, i) ?? matchDeictic(s, i) ??
    matchAgo(s, i) ?? matchPrefixed(s, i)
}
