import {describe, expect, it} from 'vitest'
import {createDoc, type Doc} from '../../pipeline/doc.ts'
import {applyStage, runStages} from '../../pipeline/run.ts'
import {tokenise} from '../../stages/tokenise/index.ts'
import {findPeople, people} from '../../stages/people/index.ts'

const annotate = (text: string): Doc => runStages(createDoc(text), [tokenise, people])
/** Distinct values, in order of first mention. */
const values = (text: string): string[] => [...new Set(annotate(text).mentions.filter((m) => m.label === 'PERSON').map((m) => m.value))]

describe('people', () => {
  it('exports the stage, its finder and a default', async () => {
    expect(Object.keys(await import('../../stages/people/index.ts')).sort()).toEqual(['default', 'findPeople', 'people'])
  })

  it.each([
    // Korean names
    ['Premier Pak Pong Ju spoke to Kim Tok Hun.', ['Pak Pong Ju', 'Kim Tok Hun']],
    ['The guests were met by Ri Ju O and O Su Yong.', ['Ri Ju O', 'O Su Yong']],
    ['Western reporters wrote about Kim Jong-un last week.', ['Kim Jong-un']],
    ['KIM JONG UN INSPECTS A FARM\n\nKim Jong Un inspected a farm.', ['Kim Jong Un']],
    ['Kim Hyok made a speech.', ['Kim Hyok']],
    // honorifics, epithets, titles and possessives stay outside the name
    ['the respected Comrade Kim Jong Un gave guidance', ['Kim Jong Un']],
    ['Generalissimo Kim Il Sung\'s works were read.', ['Kim Il Sung']],
    ['Mr. John Smith and Dr Ada Brown met.', ['John Smith', 'Ada Brown']],
    ['President Vladimir Putin sent a message.', ['Vladimir Putin']],
    // names inside names of things
    ['He visited Kim Il Sung Square and the Kim Chaek University of Technology.', []],
    ['Workers of the Kim Jong Suk Pyongyang Textile Mill met.', []],
    ['Members of the Kim Il Sung Socialist Youth League and Kimilsungia lovers met.', []],
    ['He got the Order of Kim Il Sung in a ceremony.', []],
    ['A reception was held in Hong Kong.', []],
    // a surname alone takes the nearest full name with that surname
    ['Vladimir Putin arrived. Later Putin spoke.', ['Vladimir Putin']],
    ['Kim Yong Nam spoke. Then Kim Jong Un arrived and Kim thanked him.', ['Kim Yong Nam', 'Kim Jong Un']],
    // a name with evidence inside a longer capitalised run
    ['Yesterday the American Dennis Hale won.', ['Dennis Hale']],
    ['Present was the Assistant Secretary of State John Rowe.', ['John Rowe']],
    ['The Cabinet Kim Yong Il spoke.', ['Kim Yong Il']],
    // a title word as the surname after a given name
    ['Prime Minister John Major left.', ['John Major']],
    // one-letter initials that are also words
    ['Present were A. Dorn and I. Vasko.', ['A. Dorn', 'I. Vasko']],
    // result lines and line-ups
    ['12. Olek Varga ( South Africa ) 201,300', ['Olek Varga']],
    ['Scorers : Tovar Quist ( 34th ) , ( Bela Rusk 70th )', ['Tovar Quist', 'Bela Rusk']],
    ['Team : 4 - Rudo Pell , 3 - Sami Kroll .', ['Rudo Pell', 'Sami Kroll']],
    ['The Palang Dharma ( Righteous Force ) Party met.', []],
    // "the DR Congo" is no doctor; a name glued to "met"
    ['Delegates of the DR Congo arrived.', []],
    ['That day PresidentKim Il Sungmet farmers.', ['Kim Il Sung']],
    // foreign names by evidence
    ['Chinese President Xi Jinping met Wang Yi.', ['Xi Jinping', 'Wang Yi']],
    ['The letter was signed by Esko Koskinen, chairman of a society.', ['Esko Koskinen']],
    ['Gareth Pellow said the match was over.', ['Gareth Pellow']],
    ['Scorers: P. Dowd and T. Arkin.', ['P. Dowd', 'T. Arkin']],
    ['Teams: Ann Lee, Brynja Thorsdottir and Cyan Vossberg.', ['Ann Lee', 'Brynja Thorsdottir', 'Cyan Vossberg']],
    // not people
    ['The General Staff and the Political Bureau met in Pyongyang.', []],
    ['Prices rose on the Budapest Stock Exchange said traders.', []],
    ['Reporter Adrian Pell\nBERLIN 1996-08-30', ['Adrian Pell']],
  ])('%s', (text, expected) => expect(values(text)).toEqual(expected))

  it('keeps "Kim" and the possessive \'s out of the span but gives them the full value', () => {
    const doc = annotate('Kim Jong Il arrived. Kim\'s speech followed.')
    expect(doc.mentions.map((m) => [m.text, m.value])).toEqual([['Kim Jong Il', 'Kim Jong Il'], ['Kim', 'Kim Jong Il']])
  })

  it('reads names whose spaces the source lost ("MarshalKim Jong Unand")', () => {
    expect(values('a letter sent by the respected MarshalKim Jong Unand thus')).toEqual(['Kim Jong Un'])
  })

  it('never merges different people who share a surname', () => {
    expect(values('Kim Il Sung, Kim Jong Il, Kim Jong Suk and Kim Yo Jong')).toEqual(['Kim Il Sung', 'Kim Jong Il', 'Kim Jong Suk', 'Kim Yo Jong'])
  })

  it('gives rule ids of the stage and text equal to the span', () => {
    const doc = annotate('Premier Pak Pong Ju met Mr. John Smith.')
    expect(doc.mentions.map((m) => m.text)).toEqual(['Pak Pong Ju', 'John Smith'])
    for (const m of doc.mentions) {
      expect(m.rule).toMatch(/^people:[a-z-]+$/)
      expect(doc.text.slice(doc.tokens[m.start]!.start, doc.tokens[m.end - 1]!.end)).toBe(m.text)
    }
  })

  it('needs tokens and refuses to run twice', () => {
    expect(() => applyStage(createDoc('Kim Jong Un'), people)).toThrow(expect.objectContaining({code: 'E_MISSING_LAYER'}))
    expect(() => applyStage(annotate('Kim Jong Un'), people)).toThrow(expect.objectContaining({code: 'E_LAYER_EXISTS'}))
  })

  it('does not mutate its input', () => {
    const doc = runStages(createDoc('Kim Jong Un met Xi Jinping.'), [tokenise])
    const before = JSON.stringify(doc)
    findPeople(doc, people.defaults)
    expect(JSON.stringify(doc)).toBe(before)
  })

  it('stays linear on pathological text', () => {
    const caps = Array.from({length: 200_000}, (_, i) => ['Kim', 'Jong', 'Un', 'Square', 'John', 'Smith'][i % 6]).join(' ')
    // Distinct capitalised words, every third written in lower case too: each run asks whether its words are written
    // in lower case elsewhere in the doc, a question about many different words.
    const letters = (i: number): string => i.toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)))
    const distinct = Array.from({length: 60_000}, (_, i) => (i % 3 === 2 ? `b${letters(i)},` : `B${letters(i)}`)).join(' ')
    // Runs of initials ("A. A. A. …") and of "new" before an office once recursed, a step per word.
    const initials = `${'A. '.repeat(200_000)}Smith spoke.`
    const apposition = `Kim Jong Un, ${'new '.repeat(100_000)}ambassador.`
    for (const text of [caps, 'of the '.repeat(100_000), 'John , '.repeat(100_000), distinct, initials, apposition]) {
      const doc = runStages(createDoc(text), [tokenise])
      const t0 = performance.now()
      findPeople(doc, people.defaults)
      expect(performance.now() - t0).toBeLessThan(2000)
    }
  })
})

