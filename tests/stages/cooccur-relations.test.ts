import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findRelation, mainRelation, tallyCooccurrences, toBucketRows, toPairRows} from '../../stages/cooccur/index.ts'
import {CUE_WORDS_RE, RELATION_CUES} from '../../stages/cooccur/relation.ts'
import {resolveArticles} from '../../stages/resolve/index.ts'
import {article} from '../helpers.ts'

const corpus = [
  article('1', '2016-07-12', ['[P:Kim Jong Un] inspected [O:KPA Unit 1224], accompanied by [P:Choe Ryong Hae] and [P:Hwang Pyong So].']),
  article('2', '2016-08-01', ['[P:Kim Jong Un] sent a floral basket to [P:Xi Jinping].', '[P:Xi Jinping] was received by [P:Kim Jong Un].']),
  article('3', '2017-01-01', ['On the platform were [P:Choe Ryong Hae] and [P:Hwang Pyong So].']),
]
const rows = toPairRows(tallyCooccurrences(resolveArticles(corpus)))
const pair = (a: string, b: string, window = 'sentence') => rows.find((r) => r.a === a && r.b === b && r.window === window)!

describe('typed edges', () => {
  it.each([
    [', accompanied by ', 'accompanied-by', 'earlier'],
    [' was received by ', 'received', 'later'],
    [' sent a floral basket to ', 'sent-floral-basket', 'earlier'],
    [' sent a congratulatory message to ', 'sent-message', 'earlier'],
    [' presided over ', 'presided-over', 'earlier'],
    [' met ', 'met', 'none'],
    [' and ', undefined, undefined],
  ])('%j', (between, relation, subject) => expect(findRelation(between, `A${between}B`)).toEqual(relation ? {relation, subject} : undefined))

  it('needs a word of CUE_WORDS_RE for every cue, so a sentence without one is not tried cue by cue', () => {
    // Texts made of the cues' own words and pieces of them, so that many hold a cue.
    const words = [...new Set(RELATION_CUES.flatMap(([re]) => re.source.replace(/\\b|\(\?:|[()?|*\[\]^.]/g, ' ').split(/\s+/)))].filter(Boolean)
    // And whole phrases of each cue, which word by word would rarely come together.
    const phrases = ['was received by', 'in the company of', 'gave an audience to', 'presided over', 'had a talk', 'held talks', 'gave on-the-spot guidance', 'gave field guidance', 'sent a wreath', 'sent a letter']
    for (const phrase of phrases) expect(RELATION_CUES.some(([re]) => re.test(phrase)), phrase).toBe(true)
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...words).map((w) => w.slice(0, 3)), fc.constantFrom(...phrases), fc.constantFrom(' ', '.', ',', 'by', 'a', 'the', 'ed'))
    let cued = 0
    fc.assert(fc.property(fc.array(piece, {maxLength: 12}), fc.constantFrom(' ', ''), (parts, sep) => {
      const text = parts.join(sep)
      if (!RELATION_CUES.some(([re]) => re.test(text))) return
      cued++
      expect(CUE_WORDS_RE.test(text), text).toBe(true)
    }), {numRuns: 3000})
    expect(cued).toBeGreaterThan(200)
  })

  it('puts the relation and its subject on the pair row', () => {
    expect(mainRelation(pair('person:choe-ryong-hae', 'person:kim-jong-un'))).toEqual({relation: 'accompanied-by', subject: 'person:kim-jong-un'})
    expect(mainRelation(pair('org:kpa-unit-1224', 'person:kim-jong-un'))).toEqual({relation: 'visited', subject: 'person:kim-jong-un'})
    expect(pair('person:kim-jong-un', 'person:xi-jinping').relations).toEqual({'sent-floral-basket:a': 1, 'received:a': 1})
    expect(pair('person:choe-ryong-hae', 'person:hwang-pyong-so').relations).toEqual({'on-the-platform:': 1})
  })
  it('keeps the first evidence: article, date, sentence offsets, rule', () => {
    expect(pair('person:choe-ryong-hae', 'person:hwang-pyong-so').evidence).toEqual({article: '1', date: '2016-07-12', start: 0, end: corpus[0]!.text.length, rule: 'cooccur:sentence'})
    expect(pair('person:choe-ryong-hae', 'person:hwang-pyong-so', 'article').evidence).toMatchObject({article: '1', start: -1, rule: 'cooccur:article'})
  })
  it('counts a sentence pair once per sentence and an article pair once per article', () => {
    expect(pair('person:kim-jong-un', 'person:xi-jinping')).toMatchObject({count: 2, articles: 1})
    expect(pair('person:kim-jong-un', 'person:xi-jinping', 'article')).toMatchObject({count: 1, articles: 1})
  })
  it('scores the sentence window by hand: 4 sentences, Choe in 2, Hwang in 2, together in 2', () => {
    const r = pair('person:choe-ryong-hae', 'person:hwang-pyong-so')
    // p(a,b) = 2/4, p(a) = p(b) = 2/4: pmi = log2(0.5 / 0.25) = 1; npmi = 1 / -log2(0.5) = 1
    expect([r.pmi, r.npmi]).toEqual([1, 1])
    // Kim: 3 of 4 sentences; Choe: 2; together: 1 → pmi = log2(0.25 / (0.75 * 0.5)) = -0.585; npmi = -0.585 / 2 = -0.2925
    const k = pair('person:choe-ryong-hae', 'person:kim-jong-un')
    expect(k.pmi).toBeCloseTo(Math.log2(0.25 / 0.375), 3)
    expect(k.npmi).toBeCloseTo(Math.log2(0.25 / 0.375) / 2, 3)
  })
})

describe('options', () => {
  it('leaves syndicated copies out when asked, and counts every copy otherwise', () => {
    const copy = {...corpus[2]!, id: '3-copy'}
    const once = toPairRows(tallyCooccurrences(resolveArticles([...corpus, copy]), {types: ['PERSON', 'ORG'], skip: new Set(['3-copy'])}))
    const all = toPairRows(tallyCooccurrences(resolveArticles([...corpus, copy]), {types: ['PERSON', 'ORG']}))
    const count = (rs: typeof rows) => rs.find((r) => r.a === 'person:choe-ryong-hae' && r.b === 'person:hwang-pyong-so' && r.window === 'article')!.count
    expect([count(once), count(all)]).toEqual([2, 3])
  })
  it('takes titles and dates as optional entity types', () => {
    const x = article('t', '2019-04-12', ['[T:First Vice-Chairman of the SAC] [P:Choe Ryong Hae] spoke on [D:2019-04-11|April 11].'])
    const r = toPairRows(tallyCooccurrences(resolveArticles([x]), {types: ['PERSON', 'TITLE', 'DATE']}))
    expect(r.filter((p) => p.window === 'sentence').map((p) => `${p.a}|${p.b}`).sort()).toEqual([
      'date:2019-04-11|person:choe-ryong-hae', 'date:2019-04-11|title:first vice-chairman of state affairs commission', 'person:choe-ryong-hae|title:first vice-chairman of state affairs commission',
    ])
  })
  it('buckets the top pairs per year and month', () => {
    const b = toBucketRows(rows, 1).filter((r) => r.window === 'article')
    expect(b.map((r) => [r.period, r.bucket, r.count])).toEqual([['year', '2016', 1], ['year', '2017', 1], ['month', '2016-07', 1], ['month', '2017-01', 1]])
  })
})
