import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {EVAL_SETS, evaluateSet, hasShared, SHARED_DIR} from '../pipeline/evaluate.ts'

// Floors for the shared scorer's F1 per set and field: raise them when a change improves a score, never lower
// them silently. Measured values are in the README's evaluation table.
const FLOORS = JSON.parse(readFileSync(new URL('./eval-floors.json', import.meta.url), 'utf8')) as Record<string, Record<string, number>>

describe.skipIf(!hasShared())(`evaluation floors (shared material at ${SHARED_DIR})`, () => {
  for (const set of EVAL_SETS) {
    it(`${set.name} stays at or above its floors`, async () => {
      const scores = await evaluateSet(set)
      const floors = FLOORS[set.name]
      expect(floors, `tests/eval-floors.json has no floors for ${set.name}`).toBeDefined()
      for (const [field, floor] of Object.entries(floors!)) expect(scores[field], `${set.name} ${field}`).toBeGreaterThanOrEqual(floor)
    })
  }
})

if (!hasShared()) it.skip(`evaluation floors: skipped, no shared material at ${SHARED_DIR}`, () => {})