describe('people: regressions', () => {
  it.each([
    ['regression: "ofKim Jong Unso" read as Kim Jong', 'the letter ofKim Jong Unso as to', ['Kim Jong Un']],
    ['regression: "Kim Jong Ilexpressed" read as Kim Jong', 'Kim Jong Ilexpressed thanks', ['Kim Jong Il']],
    ['regression: Kim Chaek University read as "Kim Chaek Un"', 'the Kim Chaek University of Technology', []],
  ])('%s', (_name, text, expected) => expect(values(text)).toEqual(expected))
})

describe('people: Korean surnames and lists of officials', () => {
  it.each([
    // Surnames of DPRK romanisation beyond the commonest: the whole name, not the given name alone.
    ['Vice-Minister Kung Chol Ho met So Yong Nam and Ji Myong Su.', ['Kung Chol Ho', 'So Yong Nam', 'Ji Myong Su']],
    ['Ham Il Bok, Om Song Chol, Wi Kum Hui, Phyo Jin Su, Maeng Tok Su, Ku Hyon Ok and Sonu Ryong Il were there.',
      ['Ham Il Bok', 'Om Song Chol', 'Wi Kum Hui', 'Phyo Jin Su', 'Maeng Tok Su', 'Ku Hyon Ok', 'Sonu Ryong Il']],
    // "So" that opens a sentence before the pronoun is the English word; "I" inside a sentence can be a given name.
    ['So I asked the guide about the hall.', []],
    ['It was "So I thought" that he wrote.', []],
    ['The scroll holds letters by Ri I, a scholar of the 16th century.', ['Ri I']],
    // The capitalised words after an office and "of" name its body, never a person of the list around them.
    ['Present were Ryu Kang Il, minister of Public Health, Pak Song Chol, vice-minister of Foreign Trade, and others.', ['Ryu Kang Il', 'Pak Song Chol']],
    ['They were met by Han Chol Ho, chairman of Kangso County, and Ri Pok Sun.', ['Han Chol Ho', 'Ri Pok Sun']],
  ])('%s', (text, expected) => expect(values(text)).toEqual(expected))
})

