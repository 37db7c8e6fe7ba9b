import {addMentions, addMessages} from '../../pipeline/doc.ts'
import {defineStage} from '../../pipeline/stage.ts'
import {findOrganisations, ORGANISATIONS_DEFAULTS, type OrganisationsOptions} from './find.ts'

/** Names of bodies (ORG mentions), valued by the body's fullest written form in the article. */
export const organisations = defineStage<OrganisationsOptions>({
  name: 'organisations',
  requires: ['tokens', 'sentences'],
  provides: ['mentions:ORG'],
  defaults: ORGANISATIONS_DEFAULTS,
  run(doc, options) {
    const {mentions, messages} = findOrganisations(doc, options)
    return addMessages(addMentions(doc, mentions), messages)
  },
})

export {findOrganisations, ORGANISATIONS_DEFAULTS, type OrganisationsOptions} from './find.ts'
export default organisations
