import {describe, expect, it} from 'vitest'
import {createDoc, type Doc} from '../../pipeline/doc.ts'
import {applyStage, runStages} from '../../pipeline/run.ts'
import {dates, findDates} from '../../stages/dates/index.ts'
import {tokenise} from '../../stages/tokenise/index.ts'

const tokens = (text: string, published?: string): Doc =>
  runStages(createDoc(text, published ? {published} : {}), [tokenise])
/** `text => value` of every DATE mention, in order. */
const found = (text: string, published?: string, anchor = ''): string[] =>
  applyStage(tokens(text, published), dates, {anchor}).mentions.filter((m) => m.label === 'DATE').map((m) => `${m.text} => ${m.value}`)

describe('dates: public API', () => {
  it('exports the stage, its finder and nothing else', async () => {
    expect(Object.keys(await import('../../stages/dates/index.ts')).sort()).toEqual(['dates', 'default', 'findDates'])
  })
})

describe('dates: absolute', () => {
  it.each([
    ['They met on July 11, 2021 in the city.', ['July 11, 2021 => 2021-07-11']],
    ['They met on 11 July 2021 in the city.', ['11 July 2021 => 2021-07-11']],
    ['It was founded on the 3rd of March, 1999.', ['the 3rd of March, 1999 => 1999-03-03']],
    ['The plan was adopted in July 2021.', ['July 2021 => 2021-07']],
    ['It was built in 1998 and rebuilt in 2021.', ['1998 => 1998', '2021 => 2021']],
    ['The talks on Oct. 14, 2019 failed.', ['Oct. 14, 2019 => 2019-10-14']],
    ['The five-year plan (2021-2025) is under way.', ['2021 => 2021', '2025 => 2025']],
    ['It happened in mid-1996 and again in mid-November 1996.', ['mid-1996 => 1996', 'mid-November 1996 => 1996-11']],
    ['A record dated 2019-04-05 was found.', ['2019-04-05 => 2019-04-05']],
    // A month range takes the year written after its end.
    ['The talks were made from January to February Juche 54 (1965).', ['January => 1965-01', 'February Juche 54 (1965) => 1965-02']],
    ['Raids were made from July 11 to August 20, 1951.', ['July 11 => 1951-07-11', 'August 20, 1951 => 1951-08-20']],
    // A range over a new year starts in the year before the one written after its end.
    ['The offensive ran from December 28 to January 3, 1951.', ['December 28 => 1950-12-28', 'January 3, 1951 => 1951-01-03']],
    ['It lasted from November to February Juche 40 (1951).', ['November => 1950-11', 'February Juche 40 (1951) => 1951-02']],
    // A month "of the same year" is in the year of the last day the text gave, not the publication year.
    ['It met on February 12, 1957 and acted in July of the same year and in May of that year.',
      ['February 12, 1957 => 1957-02-12', 'July of the same year => 1957-07', 'May of that year => 1957-05']],
  ])('%s', (text, expected) => expect(found(text, '2021-12-01')).toEqual(expected))
})

describe('dates: Juche calendar', () => {
  it.each([
    ['The work was published on July 11, Juche 110 (2021).', ['July 11, Juche 110 (2021) => 2021-07-11']],
    ['The work was published on July 11, Juche 110(2021).', ['July 11, Juche 110(2021) => 2021-07-11']],
    ['The song was written in Juche 63 (1974).', ['Juche 63 (1974) => 1974']],
    ['The song was written in Juche 63.', ['Juche 63 => 1974']],
    ['One day in June Juche 102 (2013) he came.', ['June Juche 102 (2013) => 2013-06']],
    ['The letters of July 11 and 19, Juche 83 (1994) were read.', ['July 11 => 1994-07-11', '19, Juche 83 (1994) => 1994-07-19']],
    ['They studied the Juche idea.', []],
  ])('%s', (text, expected) => expect(found(text, '2021-12-01')).toEqual(expected))
})