describe('people: the leaders named together', () => {
  it.each([
    // A plural epithet before two names is not part of the first.
    ['They paid tribute to the great Generalissimos Kim Il Sung and Kim Jong Il.', ['Kim Il Sung', 'Kim Jong Il']],
    ['The great Comrades Kim Il Sung and Kim Jong Il loved the people.', ['Kim Il Sung', 'Kim Jong Il']],
    // Two names joined by a hyphen: the first ends inside "Sung-Kim", and "Jong Il" after it is no name of its own.
    ['It is the pride of the Kim Il Sung-Kim Jong Il nation.', ['Kim Il Sung']],
    ['Pak Song-Chol met Ri Yong-Ho.', ['Pak Song-Chol', 'Ri Yong-Ho']],
    // A last syllable mistyped in lower case, or with "ll" for "Il", still ends the name, spelt as it should be.
    ['Secretary Kim Jong ll received a gift. Kim Il sung founded it.', ['Kim Jong Il', 'Kim Il Sung']],
    // A given name of one syllable before a lower-case word stays one.
    ['The table-tennis player Kim Jong who won the medal spoke.', ['Kim Jong']],
    // Only those forms: a word named like a property of every object is none of them.
    ['Kim Jong constructor of the dam spoke.', ['Kim Jong']],
  ])('%s', (text, expected) => expect(values(text)).toEqual(expected))
})

describe('people: things and initials that are no names', () => {
  it.each([
    // A head word of a war, a policy, a reception makes the run a thing, "the great" before it notwithstanding.
    ['They marked the victory in the great Fatherland Liberation War.', []],
    ['Mongolian Ambassador Hosts Reception', []],
    ['He praised the Songun Policy of the country.', []],
    // Initials lead to a name word on their line: not a country's abbreviation, not an acronym on the next line.
    ['The U.S and s. Korean puppets held talks.', []],
    ['There is nothing good in it from A to Z.\nNATO is a war machine.', []],
    ['J. R. Tolkane and P. Simmons spoke.', ['J. R. Tolkane', 'P. Simmons']],
    // "Name, a/an …" says a person unless the noun it ends on is a thing.
    ['Minjok Thongsin, an Internet paper of Koreans in the U.S., said so.', []],
    ['Ondo Bata, a state councillor, spoke.', ['Ondo Bata']],
    ['Jie Wanqiu, a member of the Socialist Party, spoke.', ['Jie Wanqiu']],
    ['They sold Kalmi Islet, an inviolable territory of Korea.', []],
    ['Kaesong Songjon, a university of light industry, was founded.', []],
    // "Mt" opens the name of a mountain.
    ['They climbed Mt Chonbul, a scenic spot, and Mt Kwanmo.', []],
  ])('%s', (text, expected) => expect(values(text)).toEqual(expected))
})

