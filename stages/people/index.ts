import {addMentions, addMessages} from '../../pipeline/doc.ts'
import {defineStage} from '../../pipeline/stage.ts'
import {findPeople, type PeopleOptions} from './find.ts'

/** Stage `people`: PERSON mentions whose value is the fullest in-article form of the name. */
export const people = defineStage<PeopleOptions>({
  name: 'people',
  requires: ['tokens', 'sentences'],
  provides: ['mentions:PERSON'],
  defaults: {maxNameTokens: 4},
  run(doc, options) {
    const {mentions, messages} = findPeople(doc, options)
    return addMessages(addMentions(doc, mentions), messages)
  },
})
export {findPeople, type PeopleOptions} from './find.ts'
export default people
