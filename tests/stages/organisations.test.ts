import {describe, expect, it} from 'vitest'
import {createDoc, type Doc} from '../../pipeline/doc.ts'
import {runStages} from '../../pipeline/run.ts'
import {tokenise} from '../../stages/tokenise/index.ts'
import {organisations} from '../../stages/organisations/index.ts'
import {people} from '../../stages/people/index.ts'
import {titles} from '../../stages/titles/index.ts'

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
    // A day or month after the name is the news's date; a dated name inside a body's name is part of it.
    ['A spokesman for the Foreign Ministry of the DPRK Monday answered.', ['Foreign Ministry of the DPRK']],
    ['The South Side Committee for Implementing the June 15 Joint Declaration met.', ['South Side Committee for Implementing the June 15 Joint Declaration']],
    // Heads that need the word before them.
    ['Members of the Japanese Diet and the Korea-Syria Friendship Parliamentary Group came.', ['Japanese Diet', 'Korea-Syria Friendship Parliamentary Group']],
    ['The Labour Congress of Thailand thanked the Okryu Korean Dress Shop.', ['Labour Congress of Thailand', 'Okryu Korean Dress Shop']],
    // Numbered military units, with the body they belong to when written.
    ['The U.S. 7th Fleet, the 2nd Division and the 105th Tank Division of the Korean People\'s Army moved; the 3rd Party Congress met.',
      ['7th Fleet', '2nd Division', "105th Tank Division of the Korean People's Army"]],
    // A numbered body in a complement keeps its number; a numbered thing that is no body ends the name.
    ['He is a member of the Political Bureau of the 8th Central Committee of the WPK.', ['Political Bureau of the 8th Central Committee of the WPK']],
    ['The Korean Youth League of the 21st Century met.', ['Korean Youth League']],
    // Epithets before a body's name are not part of it.
    ["It carried an article titled \"Ever-victorious Workers' Party of Korea\" on the Heroic Korean People's Army.", ["Workers' Party of Korea", "Korean People's Army"]],
    // Sports teams, circuses, and known outlets without the nationality before them (national societies keep theirs).
    ['The April 25 Sports Team and the Rimyongsu Sports Team played before the Pyongyang Circus, south Korean Yonhap News said.',
      ['April 25 Sports Team', 'Rimyongsu Sports Team', 'Pyongyang Circus', 'Yonhap News']],
    ['The Japanese Red Cross Society met; the team won.', ['Japanese Red Cross Society']],
    ['Guests dined at the Okryu Restaurant.', ['Okryu Restaurant']],
    ['Children of Taedongmun Kindergarten sang, Newsis and Thongil News said.', ['Taedongmun Kindergarten', 'Newsis', 'Thongil News']],
    // A known outlet's country is where it is; a known body's stays in its name.
    ['It was said by Yonhap News of South Korea and the Supreme Court of the Russian Federation.', ['Yonhap News', 'Supreme Court of the Russian Federation']],
    // An office of "vice-" form after "and" starts the next office, not more of the body.
    ['She is vice-chairwoman of the Committee for Cultural Relations and Vice-Chairwoman of the Friendship Association.',
      ['Committee for Cultural Relations', 'Friendship Association']],
    // Two institutions joined by "and" are two bodies; words of one name joined by "and" stay one.
    ['Students of Phyongsong University of Coal Mining and Nampho University of Agriculture and of the Ministry of Power and Coal Industries came.',
      ['Phyongsong University of Coal Mining', 'Nampho University of Agriculture', 'Ministry of Power and Coal Industries']],
    ['The Yangon Regional Committee of the Union Solidarity and Development Party of Myanmar met.', ['Yangon Regional Committee of the Union Solidarity and Development Party of Myanmar']],
    // A head that needs the word before it stands first before a purpose in capitals; a dated name after "of".
    ['The British Group for the Study of the Juche Idea and the Movement for Peace and Socialism of Italy met.',
      ['British Group for the Study of the Juche Idea', 'Movement for Peace and Socialism of Italy']],
    ['The All-Korean Committee for Implementation of June 15 Joint Declaration said.', ['All-Korean Committee for Implementation of June 15 Joint Declaration']],
    // A known body with no head word.
    ['Members of the People for Achieving Peace and Reunification and South Headquarters of the Alliance came.',
      ['People for Achieving Peace and Reunification', 'South Headquarters of the Alliance']],
    // A number written with "No." after a head.
    ["Workers of the Foodstuff Factory No. 354 of the Korean People's Army and the Pyongyang Primary School No. 4 came.",
      ["Foodstuff Factory No. 354 of the Korean People's Army", 'Pyongyang Primary School No. 4']],
    // Works named with a place or a date and a number; a numbered department.
    ['Workers of the Pyongyang 326 Electric Wire Factory and the February 8 Vinalon Complex met; on January 18 the KCNA said.',
      ['Pyongyang 326 Electric Wire Factory', 'February 8 Vinalon Complex', 'KCNA']],
    // A short form after a body that was merged into a longer name of it.
    ['The Ministry of Foreign Affairs spoke. The Ministry of Foreign Affairs under the Cabinet spoke. The Ministry met.',
      ['Ministry of Foreign Affairs under the Cabinet']],
    // A word that starts no name before the number is not part of the works' name.
    ['In 2019 Sinuiju Cosmetics Factory grew; About 500 Chollima Steel Complex workers came.', ['Sinuiju Cosmetics Factory', 'Chollima Steel Complex']],
    ['The European Department 2 of the Foreign Ministry of the DPRK said.', ['European Department 2 of the Foreign Ministry of the DPRK']],
    // A headline's verb ends a name and opens none; "on" a day is when, not what the body is on.
    ['Rodong Sinmun Urges UNSC to Act', ['Rodong Sinmun', 'UNSC']],
    ['Comrade Kim Jong Un Visits Central Cadres Training School of WPK', ['Central Cadres Training School of WPK']],
    ['An exhibition opened at the Mansudae Art Studio on the Day of the Shining Star; the Committee on Foreign Affairs met.', ['Mansudae Art Studio', 'Committee on Foreign Affairs']],
    // A country that ends the phrase after "and" is not more of the name.
    ["They marked the anniversaries of the Workers' Party of Korea and Korea's liberation.", ["Workers' Party of Korea"]],
    ['The Institute for Asia and Oceania of Cuba and the Party of Labour of Albania and China met.', ['Institute for Asia and Oceania of Cuba', 'Party of Labour of Albania']],
  ])('%s', (text, expected) => expect(values(text)).toEqual(expected))
})

