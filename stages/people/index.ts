import type {Mention, Message} from '../../pipeline/doc.ts'
import {defineStage} from '../../pipeline/stage.ts'
import type {Doc} from '../../pipeline/doc.ts'

/** Options of the `people` stage. */
export interface PeopleOptions {
  /** Longest name, in tokens. */
  readonly maxNameTokens: number
}

/** Placeholder until the people finder lands: finds nothing. */
export function findPeople(doc: Doc, options: PeopleOptions): {mentions: Mention[]; messages: Message[]} {
  void doc; void options
  return {mentions: [], messages: []}
}

export const people = defineStage<PeopleOptions>({
  name: 'people',
  requires: ['tokens', 'sentences'],
  provides: ['mentions:PERSON'],
  defaults: {maxNameTokens: 4},
  run(doc, options) {
    const {mentions, messages} = findPeople(doc, options)
    return {...doc, mentions: [...doc.mentions, ...mentions].sort((a, b) => a.start - b.start || a.end - b.end), messages: [...doc.messages, ...messages]}
  },
})
export default people