describe('dates: the KCNA dateline and yearless days', () => {
  it.each([
    ['Pyongyang, October 2 (KCNA) -- A meeting was held.', '2021-10-02', ['October 2 => 2021-10-02']],
    ['Pyongyang, December 31 (KCNA) -- A meeting was held.', '2022-01-01', ['December 31 => 2021-12-31']],
    ['Pyongyang, January 2 (KCNA) -- It opened on Dec. 30.', '2022-01-03', ['January 2 => 2022-01-02', 'Dec. 30 => 2021-12-30']],
    // A report of December 31 printed on January 1: "this year" and "this month" are the report's.
    ['Pyongyang, December 31 (KCNA) -- They flew 20 days this month and 200 days this year.', '2008-01-01',
      ['December 31 => 2007-12-31', 'this month => 2007-12', 'this year => 2007']],
    ['Events took place between April 11 and 15.', '2016-05-03', ['April 11 => 2016-04-11', '15 => 2016-04-15']],
    ['Meetings were held on August 30 and 31.', '2016-09-05', ['August 30 => 2016-08-30', '31 => 2016-08-31']],
    ['The coming September 9 marks the founding day.', '2016-09-05', ['coming September 9 => 2016-09-09']],
    ['They met on Dec. 20 last year.', '2009-01-08', ['Dec. 20 last year => 2008-12-20']],
    ['The delegate was invited in May last.', '2017-07-21', ['May last => 2017-05']],
    ['The exhibition will open on January 5.', '2021-12-28', ['January 5 => 2022-01-05']],
    // "is going on from" a day is under way; "is going to" looks ahead.
    ['Pyongyang, June 21 (KCNA) -- A performance is going on here from Tuesday.', '2007-06-22', ['June 21 => 2007-06-21', 'Tuesday => 2007-06-19']],
    ['Pyongyang, June 21 (KCNA) -- A performance is going to open on Tuesday.', '2007-06-22', ['June 21 => 2007-06-21', 'Tuesday => 2007-06-26']],
    // "due to" a cause looks back; "due to" a verb looks ahead.
    ['The plant was damaged due to the storm on March 11.', '2011-04-13', ['March 11 => 2011-03-11']],
    ['The ship is due to arrive on January 5.', '2021-12-28', ['January 5 => 2022-01-05']],
    // A month with the year the sentence gives after it.
    ['One January day in Juche 64 (1975) he was told of it.', '2010-09-21', ['January => 1975-01', 'Juche 64 (1975) => 1975']],
    ['Beijing, July 10 (KCNA) -- It opened yesterday and closed on the 9th.', '2021-07-13', ['July 10 => 2021-07-10', 'yesterday => 2021-07-09', 'the 9th => 2021-07-09']],
  ])('%s (published %s)', (text, published, expected) => expect(found(text, published)).toEqual(expected))
})

describe('dates: relative to the publication day', () => {
  it.each([
    ['The delegation arrived here yesterday.', ['yesterday => 2021-07-10']],
    ['The delegation arrived here today.', ['today => 2021-07-11']],
    ['A ceremony took place on Thursday.', ['Thursday => 2021-07-08']],
    ['A ceremony took place on Sunday.', ['Sunday => 2021-07-11']],
    ['The delegation will leave on Tuesday.', ['Tuesday => 2021-07-13']],
    ['They met last Friday and will meet next Friday.', ['last Friday => 2021-07-09', 'next Friday => 2021-07-16']],
    ['It opened on the 9th and closed on the 10th.', ['the 9th => 2021-07-09', 'the 10th => 2021-07-10']],
    ['It opened on the 20th.', ['the 20th => 2021-06-20']],
    ['Output grew this year compared with last year.', ['this year => 2021', 'last year => 2020']],
    ['Talks resume next month after a pause last month.', ['next month => 2021-08', 'last month => 2021-06']],
    ['The statue was unveiled last June.', ['last June => 2021-06']],
    ['The statue was unveiled in March.', ['March => 2021-03']],
    ['The war broke out 60 years ago.', ['60 years ago => 1961']],
    ['The storm hit two days ago.', ['two days ago => 2021-07-09']],
  ])('%s', (text, expected) => expect(found(text, '2021-07-11')).toEqual(expected))

  it('resolves against the `anchor` option when the doc has no publication date', () => {
    expect(found('The delegation arrived yesterday.', undefined, '2021-07-11')).toEqual(['yesterday => 2021-07-10'])
  })

  it('leaves relative dates out, with one info message, when there is no anchor at all', () => {
    const result = findDates(tokens('It opened on Thursday and closed yesterday; it was built in 1998.'), {anchor: ''})
    expect(result.mentions.map((m) => m.value)).toEqual(['1998'])
    expect(result.messages.map((m) => m.rule)).toEqual(['dates:no-anchor'])
  })
})

