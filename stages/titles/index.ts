import {addMentions, addMessages} from '../../pipeline/doc.ts'
import {defineStage} from '../../pipeline/stage.ts'
import {findTitles, type TitlesOptions} from './find.ts'

/** Person–title pairs and TITLE mentions, linked to the PERSON mentions of the `people` stage. */
export const titles = defineStage<TitlesOptions>({
  name: 'titles',
  requires: ['tokens', 'sentences', 'mentions:PERSON', 'mentions:ORG'],
  provides: ['mentions:TITLE', 'titles'],
  defaults: {maxTitleTokens: 30},
  run(doc, options) {
    const found = findTitles(doc, options)
    return addMessages({...addMentions(doc, found.mentions), titles: found.titles}, found.messages)
  },
})

export {findTitles, type TitlesOptions} from './find.ts'
export default titles
