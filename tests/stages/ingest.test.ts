import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {createDoc} from '../../pipeline/doc.ts'
import {applyStage} from '../../pipeline/run.ts'
import {dayFirstToIso, ingest, parseDump, parseHtml, splitHeadline, type IngestData} from '../../stages/ingest/index.ts'

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/inputs/${name}`, import.meta.url), 'utf8')
const sample = readFileSync(new URL('../../data/samples/000_d6c66752962f85b6.txt', import.meta.url), 'utf8')

describe('parseDump', () => {
  it('splits headline, day-first date, source, body and the other headlines', () => {
    const page = parseDump(fixture('dump-synthetic.txt'))
    expect(page.headline).toBe('Premier visits a fertiliser plant')
    expect(page.published).toBe('2019-03-02')
    expect(page.source).toBe('Example Radio (EN)')
    expect(page.crawled).toBe('March 3, 2026Mar 3, 2026')
    expect(page.body).toBe('Premier Pak Pong Ju visited the Hungnam Fertiliser Complex on March 1.\n\nHe met the manager, Ri Chol Man, and looked round the workshops.')
    expect(page.related).toEqual([{headline: 'Farmers finish spring sowing', teaser: 'Farmers of Ryongchon County finished sowing ahead of time, said Kang Song Nam', date: 'March 2, 2026'}])
  })
  it('reads the sample page: published 11 July 2021, nothing of the More From block in the body', () => {
    const page = parseDump(sample)
    expect(page.published).toBe('2021-07-11')
    expect(page.headline).toBe('General Secretary Kim Jong Un greets General Secretary Xi Jinping')
    expect(page.source).toBe('Voice of Korea (EN)')
    expect(page.body).not.toContain('More From')
    expect(page.body).not.toContain('Kim Man Yu Hospital')
    expect(page.body.endsWith('July 11, Juche 110(2021)')).toBe(true)
    expect(page.related).toHaveLength(12)
  })
  it('names an impossible date instead of inventing one', () => {
    const page = parseDump('Headline\n\nDate: 31/02/2021 | Source: X\n\nBody text.')
    expect(page.published).toBeUndefined()
    expect(page.problems.join(' ')).toMatch(/impossible date/)
  })
  it('keeps the whole text as body when the Date line is missing', () => {
    const page = parseDump('Just a body line.\nAnother.')
    expect(page.body).toBe('Just a body line.\nAnother.')
    expect(page.problems).toHaveLength(1)
  })
})

describe('dayFirstToIso', () => {
  it.each([
    [11, 7, 2021, '2021-07-11'],
    [29, 2, 2020, '2020-02-29'],
    [29, 2, 2021, undefined],
    [1, 13, 2021, undefined],
  ])('%i/%i/%i', (d, m, y, expected) => expect(dayFirstToIso(d, m, y)).toBe(expected))
})

describe('parseHtml', () => {
  it('takes the article element, the h1 and the time, and skips navigation and scripts', () => {
    const page = parseHtml(`<html><head><title>Site | Story</title></head><body><nav>Home News</nav>
      <article><h1>Leader visits farm</h1><time datetime="2020-05-04T08:00">May 4</time>
      <p>Kim Jong Un visited a farm.</p><script>alert(1)</script><p>He met the farmers.</p></article><footer>(c)</footer></body></html>`)
    expect(page.headline).toBe('Leader visits farm')
    expect(page.published).toBe('2020-05-04')
    expect(page.body).toBe('May 4\n\nKim Jong Un visited a farm.\n\nHe met the farmers.')
  })
  it('survives truncated and deeply nested markup', () => {
    const deep = '<div>'.repeat(20000) + 'Deep text' + '<p>cut off'
    expect(parseHtml(deep).body).toContain('Deep text')
  })
})

describe('ingest stage', () => {
  it('builds the article text as headline, blank line, body, and keeps the furniture apart', () => {
    const doc = applyStage(createDoc(fixture('dump-synthetic.txt'), {format: 'text'}, 'dump'), ingest)
    expect(doc.text.startsWith('Premier visits a fertiliser plant\n\nPremier Pak Pong Ju')).toBe(true)
    expect(doc.text).not.toContain('Kang Song Nam')
    expect(doc.meta.published).toBe('2019-03-02')
    expect(doc.meta.bodyStart).toBe(String('Premier visits a fertiliser plant'.length + 2))
    expect((doc.data.ingest as IngestData).related).toHaveLength(1)
  })
  it('takes an article record as it is, and drops a publication date that is not a real day', () => {
    const doc = applyStage(createDoc('Body.', {format: 'article', headline: 'Title', published: '2021-02-31'}, 'a'), ingest)
    expect(doc.text).toBe('Title\n\nBody.')
    expect(doc.meta.published).toBeUndefined()
    expect(doc.messages.map((m) => m.rule)).toEqual(['ingest:bad-date'])
  })
  it('takes the first line of a plain text as its headline when it reads as one', () => {
    const doc = applyStage(createDoc('Premier Visits Farm\n\nPremier Pak Pong Ju visited a farm.', {format: 'text'}, 'h'), ingest)
    expect(doc.meta.headline).toBe('Premier Visits Farm')
    expect(doc.meta.bodyStart).toBe(String('Premier Visits Farm'.length + 2))
  })
  it.each([
    ['Pyongyang, May 2 (KCNA) --\n\nA meeting was held.'],
    ['He spoke at length.\n\nThen he left.'],
    ['a lower-case opening line\n\nBody.'],
  ])('does not take %j as a headline', (text) => {
    expect(splitHeadline(text)).toBeUndefined()
  })
  it('treats plain text without furniture as the body', () => {
    const doc = applyStage(createDoc('Pyongyang, May 2 (KCNA) -- A meeting was held.', {format: 'text'}, 'p'), ingest)
    expect(doc.text).toBe('Pyongyang, May 2 (KCNA) -- A meeting was held.')
    expect(doc.meta.bodyStart).toBe('0')
  })
})