describe('people: initials and fuller forms of one name', () => {
  const pairs = (text: string): string[] => annotate(text).mentions.filter((m) => m.label === 'PERSON').map((m) => `${m.text} => ${m.value}`)
  it('takes initials before a known name into it, and gives every form the fullest one the article writes', () => {
    expect(pairs('President Vladimir Vladimirovich Putin arrived. President V.V. Putin spoke. Putin left. Vladimir Putin waved.')).toEqual([
      'Vladimir Vladimirovich Putin => Vladimir Vladimirovich Putin', 'V.V. Putin => Vladimir Vladimirovich Putin',
      'Putin => Vladimir Vladimirovich Putin', 'Vladimir Putin => Vladimir Vladimirovich Putin',
    ])
    expect(values('President V.V. Putin spoke. Putin left.')).toEqual(['V.V. Putin'])
  })
  it('reads initials written as one word before any name, not before the name of a body', () => {
    expect(values('A message came from chairman of the Liberal Party of Ruritania A.B. Kostrova on Monday.')).toEqual(['A.B. Kostrova'])
    // "G.S." is General Secretary: a title, no initials.
    expect(values('G.S. Kim Jong Il sent a wreath.')).toEqual(['Kim Jong Il'])
  })
  it('takes initials written apart and together for one name', () => {
    expect(values('Russian President V. V. Putin met them. V.V. Putin said so. Putin left.')).toEqual(['V. V. Putin'])
  })
  it('takes no state or honorific for initials, and no fuller form that adds words before the name', () => {
    expect(values('The U.S. Trump administration spoke.')).toEqual(['Trump'])
    // Whatever the first mention takes in before the name, the second keeps its own.
    expect(pairs('Pyongyang, March 15 (KCNA) -- Former French Minister of Culture Jack Lang, member of the Lower House, arrived. Jack Lang spoke.')).toContain('Jack Lang => Jack Lang')
  })
})

