import type {Extracted} from '../../pipeline/extracted.ts'
import {isEarlier} from './find.ts'

/** Where a fact comes from: the article, its date, the sentence's char offsets and the rule that produced it. */
export interface Evidence {
  readonly article: string
  readonly date: string
  /** Char offsets of the sentence in the article text (`-1` when the fact is about the whole article). */
  readonly start: number
  readonly end: number
  readonly rule: string
}

/** Evidence for sentence `sentence` of an article (the whole article when the index is out of range). @example evidenceOf(record, 0, 'people:title-before') // {article: 'a1', date: '2021-07-11', start: 0, end: 36, rule: 'people:title-before'} */
export function evidenceOf(x: Extracted, sentence: number, rule: string): Evidence {
  const s = x.sentences[sentence]
  return {article: x.id, date: x.published ?? '', start: s ? s[0] : -1, end: s ? s[1] : -1, rule}
}

/** The earlier of two pieces of evidence, by (date, article, start): keeps "first evidence" mergeable. @example earlierEvidence(undefined, evidenceOf(record, 0, 'timeline:title')) // the second argument, as there is no first */
export function earlierEvidence(a: Evidence | undefined, b: Evidence): Evidence {
  if (!a) return b
  if (a.date === b.date && a.article === b.article) return b.start < a.start ? b : a
  return isEarlier(b.date, b.article, a.date, a.article) ? b : a
}

/** One cell: `article|date|start-end|rule`, readable and splittable on `|`. @example toEvidenceCell({article: 'a1', date: '2021-07-11', start: 0, end: 36, rule: 'people:title-before'}) // 'a1|2021-07-11|0-36|people:title-before' */
export function toEvidenceCell(e: Evidence | undefined): string {
  return e ? `${e.article}|${e.date}|${e.start < 0 ? '' : `${e.start}-${e.end}`}|${e.rule}` : ''
}
