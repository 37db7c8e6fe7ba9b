import {describe, expect, it} from 'vitest'
import {entityId, findEntities, resolveArticle, resolveName} from '../../stages/resolve/index.ts'
import {article} from '../helpers.ts'

describe('resolveName: merges that must happen', () => {
  it.each([
    ['PERSON', 'Choi Ryong-hae', 'Choe Ryong Hae'],
    ['PERSON', 'KIM JONG UN', 'Kim Jong-un'],
    ['PERSON', 'Park Pong Ju', 'Pak Pong Ju'],
    ['PERSON', 'Lee Yong Ho', 'Ri Yong Ho'],
    ['ORG', 'WPK', "Workers' Party of Korea"],
    ['ORG', 'Party Central Committee', "Central Committee of the Workers' Party of Korea"],
    ['ORG', 'C.C., WPK', "Central Committee of the Workers' Party of Korea"],
    ['ORG', 'Central Committee of WPK', 'WPK Central Committee'],
    ['ORG', 'National Defense Commission', 'NDC'],
    ['ORG', 'the Korean People’s Army', 'KPA'],
  ] as const)('%s %s = %s', (type, a, b) => expect(entityId(type, a)).toBe(entityId(type, b)))
})

describe('resolveName: merges that must not happen', () => {
  it('keeps the Kims apart', () => {
    const ids = ['Kim Jong Un', 'Kim Jong Il', 'Kim Il Sung', 'Kim Yo Jong', 'Kim Yong Nam', 'Kim Jong Suk'].map((n) => entityId('PERSON', n))
    expect(new Set(ids).size).toBe(6)
  })
  it.each([
    ['Central Committee', "Central Committee of the Workers' Party of Korea"],
    ['Presidium', "Presidium of the Supreme People's Assembly"],
    ['State Affairs Commission', 'National Defence Commission'],
    ['Communist Party of China', "Workers' Party of Korea"],
  ])('%s ≠ %s', (a, b) => expect(entityId('ORG', a)).not.toBe(entityId('ORG', b)))
  it('marks an ambiguous short form', () => expect(resolveName('ORG', 'Central Committee').rule).toBe('resolve:ambiguous-short-form'))
})

describe('resolveArticle: context', () => {
  it('uses an acronym defined in the text', () => {
    const x = article('a', '2020-01-01', ['The [O:Korean Committee for Space Technology] ([O:KCST]) launched it.', 'The [O:KCST] said so.'])
    const r = resolveArticle(x)
    expect(r.entities).toEqual(['org:korean-committee-for-space-technology', 'org:korean-committee-for-space-technology', 'org:korean-committee-for-space-technology'])
    expect(r.rules[2]).toBe('resolve:acronym-in-text')
  })
  it('sends a lone surname to the nearest preceding full name with that surname', () => {
    const x = article('a', '2020-01-01', ['[P:Kim Jong Un] met [P:Kim Yong Nam].', '[P:Kim] said.', '[P:Pak Pong Ju] spoke.'])
    const r = resolveArticle(x)
    expect(r.entities[2]).toBe('person:kim-yong-nam')
    expect(r.rules[2]).toBe('resolve:surname-back-reference')
  })
  it('knows every surname the people stage finds Korean names by', () => {
    const x = article('a', '2020-01-01', ['[P:Kung Sok Ung] and [P:Maeng Kyong Il] arrived.', '[P:Kung] spoke and [P:Maeng] listened.'])
    const r = resolveArticle(x)
    expect(r.entities.slice(2)).toEqual(['person:kung-sok-ung', 'person:maeng-kyong-il'])
    expect(r.rules.slice(2)).toEqual(['resolve:surname-back-reference', 'resolve:surname-back-reference'])
  })
  it('leaves a lone surname without antecedent unresolved and reports it', () => {
    const x = article('a', '2020-01-01', ['[P:Ri] spoke.', '[P:Ri Pyong Chol] and [P:Ri Il Hwan] listened.'])
    const r = resolveArticle(x)
    expect(r.entities[0]).toBe('')
    expect(r.ambiguous).toEqual([{mention: 0, reason: 'surname-several-candidates', candidates: ['person:ri-il-hwan', 'person:ri-pyong-chol']}])
  })
  it('counts the canonical name, keeps surfaces as aliases, and records first-seen evidence', () => {
    const t = findEntities([
      article('b', '2016-05-02', ['[P:Choi Ryong-hae] spoke.']),
      article('a', '2016-05-01', ['[P:Choe Ryong Hae] spoke at the [O:WPK] meeting.']),
    ])
    expect(t['person:choe-ryong-hae']).toMatchObject({mentions: 2, articles: 2, first: '2016-05-01', firstArticle: 'a', last: '2016-05-02', lastArticle: 'b'})
    expect(t["org:workers-party-of-korea"]!.names).toEqual({"Workers' Party of Korea": 1, WPK: 0})
  })
})
