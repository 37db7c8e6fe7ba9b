import {describe, expect, it} from 'vitest'
import {copiesOf, findDuplicateGroups, indexDuplicates, mergeDuplicateIndexes, minhash, similarity, DUPLICATE_DEFAULTS} from '../../stages/duplicates/index.ts'
import {article} from '../helpers.ts'

// Written for this test; no corpus text.
const STORY = 'The delegation of the friendship association arrived in the capital by air on Monday to take part in the celebrations of the founding anniversary. It was greeted at the airport by officials of the committee for cultural relations with foreign countries, who wished the guests a pleasant stay and a fruitful visit to factories farms schools and historic sites across the country during the week.'
const OTHER = 'A new housing district with three thousand flats was completed in the northern city after two years of construction by soldier builders and volunteers, and the first families moved in on Sunday with furniture, flowers and the congratulations of their new neighbours, who held a small party in the square outside the community centre with music and dancing late into the evening.'

const corpus = [
  article('kcna-1', '2018-09-03', [STORY]),
  {...article('rodong-1', '2018-09-04', [STORY.replace('Monday', 'Tuesday')]), source: 'Rodong Sinmun'},
  article('kcna-2', '2018-09-04', [OTHER]),
  article('kcna-3', '2018-12-01', [STORY]),
]

describe('near-duplicate detection', () => {
  it('signs deterministically and estimates similarity', () => {
    const a = minhash(STORY, DUPLICATE_DEFAULTS)!
    expect(minhash(STORY, DUPLICATE_DEFAULTS)).toEqual(a)
    expect(similarity(a, minhash(STORY.replace('Monday', 'Tuesday'), DUPLICATE_DEFAULTS)!)).toBeGreaterThan(0.7)
    expect(similarity(a, minhash(OTHER, DUPLICATE_DEFAULTS)!)).toBeLessThan(0.2)
    expect(minhash('too short to sign', DUPLICATE_DEFAULTS)).toBeUndefined()
  })
  it('groups a copy with one word changed, not an unrelated story nor a reprint months later', () => {
    const groups = findDuplicateGroups(indexDuplicates(corpus))
    expect(groups.map((g) => [g.canonical, g.members.map((m) => m.id)])).toEqual([['kcna-1', ['kcna-1', 'rodong-1']]])
    expect([...copiesOf(groups)]).toEqual(['rodong-1'])
  })
  it('finds the same groups from the merged indexes of two halves', () => {
    // Merged in the other order, so the groups cannot depend on the order the halves' articles were indexed in.
    const halves = mergeDuplicateIndexes(indexDuplicates(corpus.slice(1)), indexDuplicates(corpus.slice(0, 1)))
    expect(Object.keys(halves)).not.toEqual(Object.keys(indexDuplicates(corpus)))
    expect(findDuplicateGroups(halves)).toEqual(findDuplicateGroups(indexDuplicates(corpus)))
  })
})
