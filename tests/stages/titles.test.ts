import {describe, expect, it} from 'vitest'
import {createDoc, type Doc, type Label, type Mention} from '../../pipeline/doc.ts'
import {applyStage} from '../../pipeline/run.ts'
import {tokenise} from '../../stages/tokenise/index.ts'
import {findTitles, titles} from '../../stages/titles/index.ts'

/** Tokenise `text` and mark every occurrence of the given names as PERSON and bodies as ORG (no people stage needed). */
function docWith(text: string, names: readonly string[], orgs: readonly string[] = []): Doc {
  const doc = applyStage(createDoc(text), tokenise)
  const mentions: Mention[] = []
  const mark = (surface: string, label: Label): void => {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      const start = doc.tokens.findIndex((t) => t.start === at)
      const end = doc.tokens.findIndex((t) => t.end === at + surface.length) + 1
      if (start >= 0 && end > start) mentions.push({start, end, label, text: surface, value: surface, rule: 'test:hand'})
    }
  }
  for (const name of names) mark(name, 'PERSON')
  for (const org of orgs) mark(org, 'ORG')
  mentions.sort((a, b) => a.start - b.start || a.end - b.end)
  return {...doc, mentions, layers: [...doc.layers, 'mentions:PERSON', 'mentions:ORG']}
}

const pairs = (text: string, names: readonly string[], orgs: readonly string[] = []): string[] =>
  applyStage(docWith(text, names, orgs), titles).titles.map((t) => `${t.person} | ${t.title}`)

