import {addMentions, addMessages} from '../../pipeline/doc.ts'
import {defineStage} from '../../pipeline/stage.ts'
import {findDates, type DatesOptions} from './find.ts'

/** Dates → DATE mentions valued in ISO at their own granularity, relative ones resolved against `meta.published`. */
export const dates = defineStage<DatesOptions>({
  name: 'dates',
  requires: ['tokens', 'sentences'],
  provides: ['mentions:DATE'],
  defaults: {anchor: ''},
  run(doc, options) {
    const {mentions, messages} = findDates(doc, options)
    return addMessages(addMentions(doc, mentions), messages)
  },
})

export {findDates, type DatesOptions} from './find.ts'
export default dates