describe("organisations: the person a body's name honours", () => {
  const withPeople = (text: string): Doc => runStages(createDoc(text), [tokenise, people, organisations, titles])
  it.each([
    ['The chairman of the Kuwaiti Committee for Remembering Generalissimo Kim Jong Il, Ali Saad, spoke.', 'Kuwaiti Committee for Remembering Generalissimo Kim Jong Il'],
    ['The Malaysian Preparatory Committee for Celebrating the Centenary of the Birth of President Kim Il Sung, the chairman of the club and others came.',
      'Malaysian Preparatory Committee for Celebrating the Centenary of the Birth of President Kim Il Sung'],
    // The honoured person ends the name: a day after it is not part of it.
    ['The Preparatory Committee for Celebrating the Centenary of the Birth of President Kim Il Sung Friday held a meeting.',
      'Preparatory Committee for Celebrating the Centenary of the Birth of President Kim Il Sung'],
  ])('%s', (text, body) => {
    const doc = withPeople(text)
    expect(doc.mentions.filter((m) => m.label === 'ORG').map((m) => m.value)).toContain(body)
    // The honoured person is a person of the document too.
    expect(doc.mentions.some((m) => m.label === 'PERSON' && m.text.startsWith('Kim'))).toBe(true)
    // The person closing the body's name holds none of the offices around it.
    expect(doc.titles.filter((t) => t.person.startsWith('Kim'))).toEqual([])
  })
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
    // A standing body's term does not make it another body.
    ["The Eighth Central Committee of the Workers' Party of Korea met. The Central Committee of the WPK decided.",
      ["Eighth Central Committee of the Workers' Party of Korea => Eighth Central Committee of the Workers' Party of Korea",
        "Central Committee of the WPK => Eighth Central Committee of the Workers' Party of Korea"]],
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
    // A name written across a line break keeps its surface and is valued with single spaces.
    ["Students of the Ehwa\nWomen's University  met.", ["Ehwa\nWomen's University => Ehwa Women's University"]],
    // A name does not run on over a sentence end that an abbreviation's period holds.
    ['They urged the reform of the U.N.\n The UN should act.', ['U.N. => U.N.', 'UN => U.N.']],
    ['He denounced the U.S.\n Rodong Sinmun says so.', ['Rodong Sinmun => Rodong Sinmun']],
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
  it('regression: a "C.C., X" headline name whose tail the body names does not crash the stage', () => {
    const headline = 'Letter from C.C., Example Farmers Union'
    const doc = run(`${headline}\n\nThe Example Farmers Union sent a letter.`, {bodyStart: String(headline.length + 2)})
    expect(doc.mentions.map((m) => m.value)).toContain('Example Farmers Union')
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

describe('organisations: names with lower-case words', () => {
  it.each([
    ['Officers of the KPA General staff and of KPA Unit 77 attended.', ['KPA General staff => KPA General staff', 'KPA Unit 77 => KPA Unit 77']],
    ["The Korean People's Army general staff and the KPA General staff are one.",
      ["Korean People's Army general staff => Korean People's Army general staff",
        "KPA General staff => Korean People's Army general staff"]],
    ['He went to KPA naval combined unit No. 12 and then home.', ['KPA naval combined unit No. 12 => KPA naval combined unit No. 12']],
    ['Crops ripened at Sambong and Tonghae fruit farms last year.',
      ['Sambong => Sambong fruit farm', 'Tonghae fruit farms => Tonghae fruit farms']],
    ['Workers of the Ansan silk mill, and of Okdo, Puhung and Kalma area coal mines met.',
      ['Ansan silk mill => Ansan silk mill', 'Okdo => Okdo area coal mine', 'Puhung => Puhung area coal mine',
        'Kalma area coal mines => Kalma area coal mines']],
    ['Power came from the Rimsan youth power station.', ['Rimsan youth power station => Rimsan youth power station']],
  ])('%s', (text, expected) => expect(pairs(text)).toEqual(expected))

  it.each([
    ['Thermal power plants and coal mines worked hard.'],
    ['Japanese coal mines and Chinese vegetable farms were named.'],
    ['The leader inspected unit No. 90 and a silk mill.'],
    ['In Sangwon they built power stations.'],
  ])('not a body: %s', (text) => expect(values(text)).toEqual([]))
})

describe('organisations: named bodies without an organisation keyword', () => {
  it.each([
    ['A Tokyo-based radio Voice of Free Workers said it. The Voice of Free Workers added more.', ['Voice of Free Workers']],
    ['As it happened, Daily Echo reported a loss.', ['Daily Echo']],
    ['Tokyo-based QRT and London-based Widget Holdings reported it.', ['QRT', 'Widget Holdings']],
    ['The Nepalese newspaper Gorkha Patra and the paper Morning Light Tuesday carried articles.', ['Gorkha Patra', 'Morning Light']],
    ["Veterans of the Chinese People's Volunteers laid wreaths.", ["Chinese People's Volunteers"]],
    ['He is a member of the National Leadership of the Ruritanian Socialist Party.',
      ['National Leadership of the Ruritanian Socialist Party']],
  ])('%s', (text, expected) => expect(values(text)).toEqual(expected))

  it.each([
    ['The Indian newspaper wrote it, the paper Wednesday said.'],
    ['He spoke on radio Monday and on television President Lee replied.'],
    ['A newspaper Japanese readers like is gone.'],
    ['Daily life is hard.'],
  ])('not a body: %s', (text) => expect(values(text)).toEqual([]))
})

describe('organisations: bodies nested in "C.C., [the] <party>"', () => {
  it.each([
    ['She is a member of the Secretariat of the C.C., the Socialist Unity Party and its treasurer.',
      ['Secretariat of the C.C., the Socialist Unity Party => Secretariat of the C.C., the Socialist Unity Party']],
    ['Two officials of the Organizational Department of the C.C., the WPK, arrived.',
      ['Organizational Department of the C.C., the WPK => Organizational Department of the C.C., the WPK']],
    ['He is a secretary of the C.C. of the Labour Party and an official of the C.C. the Labour Party.',
      ['C.C. of the Labour Party => Central Committee of the Labour Party', 'C.C. the Labour Party => Central Committee of the Labour Party']],
    ["He is a deputy director of the C.C., Workers' Party of Korea.",
      ["C.C., Workers' Party of Korea => Central Committee of the Workers' Party of Korea"]],
    ['The Political Bureau of the C.C., the Labour Party met. Later the Central Committee of the Labour Party met.',
      ['Political Bureau of the C.C., the Labour Party => Political Bureau of the C.C., the Labour Party',
        'Central Committee of the Labour Party => Central Committee of the Labour Party']],
  ])('%s', (text, expected) => expect(pairs(text)).toEqual(expected))
})

describe('organisations: a state acronym inside a nested body', () => {
  it.each([
    ["The Standing Committee of the DPRK Supreme People's Assembly adopted a decree.",
      ["Standing Committee of the DPRK Supreme People's Assembly"]],
    ['Officers of the Operations Bureau of the ROK General Staff met.', ['Operations Bureau of the ROK General Staff']],
    ['A letter went to Supreme Commander of the KPA Kim Jong Un.', ['KPA']],
  ])('%s', (text, expected) => expect(values(text)).toEqual(expected))
})

describe('organisations: bracketed qualifiers and acronyms of the article\'s own body', () => {
  it.each([
    ['The Workers Party of Ruritania (Marxist-Leninist) sent a note. The WPR (M-L) thanked them.',
      ['Workers Party of Ruritania (Marxist-Leninist) => Workers Party of Ruritania (Marxist-Leninist)',
        'WPR => Workers Party of Ruritania (Marxist-Leninist)']],
    ['A delegation of the Communist Party of Cuba came; the CPC delegation left.',
      ['Communist Party of Cuba => Communist Party of Cuba', 'CPC => Communist Party of Cuba']],
    ['The Communist Party of China and the CPC agreed.',
      ['Communist Party of China => Communist Party of China', 'CPC => Communist Party of China']],
    ['The Communist Party of Nepal (Maoist) and the Rastriya Prajatantra Party met.',
      ['Communist Party of Nepal (Maoist) => Communist Party of Nepal (Maoist)',
        'Rastriya Prajatantra Party => Rastriya Prajatantra Party']],
    ['The Korean Youth League in Japan (KYLJ) met; the KYLJ sang.',
      ['Korean Youth League in Japan => Korean Youth League in Japan', 'KYLJ => Korean Youth League in Japan',
        'KYLJ => Korean Youth League in Japan']],
  ])('%s', (text, expected) => expect(pairs(text)).toEqual(expected))
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

describe('organisations: acronyms that name no body', () => {
  it.each([
    // Weapons, laws, treaties, plans, exercises, technologies and lines are not bodies, bare or defined.
    ['The deployment of THAAD and the test of an ICBM were denounced under the NSL.', []],
    ['The Agreed Framework (AF) and the SOFA were discussed, and so was the NPT.', []],
    ['The UFG exercise followed OPLAN 5027 along the MDL, near the DMZ.', []],
    ['The plant makes CNC machines and LED lamps for the IT industry.', []],
    // Beside them, a body with its acronym still is one.
    ['The Korean Youth League (KYL) denounced THAAD. The KYL met.', ['Korean Youth League']],
  ])('%s', (text, expected) => expect(values(text)).toEqual(expected))
})

describe('organisations: a plural name word misspelt as a singular possessive', () => {
  it('keeps "Worker\'s" in the party\'s name and gives it the party\'s own spelling', () => {
    expect(values('A delegation of the Worker\'s Party of Korea arrived. The WPK gave a banquet.')).toEqual(['Workers\' Party of Korea'])
    expect(values('The Central Committee of the Worker\'s Party of Korea met.')).toEqual(['Central Committee of the Worker\'s Party of Korea'])
  })
  it('groups the two spellings of another body as one', () => {
    expect(values('The Farmer\'s Union of Ruritania met. The Farmers\' Union of Ruritania then spoke.')).toHaveLength(1)
    // Kept whole, not cut to "Union of Ruritania" after the possessive.
    expect(values('The Teacher\'s Union of Ruritania met.')).toEqual(['Teacher\'s Union of Ruritania'])
  })
})

describe('organisations: a defined long form ends before a quote or a possessive', () => {
  it.each([
    ['They would make the "Self-Defense Forces" (SDF) an army. The SDF refused.', ['Self-Defense Forces']],
    ['The Ruritanian Intelligence Service\'s (RIS) plot was exposed. The RIS denied it.', ['Ruritanian Intelligence Service']],
  ])('%s', (text, expected) => expect(values(text)).toEqual(expected))
  it('takes no initials before a person for a body', async () => {
    const {people} = await import('../../stages/people/index.ts')
    const doc = runStages(createDoc('President V.V. Putin of the Russian Federation spoke.'), [tokenise, people, organisations])
    expect(doc.mentions.filter((m) => m.label === 'ORG').map((m) => m.value)).toEqual([])
    expect(doc.mentions.filter((m) => m.label === 'PERSON').map((m) => m.text)).toEqual(['V.V. Putin'])
  })
})

describe('organisations: lists inside a name, and the next office of a chain', () => {
  it.each([
    ['The Ruritanian Ministry of Education, Culture, Sports and Science decided it.', ['Ruritanian Ministry of Education, Culture, Sports and Science']],
    // A list of bodies, of a body and people, of a body and countries is no list inside one name.
    ['The Ministry of Culture, Ministry of Education and others met.', ['Ministry of Culture', 'Ministry of Education']],
    ['The Ministry of Culture, China and Russia met.', ['Ministry of Culture']],
    // "… of the DPRK and Supreme Commander of the KPA": the second office of a chain, not more of the first body.
    ['Kim Jong Il, Chairman of the National Defence Commission of the Democratic People\'s Republic of Korea and Supreme Commander of the KPA, came.', ['National Defence Commission of the Democratic People\'s Republic of Korea', 'KPA']],
  ])('%s', (text, expected) => expect(values(text)).toEqual(expected))
})

describe('organisations: what a body\'s name does not run on into', () => {
  it.each([
    // A work's title in title case: its verb ends the body's name.
    ['They studied "The Labour Party of Ruritania Is Invincible" and the rest.', ['Labour Party of Ruritania']],
    // An epithet alone is no body's complement, nor an adjective of a nation before a common noun.
    ['The Labour Party of Ruritania is the Party of the Great Leader.', ['Labour Party of Ruritania']],
    ['The alliance called NATO of Asian version was denounced.', ['NATO']],
    ['The Liberal Party of Ruritania met. The Union of Japanese Writers met.', ['Liberal Party of Ruritania', 'Union of Japanese Writers']],
  ])('%s', (text, expected) => expect(values(text)).toEqual(expected))
})
