import type {Mention, Message} from '../../pipeline/doc.ts'
import {defineStage} from '../../pipeline/stage.ts'
import type {Doc} from '../../pipeline/doc.ts'

/** Options of the `organisations` stage. */
export interface OrganisationsOptions {
  /** Longest name, in tokens. */
  readonly maxNameTokens: number
}

/** Placeholder until the organisations finder lands: finds nothing. */
export function findOrganisations(doc: Doc, options: OrganisationsOptions): {mentions: Mention[]; messages: Message[]} {
  void doc; void options
  return {mentions: [], messages: []}
}

export const organisations = defineStage<OrganisationsOptions>({
  name: 'organisations',
  requires: ['tokens', 'sentences'],
  provides: ['mentions:ORG'],
  defaults: {maxNameTokens: 16},
  run(doc, options) {
    const {mentions, messages} = findOrganisations(doc, options)
    return {...doc, mentions: [...doc.mentions, ...mentions].sort((a, b) => a.start - b.start || a.end - b.end), messages: [...doc.messages, ...messages]}
  },
})
export default organisations
