import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createDoc, textOf, type Doc} from '../pipeline/doc.ts'
import {DEFAULT_PLAN} from '../pipeline/registry.ts'
import {applyStage} from '../pipeline/run.ts'

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}

/** Run the plan stage by stage on a frozen input, checking each stage's output. */
function runChecked(text: string, published?: string): Doc {
  let doc = deepFreeze(createDoc(text, published ? {format: 'text', published} : {format: 'text'}, 'prop'))
  for (const stage of DEFAULT_PLAN) {
    const a = applyStage(doc, stage)
    const b = applyStage(doc, stage)
    expect(b).toEqual(a)
    doc = deepFreeze(a)
  }
  return doc
}

// Text that looks like state media often enough to reach the finders: names, titles, bodies and dates among noise.
const pieces = fc.constantFrom(
  'Kim Jong Un', 'Choe Ryong Hae', "Workers' Party of Korea", '(WPK)', 'Premier', 'Pak Pong Ju', ',', ' and ', '.', '\n\n',
  'July 11, Juche 110(2021)', 'on the 9th', 'yesterday', 'Pyongyang, October 2 (KCNA) --', "'s", 'of the', 'Kim Il Sung Square',
  '=cmd()', '<script>alert(1)</script>', '🇰🇵', 'שלום', '김정은', '((((', 'A', 'MarshalKim', '-0-', '   ',
)
const stateMediaish = fc.array(fc.oneof(pieces, fc.string({maxLength: 12})), {maxLength: 40}).map((a) => a.join(' '))
const anyText = fc.oneof(fc.string({unit: 'binary', maxLength: 200}), stateMediaish)

describe('every stage, for any string', () => {
  it('returns without throwing, never mutates its input, is deterministic, and keeps offsets inside the text', () => {
    fc.assert(fc.property(anyText, fc.option(fc.constantFrom('2021-07-11', '2000-01-01', '2016-02-29')), (text, published) => {
      const doc = runChecked(text, published ?? undefined)
      const n = doc.tokens.length
      for (const m of doc.mentions) {
        expect(m.start).toBeGreaterThanOrEqual(0)
        expect(m.end).toBeLessThanOrEqual(n)
        expect(m.start).toBeLessThan(m.end)
        expect(m.text).toBe(textOf(doc, m))
      }
      for (const t of doc.titles) {
        expect(t.span.end).toBeLessThanOrEqual(n)
        expect(t.personSpan.end).toBeLessThanOrEqual(n)
      }
      for (const t of doc.tokens) expect(doc.text.slice(t.start, t.end)).toBe(t.text)
    }), {numRuns: 300})
  })
})
