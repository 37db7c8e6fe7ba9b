import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createDoc, textOf} from '../../pipeline/doc.ts'
import {applyStage} from '../../pipeline/run.ts'
import {splitSentences, tokenise, tokenize} from '../../stages/tokenise/index.ts'
import {tokenizeByExpression} from '../../stages/tokenise/find.ts'

const words = (text: string): string[] => tokenize(text).map((t) => t.text)
const sentences = (text: string): string[] => {
  const doc = applyStage(createDoc(text), tokenise)
  return doc.sentences.map((s) => textOf(doc, s))
}

describe('tokenize', () => {
  it('gives each token its kind, the possessive with either apostrophe being a word', () => {
    const kinds = (text: string): string[] => tokenize(text).map((t) => `${t.text}:${t.kind}`)
    expect(kinds("People's Army’s 2nd unit, Su-27 & é—")).toEqual([
      'People:word', "'s:word", 'Army:word', '’s:word', '2nd:number', 'unit:word', ',:punct', 'Su-27:word', '&:symbol', 'é:word', '—:punct',
    ])
  })
  it.each([
    ['Kim Jong-un met Xi.', ['Kim', 'Jong-un', 'met', 'Xi', '.']],
    ['DPRK-U.S. talks', ['DPRK-U.S.', 'talks']],
    ['KCNA and DPRK stay whole', ['KCNA', 'and', 'DPRK', 'stay', 'whole']],
    ["the Workers' Party of Korea's line", ['the', 'Workers', "'", 'Party', 'of', 'Korea', "'s", 'line']],
    ['the U.S. and C.C., WPK', ['the', 'U.S.', 'and', 'C.C.', ',', 'WPK']],
    ['on the 9th, 1,250 tons', ['on', 'the', '9th', ',', '1,250', 'tons']],
    ['Pyongyang, July 11 (KCNA) --', ['Pyongyang', ',', 'July', '11', '(', 'KCNA', ')', '-', '-']],
    ['vice-chairman of the SAC', ['vice-chairman', 'of', 'the', 'SAC']],
    ['respected MarshalKim Jong Un', ['respected', 'Marshal', 'Kim', 'Jong', 'Un']],
    ['to HEKim Jong Un', ['to', 'HE', 'Kim', 'Jong', 'Un']],
    ['the All－Union Communist Party', ['the', 'All－Union', 'Communist', 'Party']],
    ['the LWRs, NGOs and AWACs', ['the', 'LWRs', ',', 'NGOs', 'and', 'AWACs']],
  ])('%s', (text, expected) => expect(words(text)).toEqual(expected))

  it('folds case, curly quotes and dashes into norm', () => {
    expect(tokenize('People’s Army—').map((t) => t.norm)).toEqual(['people', "'s", 'army', '-'])
  })

  // Plain ASCII tokens are cut without the expression: the tokens must be exactly those the expression gives alone,
  // whatever the text. Pieces are the characters where the two could part: periods after one letter, hyphens of three
  // kinds, number separators and suffixes, apostrophes, underscores, marks, letters beyond ASCII, odd white space.
  const PIECES = ['a', 'Z', 'x', 'K', '1', '0', '.', ',', ':', '-', '‐', '‑', '－', "'", '’', 's', 't', 'h', 'n', 'd', 'r', '_', ' ', '\n',
    '\t', '\r', '\u000b', '\u001c', '\u0000', '\u00a0', '\u2003', '\u2028', '\ufeff', 'é', 'É', '\u0301', 'ß', '한', '😀', '\ud800', '(', '"', '“', '$',
    'U.S.', "'s", '’s', 'Kim', 'MarshalKim', 'HEKim', 'ßU', '1990s', '10th', '3rd', '1,000', '12abc', 'Su-27', 'DPRK-U.S.']
  it('gives the tokens the expression alone gives, for text made of the characters where they could part', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), {maxLength: 16}).map((p) => p.join('')), (text) => {
      expect(tokenize(text)).toEqual(tokenizeByExpression(text))
    }), {numRuns: 20_000})
  })
  it('gives the tokens the expression alone gives, for any string', () => {
    fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 300}), (text) => {
      expect(tokenize(text)).toEqual(tokenizeByExpression(text))
    }))
  })

  it('keeps offsets in order, non-overlapping and equal to the text, for any string', () => {
    fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 300}), (text) => {
      let last = 0
      for (const t of tokenize(text)) {
        expect(t.start).toBeGreaterThanOrEqual(last)
        expect(text.slice(t.start, t.end)).toBe(t.text)
        last = t.end
      }
    }))
  })
})

describe('splitSentences', () => {
  it.each([
    ['Kim Jong Un visited the farm. He praised the farmers.', ['Kim Jong Un visited the farm.', 'He praised the farmers.']],
    ['Mr. Ri met Dr. Pak. They talked.', ['Mr. Ri met Dr. Pak.', 'They talked.']],
    ['He left for the U.S. on Monday.', ['He left for the U.S. on Monday.']],
    ['"It is right." He said so.', ['"It is right."', 'He said so.']],
    ['Kim Jong Un\n\nGeneral Secretary', ['Kim Jong Un', 'General Secretary']],
    ['a hard-wrapped\nline goes on\n   A new paragraph', ['a hard-wrapped\nline goes on', 'A new paragraph']],
    // A dotted abbreviation that holds the sentence's period ends it before a word that only opens sentences, and at
    // an indented line break; not before a name's next word, nor at a wrapped line's end.
    ['They urged the reform of the U.N. The UN should act.', ['They urged the reform of the U.N.', 'The UN should act.']],
    ['They urged the reform of the U.N.\nIt should act.', ['They urged the reform of the U.N.', 'It should act.']],
    ['He denounced the U.S.\n Rodong Sinmun says so.', ['He denounced the U.S.', 'Rodong Sinmun says so.']],
    ['The U.S. President spoke.', ['The U.S. President spoke.']],
    ['the former U.S.\nPresident spoke', ['the former U.S.\nPresident spoke']],
    ['the DPRK-U.S. The talks failed.', ['the DPRK-U.S.', 'The talks failed.']],
  ])('%s', (text, expected) => expect(sentences(text)).toEqual(expected))

  it('covers every token exactly once', () => {
    fc.assert(fc.property(fc.string({maxLength: 300}), (text) => {
      const tokens = tokenize(text)
      const spans = splitSentences(text, tokens)
      let next = 0
      for (const s of spans) {
        expect(s.start).toBe(next)
        expect(s.end).toBeGreaterThan(s.start)
        next = s.end
      }
      expect(next).toBe(tokens.length)
    }))
  })
})
