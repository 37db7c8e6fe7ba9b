import type {Doc, Mention, Message, TitlePair} from '../../pipeline/doc.ts'
import {defineStage} from '../../pipeline/stage.ts'

/** Options of the `titles` stage. */
export interface TitlesOptions {
  /** Longest title, in tokens. */
  readonly maxTitleTokens: number
}

/** Placeholder until the titles finder lands: finds nothing. */
export function findTitles(doc: Doc, options: TitlesOptions): {mentions: Mention[]; titles: TitlePair[]; messages: Message[]} {
  void doc; void options
  return {mentions: [], titles: [], messages: []}
}

export const titles = defineStage<TitlesOptions>({
  name: 'titles',
  requires: ['tokens', 'sentences', 'mentions:PERSON', 'mentions:ORG'],
  provides: ['mentions:TITLE', 'titles'],
  defaults: {maxTitleTokens: 30},
  run(doc, options) {
    const found = findTitles(doc, options)
    return {...doc, mentions: [...doc.mentions, ...found.mentions].sort((a, b) => a.start - b.start || a.end - b.end), titles: found.titles, messages: [...doc.messages, ...found.messages]}
  },
})
export default titles
