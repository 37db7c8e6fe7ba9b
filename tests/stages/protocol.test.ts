import {describe, expect, it} from 'vitest'
import {findListFacts, medianOf, mergeProtocolTallies, tallyProtocol, toRankRows} from '../../stages/protocol/index.ts'
import {resolveArticle, resolveArticles} from '../../stages/resolve/index.ts'
import {article} from '../helpers.ts'

const corpus = [
  article('a', '2016-03-01', ['Present there were [P:Choe Ryong Hae], [P:Pak Pong Ju], [P:Kim Ki Nam] and [P:Ri Su Yong].']),
  article('b', '2016-09-09', ['[P:Kim Jong Un] visited the plant, accompanied by [P:Pak Pong Ju], [P:Choe Ryong Hae] and [P:Kim Ki Nam].']),
  article('c', '2017-04-15', ['[P:Pak Pong Ju], [P:Kim Ki Nam] and [P:Choe Ryong Hae] were on the platform.']),
]

describe('lists of officials', () => {
  it('records each position after a list cue, leaving out who comes before it', () => {
    expect(findListFacts(resolveArticle(corpus[1]!)).map((f) => [f.person, f.position, f.size, f.evidence.rule])).toEqual([
      ['person:pak-pong-ju', 1, 3, 'protocol:cue'], ['person:choe-ryong-hae', 2, 3, 'protocol:cue'], ['person:kim-ki-nam', 3, 3, 'protocol:cue'],
    ])
  })
  it('takes a run of names separated by commas and "and" when there is no cue', () => {
    expect(findListFacts(resolveArticle(corpus[2]!)).map((f) => f.person)).toEqual(['person:pak-pong-ju', 'person:kim-ki-nam', 'person:choe-ryong-hae'])
    expect(findListFacts(resolveArticle(article('x', '2017-01-01', ['[P:Pak Pong Ju] met [P:Kim Ki Nam] after [P:Choe Ryong Hae] left.'])))).toEqual([])
  })
  it('gives the median and range per person and year, and the change from the last listed year', () => {
    const rows = toRankRows(tallyProtocol(resolveArticles(corpus))).filter((r) => r.person_id === 'person:choe-ryong-hae')
    expect(rows.map((r) => [r.year, r.lists, r.median, r.min, r.max, r.mean_list_size, r.change])).toEqual([
      ['2016', 2, 1.5, 1, 2, 3.5, ''],
      ['2017', 1, 3, 3, 3, 3, -1.5],
    ])
    expect(rows[0]!.evidence).toBe(`a|2016-03-01|0-${corpus[0]!.text.length}|protocol:cue`)
  })
  it.each([[[[1, 1], [2, 1]], 2, 1.5], [[[1, 2], [5, 1]], 3, 1], [[[4, 1]], 1, 4]] as const)('medianOf(%j)', (h, n, m) => expect(medianOf(h, n)).toBe(m))
  it('merges the tallies of two halves into that of the whole', () => {
    const whole = tallyProtocol(resolveArticles(corpus))
    expect(mergeProtocolTallies(tallyProtocol(resolveArticles(corpus.slice(0, 1))), tallyProtocol(resolveArticles(corpus.slice(1))))).toEqual(whole)
  })
})
