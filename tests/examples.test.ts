import {readdirSync} from 'node:fs'
import {join} from 'node:path'
import {expect, it} from 'vitest'

// The README's notebook recipes are tests/examples/*.ts; each asserts what it shows, so importing runs and checks it.
const recipes = readdirSync(join(import.meta.dirname, 'examples')).filter((f) => f.endsWith('.ts')).sort()

it('there are recipes', () => expect(recipes.length).toBeGreaterThanOrEqual(5))
it.each(recipes)('recipe %s', async (file) => {
  await import(`./examples/${file}`)
}, 120_000)