describe('dates: not dates', () => {
  it.each([
    ['Today the country is prospering.', []],
    ['The reality today when the masses are masters demands it.', []],
    ["Today's world is changing fast.", []],
    ['They will build a bright tomorrow.', []],
    ['It happened in the 1990s, in recent years.', []],
    ['The 60th anniversary was marked; it lasted 60 years.', []],
    ['He is 60 years old; the 9th Congress met.', []],
    ['He visited KPA Unit 1224 and resolution 2270 was condemned.', []],
    ['They produced 2000 tons of steel and 1500 workers helped.', []],
    ['They upheld the June 15 joint declaration and the July 4 Joint Statement.', []],
    ['The 18th April Spring Friendship Art Festival opened.', []],
    ['They respect the June 15 joint declaration and October 4 declaration.', []],
    ['KCNA on July 28 carried an article.', ['July 28 => 2021-07-28']],
    ['A lunar festival falls on the 15th of January.', ['the 15th of January => 2021-01-15']],
    ['The games fall on the lunar 15th of January.', []],
    ['Love for the people [Juche110.6.11.]', ['Juche110.6.11 => 2021-06-11']],
    ['They met on dec. 30 last year and may march 5 km.', ['dec. 30 last year => 2020-12-30']],
    ['The U.S. is today creating tension, as it is today.', []],
    ['They march in May and may win.', ['May => 2021-05']],
    ['It covers the period from the 15th to the early 20th century.', []],
    ['He was elected to the 17th-term National Assembly on the 9th.', ['the 9th => 2021-07-09']],
    ['It was founded more than 100 years ago.', []],
    ['February 30 never comes.', []],
  ])('%s', (text, expected) => expect(found(text, '2021-07-11')).toEqual(expected))

  it('warns about impossible days instead of emitting them', () => {
    const result = findDates(tokens('It was set for February 30, 2021.', '2021-07-11'), {anchor: ''})
    expect(result.mentions).toEqual([])
    expect(result.messages.map((m) => m.rule)).toEqual(['dates:invalid-day'])
  })
})

describe('dates: stage contract', () => {
  it('never mutates its input and gives the same result twice', () => {
    const doc = tokens('Pyongyang, July 11 (KCNA) -- It met on Thursday.', '2021-07-11')
    const before = JSON.stringify(doc)
    const a = applyStage(doc, dates)
    const b = applyStage(doc, dates)
    expect(JSON.stringify(doc)).toBe(before)
    expect(a).toEqual(b)
    expect(a.layers).toContain('mentions:DATE')
  })

  it('keeps every mention text equal to its token span', () => {
    const doc = applyStage(tokens('On July 11, Juche 110 (2021) and on the 9th, yesterday.', '2021-07-11'), dates)
    for (const m of doc.mentions) expect(doc.text.slice(doc.tokens[m.start]!.start, doc.tokens[m.end - 1]!.end)).toBe(m.text)
  })

  it.each([
    ['capitalised words', 'Kim '.repeat(200_000)],
    ['"of the" repeated', 'of the '.repeat(100_000)],
    ['dense ordinal days', 'on the 9th and '.repeat(5_000)],
  ])('scans a pathological article (%s) in linear time', (_name, text) => {
    const doc = tokens(`${text}.`, '2021-07-11')
    const t0 = performance.now()
    findDates(doc, {anchor: ''})
    expect(performance.now() - t0).toBeLessThan(1000)
  })
})
