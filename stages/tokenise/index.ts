import {defineStage} from '../../pipeline/stage.ts'
import {ABBREVIATIONS, splitSentences, tokenize, type TokeniseOptions} from './find.ts'

/** Tokens with char offsets, and sentences as token spans. */
export const tokenise = defineStage<TokeniseOptions>({
  name: 'tokenise',
  requires: [],
  provides: ['tokens', 'sentences'],
  defaults: {abbreviations: []},
  run(doc, options) {
    const tokens = tokenize(doc.text)
    const abbreviations = options.abbreviations.length === 0 ? ABBREVIATIONS : new Set([...ABBREVIATIONS, ...options.abbreviations])
    return {...doc, tokens, sentences: splitSentences(doc.text, tokens, abbreviations)}
  },
})

export {ABBREVIATIONS, splitSentences, tokenize, type TokeniseOptions} from './find.ts'
export default tokenise
