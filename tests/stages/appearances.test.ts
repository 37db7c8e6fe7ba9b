import {describe, expect, it} from 'vitest'
import {findAppearances, mergeAppearanceTallies, tallyAppearances, toAbsenceRows, toAppearanceRow, toAppearanceSummary, type AppearanceTally} from '../../stages/appearances/index.ts'
import {resolveArticle, resolveArticles} from '../../stages/resolve/index.ts'
import {article} from '../helpers.ts'

const corpus = [
  article('a', '2016-07-12', ['[P:Kim Jong Un] inspected [O:KPA Unit 1224] on [D:2016-07-10|July 10], accompanied by [P:Choe Ryong Hae].']),
  article('b', '2016-07-20', ['[P:Kim Jong Un] visited a farm.', '[P:Pak Pong Ju] praised it on [D:2016-07-25|July 25].']),
  article('c', '2016-07-22', ['[P:Kim Jong Un] attended a concert on [D:2016-08-30|August 30].']),
]

describe('appearances', () => {
  it('takes the event date from the sentence and keeps the report date beside it', () => {
    expect(findAppearances(resolveArticle(corpus[0]!)).map((a) => toAppearanceRow(a))).toEqual([
      {person_id: 'person:kim-jong-un', person: 'Kim Jong Un', event_date: '2016-07-10', report_date: '2016-07-12', lag_days: 2, date_source: 'text', role: 'inspected', article: 'a', sentence_start: 0, sentence_end: corpus[0]!.text.length, rule: 'appearances:text-date'},
      {person_id: 'person:choe-ryong-hae', person: 'Choe Ryong Hae', event_date: '2016-07-10', report_date: '2016-07-12', lag_days: 2, date_source: 'text', role: 'accompanied', article: 'a', sentence_start: 0, sentence_end: corpus[0]!.text.length, rule: 'appearances:text-date'},
    ])
  })
  it('falls back to the report date; needs an event verb; ignores dates after the report', () => {
    expect(findAppearances(resolveArticle(corpus[1]!)).map((a) => [a.person, a.eventDate, a.dateSource, a.role])).toEqual([['person:kim-jong-un', '2016-07-20', 'report', 'visited']])
    expect(findAppearances(resolveArticle(corpus[2]!)).map((a) => [a.eventDate, a.dateSource, a.role])).toEqual([['2016-07-22', 'report', 'attended']])
  })
  it('summarises per person and merges two halves into the whole', () => {
    const whole = tallyAppearances(resolveArticles(corpus))
    expect(mergeAppearanceTallies(tallyAppearances(resolveArticles(corpus.slice(0, 2))), tallyAppearances(resolveArticles(corpus.slice(2))))).toEqual(whole)
    expect(toAppearanceSummary(whole)[0]).toEqual({person_id: 'person:kim-jong-un', person: 'Kim Jong Un', appearances: 3, first_appearance: '2016-07-10', last_appearance: '2016-07-22', last_article: 'c', usual_interval_days: 6})
  })
})

describe('absences', () => {
  // Seen every 10 days from January 1 to March 11 (8 times), then on December 6; the corpus ends on 2017-06-01.
  const dates = ['2016-01-01', '2016-01-11', '2016-01-21', '2016-01-31', '2016-02-10', '2016-02-20', '2016-03-01', '2016-03-11', '2016-12-06']
  const tally: AppearanceTally = {end: '2017-06-01', people: {'person:o': {person: 'person:o', names: {'O Su Yong': 9}, dates: Object.fromEntries(dates.map((d) => [d, 1])), last: '2016-12-06', lastArticle: 'z'}}}
  it('flags gaps far longer than the usual interval, and the open gap to the end of the corpus', () => {
    expect(toAbsenceRows(tally)).toEqual([
      {person_id: 'person:o', person: 'O Su Yong', last_seen: '2016-03-11', next_seen: '2016-12-06', gap_days: 270, usual_interval_days: 10, appearances: 9},
      {person_id: 'person:o', person: 'O Su Yong', last_seen: '2016-12-06', next_seen: '', gap_days: 177, usual_interval_days: 10, appearances: 9},
    ])
  })
  it('leaves out people who do not appear regularly', () => expect(toAbsenceRows(tally, {minAppearances: 10, factor: 4, minGapDays: 60})).toEqual([]))
})
