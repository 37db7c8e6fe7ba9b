import type {Mention, Message} from '../../pipeline/doc.ts'
import {defineStage} from '../../pipeline/stage.ts'
import type {Doc} from '../../pipeline/doc.ts'

/** Options of the `dates` stage. */
export interface DatesOptions {
  /** Resolve relative dates against this ISO day when the doc has no `meta.published`. */
  readonly anchor: string
}

/** Placeholder until the dates finder lands: finds nothing. */
export function findDates(doc: Doc, options: DatesOptions): {mentions: Mention[]; messages: Message[]} {
  void doc; void options
  return {mentions: [], messages: []}
}

export const dates = defineStage<DatesOptions>({
  name: 'dates',
  requires: ['tokens', 'sentences'],
  provides: ['mentions:DATE'],
  defaults: {anchor: ''},
  run(doc, options) {
    const {mentions, messages} = findDates(doc, options)
    return {...doc, mentions: [...doc.mentions, ...mentions].sort((a, b) => a.start - b.start || a.end - b.end), messages: [...doc.messages, ...messages]}
  },
})
export default dates
