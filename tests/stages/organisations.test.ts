import {describe, expect, it} from 'vitest'
import {createDoc, type Doc} from '../../pipeline/doc.ts'
import {runStages} from '../../pipeline/run.ts'
import {tokenise} from '../../stages/tokenise/index.ts'
import {organisations} from '../../stages/organisations/index.ts'

const run = (text: string, meta = {}): Doc => runStages(createDoc(text, meta), [tokenise, organisations])
/** Distinct values, in order of first mention. */
const values = (text: string): string[] => [...new Set(run(text).mentions.map((m) => m.value))]
/** Surface → value pairs. */
const pairs = (text: string): string[] => run(text).mentions.map((m) => `${m.text} => ${m.value}`)

describe('organisations: names', () => {
  it.each([
    ['A delegation of the Workers\' Party of Korea left.', ["Workers' Party of Korea"]],
    ['He met the chairman of the Presidium of the Political Bureau of the Central Committee of the Workers\' Party of Korea today.',
      ["Presidium of the Political Bureau of the Central Committee of the Workers' Party of Korea"]],
    ['Officers of the Korean People\'s Army attended.', ["Korean People's Army"]],
    ['Soldiers of KPA Unit 1553 trained hard.', ['KPA Unit 1553']],
    ['Workers of the Sinpo Fishery Complex and the Ryongsong Machine Factory met.', ['Sinpo Fishery Complex', 'Ryongsong Machine Factory']],
    ['The Tanzania-Korea Friendship and Solidarity Society held a seminar.', ['Tanzania-Korea Friendship and Solidarity Society']],
    ['The Ministry of Light Industry and Trade reported gains.', ['Ministry of Light Industry and Trade']],
    ['She joined the Nepal Youth Association for the Study of the Juche Idea in May.', ['Nepal Youth Association for the Study of the Juche Idea']],
    ['The Korean Society for Cultural Relations with Foreign Countries sent a gift.', ['Korean Society for Cultural Relations with Foreign Countries']],
    ['Students of the Korean Students League in Japan sang.', ['Korean Students League in Japan']],
    ['The Polish Children\'s Union Named after Maria Curie met.', ["Polish Children's Union Named after Maria Curie"]],
    ['Scholars of the Language Institute under the Academy of Sciences of the DPRK spoke.',
      ['Language Institute under the Academy of Sciences of the DPRK']],
    ['The Education, Culture and Sports Committee of the Senate voted.', ['Education, Culture and Sports Committee of the Senate']],
    ['Rodong Sinmun and Minju Joson carried articles.', ['Rodong Sinmun', 'Minju Joson']],
    ['Acme Widgets Inc of Texas said profits rose.', ['Acme Widgets Inc']],
  ])('%s', (text, expected) => expect(values(text)).toEqual(expected))
})

describe('organisations: not bodies', () => {
  it.each([
    ['The DPRK, China and the U.S. held talks.'],
    ['Crowds gathered at Kim Il Sung Square and the Mansudae Assembly Hall.'],
    ['The Chinese government and the party welcomed the plan.'],
    ['Premier Pak Pong Ju and Vice-Marshal Ri Yong Ho inspected it.'],
    ['Vice-Minister of Construction and Building Materials Industries Ri Chol spoke.'],
    ['The Soviet Union collapsed.'],
  ])('%s', (text) => expect(values(text)).toEqual([]))
})

