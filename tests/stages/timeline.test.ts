import {describe, expect, it} from 'vitest'
import {resolveArticles} from '../../stages/resolve/index.ts'
import {mergeTitleTallies, normaliseTitle, officeOf, tallyTitles, toTimelineRows, toTitleChanges} from '../../stages/timeline/index.ts'
import {article} from '../helpers.ts'

describe('normaliseTitle: one office written two ways is one key', () => {
  it.each([
    ['WPK First Secretary', "First Secretary of the Workers' Party of Korea"],
    ['first secretary of the WPK', 'First Secretary of the Workers’ Party of Korea'],
    ['First Vice-Chairman of the SAC', 'first vice chairman of the State Affairs Commission'],
    ['member of the Presidium of the Political Bureau of the Party Central Committee', "member of the Presidium of the Politburo of the Central Committee of the Workers' Party of Korea"],
    ['Chairman of the National Defense Commission', 'chairman of the NDC'],
    ['first vice-president of the State Affairs Commission of the DPRK', 'First Vice-President of the State Affairs Commission'],
    ["Premier of the Democratic People's Republic of Korea", 'premier'],
  ])('%s = %s', (a, b) => expect(normaliseTitle(a)).toBe(normaliseTitle(b)))
  it('keeps different offices apart', () => expect(normaliseTitle('vice-chairman of the SAC')).not.toBe(normaliseTitle('first vice-chairman of the SAC')))
})

describe('officeOf: renamed offices with their periods', () => {
  it.each([
    ['first secretary of the WPK', '2013-01-01', 'wpk-leader', '2012-04-11', '2016-05-09'],
    ['general secretary of the WPK', '2021-02-01', 'wpk-leader', '2021-01-10', ''],
    ['general secretary of the WPK', '2005-01-01', 'wpk-leader', '1997-10-08', '2012-04-11'],
    ['chairman of the State Affairs Commission', '2018-01-01', 'state-leader', '2016-06-29', '2021-01-17'],
    ['first chairman of the NDC', '2014-01-01', 'state-leader', '2012-04-13', '2016-06-29'],
  ])('%s on %s', (title, date, office, from, to) => expect(officeOf(normaliseTitle(title), date)).toMatchObject({office, from, to}))
  it('is undefined for an office not in the lexicon', () => expect(officeOf(normaliseTitle('premier of the Republic of Cuba'), '2020-01-01')).toBeUndefined())
})

const corpus = [
  article('k1', '2013-01-01', ['First Secretary of the WPK [P:Kim Jong Un] spoke.'], [['Kim Jong Un', 'First Secretary of the WPK']]),
  article('k2', '2015-06-01', ['WPK First Secretary [P:Kim Jong Un] visited.'], [['Kim Jong Un', 'WPK First Secretary']]),
  article('k3', '2016-06-01', ['Chairman of the WPK [P:Kim Jong Un] visited.'], [['Kim Jong Un', 'Chairman of the WPK']]),
  article('k4', '2021-02-01', ['General Secretary of the WPK [P:Kim Jong Un] visited.'], [['Kim Jong Un', 'General Secretary of the WPK']]),
  article('c1', '2019-04-12', ['[P:Choe Ryong Hae], first vice-chairman of the State Affairs Commission, spoke.'], [['Choe Ryong Hae', 'first vice-chairman of the State Affairs Commission']]),
]
const tally = tallyTitles(resolveArticles(corpus))

describe('title timeline', () => {
  it('gives one row per person and office written two ways, with first and last date', () => {
    const rows = toTimelineRows(tally).filter((r) => r.person_id === 'person:kim-jong-un')
    expect(rows.map((r) => [r.title_key, r.office, r.first_seen, r.last_seen, r.articles, r.in_period])).toEqual([
      ["first secretary of workers' party of korea", 'wpk-leader', '2013-01-01', '2015-06-01', 2, 'yes'],
      ["chairman of workers' party of korea", 'wpk-leader', '2016-06-01', '2016-06-01', 1, 'yes'],
      ["general secretary of workers' party of korea", 'wpk-leader', '2021-02-01', '2021-02-01', 1, 'yes'],
    ])
  })
  it('answers "when did Choe Ryong Hae first appear as first vice-chairman of the SAC"', () => {
    const row = toTimelineRows(tally).find((r) => r.person_id === 'person:choe-ryong-hae' && r.title_key === normaliseTitle('First Vice-Chairman of the SAC'))!
    expect([row.first_seen, row.first_article, row.evidence]).toEqual(['2019-04-12', 'c1', `c1|2019-04-12|0-${corpus[4]!.text.length}|test:hand`])
  })
  it('lists title changes in date order: renamed offices are renames, not promotions', () => {
    expect(toTitleChanges(tally).filter((r) => r.person_id === 'person:kim-jong-un').map((r) => [r.date, r.change, r.title_key.split(' ')[0]])).toEqual([
      ['2013-01-01', 'first', 'first'],
      ['2015-06-01', 'dropped', 'first'],
      ['2016-06-01', 'dropped', 'chairman'],
      ['2016-06-01', 'renamed', 'chairman'],
      ['2021-02-01', 'renamed', 'general'],
    ])
  })
  it('merges the tallies of two halves into that of the whole', () => {
    // Every cut, so a (person, title) seen on both sides is combined at least once.
    for (let cut = 1; cut < corpus.length; cut++) {
      const halves = mergeTitleTallies(tallyTitles(resolveArticles(corpus.slice(0, cut))), tallyTitles(resolveArticles(corpus.slice(cut))))
      expect(halves, `cut ${cut}`).toEqual(tally)
      expect(toTimelineRows(halves), `cut ${cut}`).toEqual(toTimelineRows(tally))
    }
  })
})
