import {stringify} from 'csv-stringify/sync'
import {describe, expect, it} from 'vitest'
import {buildTables, COLUMNS, csvChunks, neutralise, tableBuilders, toCsv} from '../../stages/report-csv/index.ts'
import {countCooccurrences} from '../../stages/cooccur/index.ts'
import {findEntities} from '../../stages/resolve/index.ts'
import {record} from '../helpers.ts'

describe('toCsv', () => {
  it('neutralises cells a spreadsheet would run, and leaves numbers alone', () => {
    expect(toCsv([{name: '=HYPERLINK("x")', n: -1.5}, {name: '@SUM(A1)', n: 2}, {name: '+1', n: 0}, {name: '\tx', n: 1}], ['name', 'n']))
      .toBe(`name,n\n"'=HYPERLINK(""x"")",-1.5\n'@SUM(A1),2\n'+1,0\n'\tx,1\n`)
  })
  it.each([['-cmd', "'-cmd"], ['Kim', 'Kim'], ['\rx', "'\rx"]])('neutralise(%j)', (a, b) => expect(neutralise(a)).toBe(b))
  it('writes the bytes csv-stringify writes (quotes, line breaks, empty and missing cells, no rows)', () => {
    const pieces = ['', 'a', ',', '"', '\n', '\r', '\r\n', '=', '-', ' ', 'é', "'", ';', '|']
    const rows = Array.from({length: 300}, (_, i) => ({
      x: pieces[i % pieces.length]! + pieces[(i * 7) % pieces.length]! + pieces[(i * 3) % pieces.length]!,
      ...(i % 5 ? {y: i % 3 ? -i / 7 : i} : {}),
      z: pieces[(i * 11) % pieces.length]!,
    }))
    const library = (r: typeof rows): string => stringify(r, {header: true, columns: ['x', 'y', 'z'], cast: {string: neutralise, number: String}})
    expect(toCsv(rows, ['x', 'y', 'z'])).toBe(library(rows))
    expect(toCsv([], ['x', 'y', 'z'])).toBe(library([]))
  })
  it('streams the same bytes in chunks, reading the rows as it goes, with odd cells written by csv-stringify', () => {
    const odd = [{x: 'a', y: true as unknown as number, z: '=b'}, {x: 'c', y: 2, z: 'd'}]
    const library = (r: readonly object[]): string => stringify(r as object[], {header: true, columns: ['x', 'y', 'z'], cast: {string: neutralise, number: String}})
    expect([...csvChunks(odd, ['x', 'y', 'z'])].join('')).toBe(library(odd))
    let read = 0
    const many = (function* () {
      for (let i = 0; i < 20_000; i++) {
        read++
        yield {x: `row ${i}, "quoted"`, y: i, z: ''}
      }
    })()
    const chunks = csvChunks(many, ['x', 'y', 'z'])
    const first = chunks.next().value!
    expect(read).toBeLessThan(20_000)
    expect(first.length).toBeGreaterThan(65_536)
    const rest = [...chunks]
    expect(rest.length).toBeGreaterThan(5)
    expect(first + rest.join('')).toBe(library(Array.from({length: 20_000}, (_, i) => ({x: `row ${i}, "quoted"`, y: i, z: ''}))))
  })
})

describe('buildTables', () => {
  const records = [
    record('a', '2016-01-02', [[['PERSON', 'Kim Jong Un'], ['ORG', "Workers' Party of Korea", 'WPK'], ['DATE', '2016-01-01', 'January 1']]]),
    record('b', '2016-03-04', [[['PERSON', 'Kim Jong Un'], ['PERSON', 'Pak Pong Ju']]]),
  ]
  const tables = buildTables({records, entities: findEntities(records), tally: countCooccurrences(records), problems: [{file: 'x.jsonl', line: 3, severity: 'error', reason: 'not JSON'}]})

  it('has every documented column in every table', () => {
    for (const [name, rows] of Object.entries(tables)) {
      for (const row of rows) expect(Object.keys(row).sort()).toEqual([...COLUMNS[name]!].sort())
    }
  })
  it('keeps counts consistent: entity mentions equal the mentions rows', () => {
    for (const e of tables['entities.csv']!) {
      expect(tables['mentions.csv']!.filter((m) => m.entity === e.id).length).toBe(e.mentions)
    }
  })
  it('lists every pair between entities that exist', () => {
    const ids = new Set(tables['entities.csv']!.map((e) => e.id))
    for (const p of tables['cooccurrence.csv']!) expect(ids.has(String(p.a)) && ids.has(String(p.b))).toBe(true)
  })
  it('makes the per-mention tables row by row as they are read', () => {
    const input = {records, entities: findEntities(records), tally: countCooccurrences(records), problems: []}
    const builders = tableBuilders(input)
    expect(Object.keys(builders).sort()).toEqual(Object.keys(COLUMNS).sort())
    for (const name of ['mentions.csv', 'ambiguous.csv', 'evidence.csv']) {
      const rows = builders[name]!()
      expect(Array.isArray(rows), name).toBe(false)
      expect(Array.from(rows), name).toEqual(tables[name])
    }
    const mentions = builders['mentions.csv']!()[Symbol.iterator]()
    expect(mentions.next().value).toEqual(tables['mentions.csv']![0])
  })
  it('writes one row per article, per date value and per problem', () => {
    expect(tables['articles.csv']!.map((r) => [r.id, r.people, r.organisations, r.dates])).toEqual([['a', 1, 1, 1], ['b', 2, 0, 0]])
    expect(tables['dates.csv']).toEqual([{value: '2016-01-01', granularity: 'day', mentions: 1, articles: 1, first_seen: '2016-01-02', last_seen: '2016-01-02', texts: 'January 1'}])
    expect(tables['problems.csv']).toEqual([{file: 'x.jsonl', line: 3, id: '', severity: 'error', reason: 'not JSON'}])
  })
})