describe('organisations: values shared by acronyms and short forms', () => {
  it.each([
    ['the Korean Veterans League in Japan (KVLJ) met; the KVLJ thanked them.',
      ['Korean Veterans League in Japan => Korean Veterans League in Japan', 'KVLJ => Korean Veterans League in Japan',
        'KVLJ => Korean Veterans League in Japan']],
    ["The Supreme People's Assembly (SPA) met. The SPA Standing Committee and the Standing Committee of the Supreme People's Assembly agreed.",
      ["Supreme People's Assembly => Supreme People's Assembly", "SPA => Supreme People's Assembly",
        "SPA Standing Committee => Standing Committee of the Supreme People's Assembly",
        "Standing Committee of the Supreme People's Assembly => Standing Committee of the Supreme People's Assembly"]],
    ['He is general secretary of the C.C., the Communist Party of Vietnam.',
      ['C.C., the Communist Party of Vietnam => Central Committee of the Communist Party of Vietnam']],
    ["The General Staff of the Korean People's Army met. The General Staff said so.",
      ["General Staff of the Korean People's Army => General Staff of the Korean People's Army",
        "General Staff => General Staff of the Korean People's Army"]],
    ["The Workers' Party of Korea met. The Party Central Committee and the Party agreed.",
      ["Workers' Party of Korea => Workers' Party of Korea",
        "Party Central Committee => Party Central Committee", "Party => Workers' Party of Korea"]],
    ['The WPK and the Workers\' Party of Korea are one.', ["WPK => Workers' Party of Korea", "Workers' Party of Korea => Workers' Party of Korea"]],
    ['The Grand National Party said the GNP would vote.', ['Grand National Party => Grand National Party', 'GNP => Grand National Party']],
    ['the North-South Joint Committee and the South-North Joint Committee', [
      'North-South Joint Committee => North-South Joint Committee', 'South-North Joint Committee => North-South Joint Committee']],
    ['KCNA reported it.', ['KCNA => KCNA']],
  ])('%s', (text, expected) => expect(pairs(text)).toEqual(expected))

  it('expands a known acronym when asked', () => {
    const doc = runStages(createDoc('KCNA reported it.'), [tokenise, organisations], {organisations: {expandKnownAcronyms: true}})
    expect(doc.mentions.map((m) => m.value)).toEqual(['Korean Central News Agency'])
  })

  it('drops a bare "Central Committee" that abbreviates nothing in the article', () => {
    expect(values('The Central Committee met.')).toEqual([])
  })

  it('keeps a name in a title-case headline only as far as the body names it', () => {
    const doc = run('Leader Inspects KPA Unit 851\n\nHe inspected KPA Unit 851.', {bodyStart: '29'})
    expect(doc.mentions.map((m) => m.text)).toEqual(['KPA Unit 851', 'KPA Unit 851'])
  })
})

describe('organisations: news', () => {
  it.each([
    ['SOCCER - LEAGUE RESULTS .\nLONDON 1996-08-31\nRedtown 2 Bluefield Rovers 1\nRedtown beat Greenvale on Friday .',
      ['Redtown', 'Bluefield Rovers', 'Greenvale']],
    ['LONDON 1996-08-30\nShares in Widget Holdings rose , the Bank of England said .', ['Widget Holdings', 'Bank of England']],
    ['Officials of the KDP and the UNHCR met .', ['KDP', 'UNHCR']],
  ])('%s', (text, expected) => expect(values(text)).toEqual(expected))
})

describe('organisations: contract', () => {
  it('has the public API', async () => {
    expect(Object.keys(await import('../../stages/organisations/index.ts')).sort())
      .toEqual(['ORGANISATIONS_DEFAULTS', 'default', 'findOrganisations', 'organisations'])
  })

  it('gives mentions whose text is their span and does not change its input', () => {
    const input = runStages(createDoc("The Korean Children's Union (KCU) met; the KCU sang."), [tokenise])
    const frozen = JSON.stringify(input)
    const doc = runStages(input, [organisations])
    expect(JSON.stringify(input)).toBe(frozen)
    for (const m of doc.mentions) {
      expect(m.text).toBe(doc.text.slice(doc.tokens[m.start]!.start, doc.tokens[m.end - 1]!.end))
      expect(m.label).toBe('ORG')
      expect(m.rule).toMatch(/^organisations:[a-z-]+$/)
    }
  })

  it('runs in linear time on pathological text', () => {
    const caps = Array.from({length: 200_000}, (_, i) => ['Alpha', 'Party', 'Committee', 'Union', 'Beta'][i % 5]).join(' ')
    const ofThe = `Central Committee ${'of the '.repeat(100_000)}Party`
    for (const text of [caps, ofThe]) {
      const doc = runStages(createDoc(text), [tokenise])
      const t0 = performance.now()
      runStages(doc, [organisations])
      expect(performance.now() - t0).toBeLessThan(5000) // generous: the test machine is shared; alone it takes ~0.1-0.3 s
    }
  })
})