describe('titles', () => {
  it('has the public API', async () => {
    expect(Object.keys(await import('../../stages/titles/index.ts')).sort()).toEqual(['default', 'findTitles', 'titles'])
  })

  it.each([
    // Titles before the name.
    ['Premier Pak Pong Ju visited a farm.', ['Pak Pong Ju'], ['Pak Pong Ju | Premier']],
    ['It was led by Vice-Marshal Ri Yong Ho.', ['Ri Yong Ho'], ['Ri Yong Ho | Vice-Marshal']],
    ['Foreign Minister Choe Son Hui left.', ['Choe Son Hui'], ['Choe Son Hui | Foreign Minister']],
    ['He met KPA Vice Marshal O Kum Chol.', ['O Kum Chol'], ['O Kum Chol | KPA Vice Marshal']],
    ['The respected General Secretary Kim Jong Un arrived.', ['Kim Jong Un'], ['Kim Jong Un | General Secretary']],
    ['Col. General Han Il Nam spoke.', ['Han Il Nam'], ['Han Il Nam | Col. General']],
    ['They met Cuban Ambassador Jose Perez.', ['Jose Perez'], ['Jose Perez | Cuban Ambassador']],
    ['Supreme Commander of the KPA Kim Il Sung said so.', ['Kim Il Sung'], ['Kim Il Sung | Supreme Commander of the KPA']],
    ['Present was Vice-Minister of Fishing and Marine Resources Ro Chol Su.', ['Ro Chol Su'],
      ['Ro Chol Su | Vice-Minister of Fishing and Marine Resources']],
    ['It was led by secretary general Anna Berg.', ['Anna Berg'], ['Anna Berg | secretary general']],
    // Epithets and honorifics are not titles.
    ['The respected Comrade Kim Jong Un inspected a mill.', ['Kim Jong Un'], []],
    ['It praised leader Kim Jong Il and the great leader Comrade Kim Il Sung.', ['Kim Jong Il', 'Kim Il Sung'], []],
    ['The works of Generalissimo Kim Il Sung were shown.', ['Kim Il Sung'], []],
    ['It is led by the great general Kim Jong Il.', ['Kim Jong Il'], []],
    ['The war hero Kim Jong Suk was born here.', ['Kim Jong Suk'], []],
    // Chains after the name.
    ['Kim Jong Un, General Secretary of the Workers\' Party of Korea, President of the State Affairs of the DPRK and Supreme Commander of the Armed Forces of the DPRK, sent a letter.',
      ['Kim Jong Un'], ['Kim Jong Un | General Secretary of the Workers\' Party of Korea', 'Kim Jong Un | President of the State Affairs of the DPRK',
        'Kim Jong Un | Supreme Commander of the Armed Forces of the DPRK']],
    ['Ro Su Il, chairman of the Commission of Science and Technology and member of the Cabinet, spoke.', ['Ro Su Il'],
      ['Ro Su Il | chairman of the Commission of Science and Technology', 'Ro Su Il | member of the Cabinet']],
    ['Ho Chol, president of the Presidium of the SPA and vice-chairman of the State Affairs Commission, left.', ['Ho Chol'],
      ['Ho Chol | president of the Presidium of the SPA', 'Ho Chol | vice-chairman of the State Affairs Commission']],
    ['Pak Il, a section chief of the Folk Institute under the Academy of Arts, said this.', ['Pak Il'],
      ['Pak Il | section chief of the Folk Institute under the Academy of Arts']],
    ['Han Tok, first vice-chairman and concurrently director of the Youth Department of the League (YL), and others came.', ['Han Tok'],
      ['Han Tok | first vice-chairman', 'Han Tok | director of the Youth Department of the League']],
    ['Ri Song, chairman of its Central Committee who is director and editor-in-chief of the Pyongyang Press, came.', ['Ri Song'],
      ['Ri Song | chairman of its Central Committee', 'Ri Song | director', 'Ri Song | editor-in-chief of the Pyongyang Press']],
    ['Ko Ju, secretary of the C.C., the WPK, attended.', ['Ko Ju'], ['Ko Ju | secretary of the C.C., the WPK']],
    ['Jo Il, WPK secretary in charge of light industry, spoke.', ['Jo Il'], ['Jo Il | WPK secretary in charge of light industry']],
    ['An Su, chairman of the north side to the Joint Committee for Trade and from the south side came others.', ['An Su'],
      ['An Su | chairman of the north side to the Joint Committee for Trade']],
    ['Tom Berg, chairman of the Norwegian association, said that it is so.', ['Tom Berg'], ['Tom Berg | chairman of the Norwegian association']],
    ['Hu Wen, president of the People\'s Republic of China, left.', ['Hu Wen'], ['Hu Wen | president of the People\'s Republic of China']],
    ['They love Kim Il, the chairperson said.', ['Kim Il'], []],
    ['Ana Luz, a member of the Women\'s Union Named after Rosa Park, said.', ['Ana Luz', 'Rosa Park'],
      ['Ana Luz | member of the Women\'s Union Named after Rosa Park']],
    ['Kim Il, accompanied by officials, visited a farm.', ['Kim Il'], []],
    // Lists: each title goes to the right person.
    ['Present were Yu Jin, minister of Culture, Pak Sin, secretary of the WPK Central Committee, and other officials.', ['Yu Jin', 'Pak Sin'],
      ['Yu Jin | minister of Culture', 'Pak Sin | secretary of the WPK Central Committee']],
    ['He was accompanied by KPA General Ri Pong, chief of the KPA General Staff, and Jang Chol, member of the NDC.', ['Ri Pong', 'Jang Chol'],
      ['Ri Pong | KPA General', 'Ri Pong | chief of the KPA General Staff', 'Jang Chol | member of the NDC']],
    ['Kim Hak, vice-chairman of the Trade Committee, Vice-Minister of Finance Choe Gil who is chairman of the Joint Board, came.', ['Kim Hak', 'Choe Gil'],
      ['Kim Hak | vice-chairman of the Trade Committee', 'Choe Gil | Vice-Minister of Finance', 'Choe Gil | chairman of the Joint Board']],
    ['Present were Chairman Ri Kwang, Vice-Chairman and Director of the Youth Department Ryang Chol and Vice-Chairperson Kim Sun of the League.',
      ['Ri Kwang', 'Ryang Chol', 'Kim Sun'],
      ['Ri Kwang | Chairman', 'Ryang Chol | Director of the Youth Department', 'Ryang Chol | Vice-Chairman', 'Kim Sun | Vice-Chairperson']],
    ['Chairman Mao Zedong and President Kim Il Sung met.', ['Mao Zedong', 'Kim Il Sung'], ['Mao Zedong | Chairman', 'Kim Il Sung | President']],
    ['President Kim Il Sung and Kim Jong Suk were praised.', ['Kim Il Sung', 'Kim Jong Suk'], ['Kim Il Sung | President']],
    // A title before a name that goes on in lower case is that name's, not the previous person's.
    ['He was joined by Director of the Army Political Bureau Ri Chol, Chief of the Army General staff Pak Son and others.', ['Ri Chol', 'Pak Son'],
      ['Ri Chol | Director of the Army Political Bureau', 'Pak Son | Chief of the Army General staff']],
    // A lower-case portfolio after "for", taken when "of", punctuation or a name follows.
    ['Han Su, secretary for economic affairs of the Central Committee, spoke.', ['Han Su'], ['Han Su | secretary for economic affairs of the Central Committee']],
    ['It was read by Minister for rural development Ewa Kos.', ['Ewa Kos'], ['Ewa Kos | Minister for rural development']],
    ['Kim Ok, director for the people who came here, left.', ['Kim Ok'], ['Kim Ok | director']],
    // A body's own leader after "its"/"their"; epithets stay out.
    ['The delegation headed by its leader Tom Reed arrived.', ['Tom Reed'], ['Tom Reed | leader']],
    ['They came led by their national leader Ada Moss.', ['Ada Moss'], ['Ada Moss | national leader']],
    ['They won under the guidance of their supreme leader Kim Il.', ['Kim Il'], []],
    // Hyphenated compounds of office words.
    ['Ri Sun, first vice-department director of the Party Central Committee, spoke.', ['Ri Sun'], ['Ri Sun | first vice-department director of the Party Central Committee']],
    ['He met Vice-Foreign Minister Ko Chol.', ['Ko Chol'], ['Ko Chol | Vice-Foreign Minister']],
    // A plural office after a singular one in a chain names other people.
    ['Present were Jon Ho who is also chairman of the Friendship Society and members of the society.', ['Jon Ho'], ['Jon Ho | chairman of the Friendship Society']],
    ['Son Il, first vice minister of Defence, generals and officers of the army came.', ['Son Il'], ['Son Il | first vice minister of Defence']],
    ['Pak Su and Ri Ho, members of the Bureau and secretaries of the Party, came.', ['Pak Su', 'Ri Ho'],
      ['Ri Ho | member of the Bureau', 'Pak Su | member of the Bureau', 'Ri Ho | secretary of the Party', 'Pak Su | secretary of the Party']],
    // KCNA's capitalised doctrine words before a lower-case noun.
    ['Eva Lind, head of the group for the study of the Juche idea, spoke.', ['Eva Lind'], ['Eva Lind | head of the group for the study of the Juche idea']],
    // Shared plural titles.
    ['Present were vice-premiers of the Cabinet Kim Tok and Ri Ju O.', ['Kim Tok', 'Ri Ju O'],
      ['Kim Tok | vice-premier of the Cabinet', 'Ri Ju O | vice-premier of the Cabinet']],
    ['Present were vice-chairmen Kang Sok and Kim Chol, Secretary General Ko Son and others.', ['Kang Sok', 'Kim Chol', 'Ko Son'],
      ['Kang Sok | vice-chairman', 'Kim Chol | vice-chairman', 'Ko Son | Secretary General']],
    ['They met KPA Generals Hyon Il, Ri Su and Kim Ok.', ['Hyon Il', 'Ri Su', 'Kim Ok'],
      ['Hyon Il | KPA General', 'Ri Su | KPA General', 'Kim Ok | KPA General']],
    ['Ri Ho and Pak Su, members of the Political Bureau, came.', ['Ri Ho', 'Pak Su'],
      ['Pak Su | member of the Political Bureau', 'Ri Ho | member of the Political Bureau']],
    // Offices given with "as": each ends its clause; a plural one is each listed name's.
    ['It was formed with Yang Sop as chairman, Kim Rin as vice-chairman and Ju Song and Ri Chol as members.', ['Yang Sop', 'Kim Rin', 'Ju Song', 'Ri Chol'],
      ['Yang Sop | chairman', 'Kim Rin | vice-chairman', 'Ri Chol | member', 'Ju Song | member']],
    ['The congress elected Kim Jong Un as General Secretary of the WPK.', ['Kim Jong Un'], ['Kim Jong Un | General Secretary of the WPK']],
    ['They regard Kim Il Sung as the sun, and Pak Su as chairman spoke.', ['Kim Il Sung', 'Pak Su'], []],
    // "charge d'affaires" (and "ad interim") is an office.
    ["Cuban charge d'affaires ad interim Jose Perez and Ana Ruiz, charge d'affaires of the mission, came.", ['Jose Perez', 'Ana Ruiz'],
      ["Jose Perez | Cuban charge d'affaires ad interim", "Ana Ruiz | charge d'affaires of the mission"]],
    // "who serves as" goes on with the chain; "organising secretary" is an office.
    ['Ri Nam, minister of Foreign Trade who serves as chairman of the Wrestling Association, and Ion Popa, organising secretary of the Party, came.', ['Ri Nam', 'Ion Popa'],
      ['Ri Nam | minister of Foreign Trade', 'Ri Nam | chairman of the Wrestling Association', 'Ion Popa | organising secretary of the Party']],
    // "and the" inside an office's phrase, unless a second body follows.
    ['He met Jan Novak, director for Asia and the Pacific of the Foreign Ministry, today.', ['Jan Novak'],
      ['Jan Novak | director for Asia and the Pacific of the Foreign Ministry']],
    // "new" before an office is not part of it; commercial and cultural councilors, doyens of a corps.
    ['He met Zile Singh, new Indian ambassador to the DPRK, and Cuban Commercial Councilor Ana Soler, doyen of the corps.', ['Zile Singh', 'Ana Soler'],
      ['Zile Singh | Indian ambassador to the DPRK', 'Ana Soler | Cuban Commercial Councilor', 'Ana Soler | doyen of the corps']],
    // A body's short form in brackets between the title and the name.
    ['Vice-Chairman of the General Association of Korean Residents in Japan (Chongryon) Pae Ik Ju spoke.', ['Pae Ik Ju'],
      ['Pae Ik Ju | Vice-Chairman of the General Association of Korean Residents in Japan']],
    // An office on one's appointment or election, an office one was elected to, and a chain through honours.
    ['He greeted Ivan Petrov on his appointment as deputy prime minister and Foreign Minister of Belarus.', ['Ivan Petrov'],
      ['Ivan Petrov | deputy prime minister', 'Ivan Petrov | Foreign Minister of Belarus']],
    ['Ana Ruiz, general secretary of the Movement, was elected chairman of the preparatory committee.', ['Ana Ruiz'],
      ['Ana Ruiz | general secretary of the Movement', 'Ana Ruiz | chairman of the preparatory committee']],
    ["He mourned Kim Su Jo, winner of Kim Il Sung Prize, People's Artiste, deputy to the Assembly and director of the Troupe, on Wednesday.", ['Kim Su Jo'],
      ['Kim Su Jo | deputy to the Assembly', 'Kim Su Jo | director of the Troupe']],
    // A date after an office is not part of it.
    ['Kim Jong Il, supreme commander of the KPA on Dec. 24, 1991, spoke.', ['Kim Jong Il'], ['Kim Jong Il | supreme commander of the KPA']],
    // Duplicates and bare forms.
    ['General Secretary Kim Jong Un met Kim Jong Un, General Secretary of the WPK.', ['Kim Jong Un'], ['Kim Jong Un | General Secretary of the WPK']],
    ['Kim Jong Un, President of the DPRK, wrote: Kim Jong Un\nPresident of the Democratic People\'s Republic of Korea', ['Kim Jong Un'],
      ['Kim Jong Un | President of the DPRK']],
    ['President Kim Il Sung and president Kim Il Sung.', ['Kim Il Sung'], ['Kim Il Sung | President']],
  ] as const)('%s', (text, names, expected) => expect(pairs(text, names)).toEqual(expected))

  it('reads offices printed on the lines after a name', () => {
    const text = 'A letter\n\nLi Wei\n\nGeneral Secretary of the Central Committee of the Party\n\nPresident of the Republic\n\nI send greetings.'
    expect(pairs(text, ['Li Wei'])).toEqual(['Li Wei | General Secretary of the Central Committee of the Party', 'Li Wei | President of the Republic'])
  })

  it('extends a title over an organisation the organisations stage found', () => {
    expect(pairs('Ana Luz, a member of the Union Named after Rosa Park, said.', ['Ana Luz', 'Rosa Park'], ['Union Named after Rosa Park']))
      .toEqual(['Ana Luz | member of the Union Named after Rosa Park'])
  })

  it('adds a TITLE mention per title span and keeps the input unchanged', () => {
    const doc = docWith('Premier Pak Pong Ju and Vice-Premier Ri Chol came.', ['Pak Pong Ju', 'Ri Chol'])
    const frozen = JSON.stringify(doc)
    const out = applyStage(doc, titles)
    expect(JSON.stringify(doc)).toBe(frozen)
    expect(out.mentions.filter((m) => m.label === 'TITLE').map((m) => [m.text, m.value, m.rule]))
      .toEqual([['Premier', 'Premier', 'titles:before-name'], ['Vice-Premier', 'Vice-Premier', 'titles:before-name']])
    expect(out.layers).toContain('titles')
  })

  it('survives pathological input quickly', () => {
    const words = Array.from({length: 200_000}, (_, i) => (i % 7 === 0 ? 'Secretary' : 'Word')).join(' ')
    const ofs = 'Minister' + ' of the'.repeat(100_000) + ' Cabinet'
    for (const text of [words, ofs]) {
      const doc = docWith(text, [])
      const t0 = performance.now()
      findTitles(doc, {maxTitleTokens: 30})
      expect(performance.now() - t0).toBeLessThan(1000)
    }
  })
})
