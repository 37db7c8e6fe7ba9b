import {describe, expect, it} from 'vitest'
import {aliasesOf, canonicalName, entityId, findEntities, identityKey, mergeEntityTables} from '../../stages/resolve/index.ts'
import {record} from '../helpers.ts'

describe('identityKey', () => {
  it.each([
    ['Kim Jong Un', 'kim jong un'],
    ['KIM JONG UN', 'kim jong un'],
    ['Kim Jong-un', 'kim jong un'],
    ["Kim Il Sung's", 'kim il sung'],
    ["Workers' Party of Korea", 'workers party of korea'],
    ['the Korean People’s Army', 'korean people army'],
  ])('%s', (name, key) => expect(identityKey(name)).toBe(key))

  it('keeps different given names apart', () => {
    const keys = ['Kim Jong Un', 'Kim Jong Il', 'Kim Il Sung', 'Kim Yo Jong', 'Kim Yong Nam'].map(identityKey)
    expect(new Set(keys).size).toBe(5)
  })
})

describe('findEntities', () => {
  const corpus = [
    record('a', '2016-01-02', [[['PERSON', 'Kim Jong Un'], ['PERSON', 'Kim Jong Un', 'Kim']], [['ORG', "Workers' Party of Korea", 'WPK']]]),
    record('b', '2016-03-04', [[['PERSON', 'Kim Jong-un'], ['PERSON', 'Kim Yo Jong']]]),
    record('c', '2015-12-30', [[['PERSON', 'KIM JONG UN'], ['ORG', "Workers' Party of Korea"]]]),
  ]
  const table = findEntities(corpus)

  it('merges case and hyphen variants into one entity with counts and dates', () => {
    const kim = table[entityId('PERSON', 'Kim Jong Un')]!
    expect(kim).toMatchObject({type: 'PERSON', mentions: 4, articles: 3, first: '2015-12-30', last: '2016-03-04'})
    expect(canonicalName(kim)).toBe('Kim Jong Un')
    expect(aliasesOf(kim)).toEqual(['KIM JONG UN', 'Kim', 'Kim Jong-un'])
  })
  it('lists no layout variants or glued words as aliases', () => {
    const glued = findEntities([record('g', '2020-01-01', [[['PERSON', 'Kim Jong Un', 'Kim Jong Unvisited'], ['PERSON', 'Kim Jong Un', 'Kim  Jong\nUn'], ['PERSON', 'Kim Jong Un', 'KIM JONG UN']]])])
    expect(aliasesOf(glued[entityId('PERSON', 'Kim Jong Un')]!)).toEqual(['KIM JONG UN'])
  })
  it('keeps the surface forms of a body as aliases', () => {
    const wpk = table[entityId('ORG', "Workers' Party of Korea")]!
    expect(aliasesOf(wpk)).toEqual(['WPK'])
    expect(wpk.mentions).toBe(2)
  })
  it('does not merge people who share a surname', () => {
    expect(Object.keys(table).filter((id) => id.startsWith('person:')).sort()).toEqual(['person:kim-jong-un', 'person:kim-yo-jong'])
  })
  it('merges the tables of two halves into the table of the whole', () => {
    expect(mergeEntityTables(findEntities(corpus.slice(0, 1)), findEntities(corpus.slice(1)))).toEqual(table)
  })
})