describe('people: offices around names', () => {
  it.each([
    // After "Name ,": an office in lower case or, in capitals, before "of"; "prime minister", "vice-minister".
    ['The delegation was led by Haruto Mizuno, Secretary General of the SDP, and Emi Kuroda, Chairperson of the Group.', ['Haruto Mizuno', 'Emi Kuroda']],
    ['He met Vongsa Keomany, prime minister of Laos, and Sithon Vilay, vice-minister of Foreign Affairs.', ['Vongsa Keomany', 'Sithon Vilay']],
    // A Korean name after an office and the body it is of, even one of several words.
    ['They were met by Minister of Culture Ryang Chol Su, director of the secretariat.', ['Ryang Chol Su']],
    ['Present were Minister of Foreign Trade Kye Yong Nam, and Minister of Science and Technology Pyon Il Gyu, and others.', ['Kye Yong Nam', 'Pyon Il Gyu']],
    // An office, a country or a headline's verb before a name is not part of it.
    ['Also there was Vice-Minister Ana Ruiz Mendez, adviser to the president.', ['Ana Ruiz Mendez']],
    ['The general secretary of the Labour Party of Britain Thomas Rowe Hale, a veteran of it, spoke.', ['Thomas Rowe Hale']],
    ['Kim Jong Un Receives Sergio Pavel Dunin, Secretary of the Council', ['Kim Jong Un', 'Sergio Pavel Dunin']],
    // A given name's first word may also be a surname: the whole Korean name.
    ['They met Pak Wang Gyu yesterday.', ['Pak Wang Gyu']],
    // A nationality and an office in capitals before "to"/"of", one of no regular shape, an office after its modifier,
    // and "charge d'affaires" before or after the name.
    ['Present were Tho Van Binh, Vietnamese Ambassador to the DPRK, and Somsak Vila, Lao ambassador to the DPRK.', ['Tho Van Binh', 'Somsak Vila']],
    ['Present was Duong Quoc Tuan, military attache of the embassy.', ['Duong Quoc Tuan']],
    ["Syrian charge d'affires ad interim Nabil Haddad and Amira Salem, charge d'affaires of the mission, came.", ['Nabil Haddad', 'Amira Salem']],
    // A capitalised office of two words before a name; a plural office is not part of the name after it.
    ['It was headed by General Secretary Filiberto Ntutumu Nguema.', ['Filiberto Ntutumu Nguema']],
    ['Present were Lieutenant Generals Ri Yong Il and So Chun Bong.', ['Ri Yong Il', 'So Chun Bong']],
    ['They met Secretaries John Smith and Ann Lee.', ['John Smith', 'Ann Lee']],
    ['They met Vice-Chairmen John Smith and Ann Lee.', ['John Smith', 'Ann Lee']],
    ['Family members of Chai Shiying, Hu Zhenyi and Fan Delin came.', ['Chai Shiying', 'Hu Zhenyi', 'Fan Delin']],
    // Words after a body's head and "of" name the body, not a person; a country is no such head.
    ['It was said by Kong Myong Song of the Academy of Social Sciences, who is a member of it.', ['Kong Myong Song']],
    ['They call for residence in Japan of Takeshi Terakoshi, a Japanese.', ['Takeshi Terakoshi']],
    // Initials of any letter, particles written in lower case, "new" before an apposed office, a nationality and a
    // capitalised office before the name; a place after "from" is no result line.
    ['The gift was handed by K. A. Kolpakov, Minister of Justice.', ['K. A. Kolpakov']],
    ['He sent greetings to Moammer el Gaddafi, leader of the revolution, and met Zile Singh, new Indian ambassador to the DPRK.', ['Moammer el Gaddafi', 'Zile Singh']],
    ['He met Cuban Commercial Councilor Enrique Gomez Soler and Vietnamese Councilor Nguyen Dinh Duong.', ['Enrique Gomez Soler', 'Nguyen Dinh Duong']],
    ['Resignation of S. Korean Chief Executive Urged', []],
    ['The troops protect the region from San Diego (California) to Seoul; a prize went to Joanne Carter (Australia).', ['Joanne Carter']],
    // A surname alone with an office of a body after it; not a word of a body's name before "and".
    ['Present there were Shenin, chairman of the Communist Party, and Tolstikov, first vice-chairman of the Association.', ['Shenin', 'Tolstikov']],
    ['He met the minister of Future and Science, director of the Court.', []],
    // Name words after the head of the body an office is of; not an outlet's name, a nationality's, or more of a body.
    ['He met honorary Chairman of the World Peace Council Romesh Chandra and Vice-Minister of Foreign Affairs Zhang Yesui.', ['Romesh Chandra', 'Zhang Yesui']],
    ['He met the General Director of the News Agency Prensa Latina and the chairperson of the National Democratic Confederation of Trade Unions.', []],
    // A conservatory or a prefecture named after a person or a place is no person.
    ['She studied at the Pyongyang Kim Won Gyun Conservatory; Ri Pak Ji in Hyogo Prefecture, member of the committee, spoke.', ['Ri Pak Ji']],
    // An envoy's office, "here", and the name; a lone surname with a nationality's envoy office after it.
    ["Invited there were charge d'affaires ad interim of the Polish Embassy here Mieczyslaw Dedo and officials. And Motomura, Japanese ambassador to the United Nations, said so.",
      ['Mieczyslaw Dedo', 'Motomura']],
    // A name with the office of one's election after it.
    ['Pak Pong Ju sent greetings to Sushil Koirala upon his election as prime minister of Nepal.', ['Pak Pong Ju', 'Sushil Koirala']],
    // One more name word after a known name before its comma; not a noun KCNA puts after a leader's name.
    ['Kim Yong Nam sent greetings to Hugo Chavez Frias, president of Venezuela, and denounced the Park Geun Hye Regime, a puppet.', ['Kim Yong Nam', 'Hugo Chavez Frias', 'Park Geun Hye']],
    // "Secretary" alone before a surname.
    ['U.S. Defense Secretary Cohen arrived in Tokyo.', ['Cohen']],
    // A name glued to the -ing word after it.
    ['They hold the great ComradeKim Jong Unrepresenting the destiny of the nation.', ['Kim Jong Un']],
    // A headline's verb after a title is no name.
    ['Colombian President Praises Kim Jong Il', ['Kim Jong Il']],
    ['Indian Ambassador Presents Credentials', []],
    ['FM Spokesman Slams Bush', ['Bush']],
    // An envoy's office and the country he is sent to before the name.
    ['A basket was sent by Vietnamese Ambassador to the DPRK Le Quang Ba and Ambassador to Korea Tho Binh.', ['Le Quang Ba', 'Tho Binh']],
    // A body between two people of a list is not a person.
    ['There were Anna Berg, head of the World Health Programme, Lena Holm, adviser of the Relief Programme.', ['Anna Berg', 'Lena Holm']],
  ])('%s', (text, expected) => expect(values(text)).toEqual(expected))
})
