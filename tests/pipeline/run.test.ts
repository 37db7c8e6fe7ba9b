import {describe, expect, it} from 'vitest'
import {addMentions, createDoc, textOf, type Doc} from '../../pipeline/doc.ts'
import {applyStage, checkPlan, runStages} from '../../pipeline/run.ts'
import {defineStage} from '../../pipeline/stage.ts'
import {tokenise} from '../../stages/tokenise/index.ts'

const shout = defineStage<{word: string}>({
  name: 'shout',
  requires: ['tokens'],
  provides: ['mentions:PERSON'],
  defaults: {word: 'Kim'},
  run(doc, options) {
    const i = doc.tokens.findIndex((t) => t.text === options.word)
    if (i < 0) return doc
    return addMentions(doc, [{start: i, end: i + 1, label: 'PERSON', text: options.word, value: options.word, rule: 'shout:word'}])
  },
})
const broken = defineStage({name: 'broken', requires: [], provides: ['mentions:ORG'], defaults: {}, run: () => { throw new Error('boom') }})

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v)
    Object.freeze(value)
  }
  return value
}

describe('applyStage', () => {
  it('refuses a doc that lacks a required layer, naming the stage', () => {
    expect(() => applyStage(createDoc('Kim met Ri.'), shout)).toThrow(expect.objectContaining({code: 'E_MISSING_LAYER'}))
  })
  it('refuses to run a stage twice on one doc', () => {
    const doc = applyStage(createDoc('Kim met Ri.'), tokenise)
    expect(() => applyStage(doc, tokenise)).toThrow(expect.objectContaining({code: 'E_LAYER_EXISTS'}))
  })
  it('wraps a failing stage as E_STAGE_FAILED with the cause', () => {
    expect(() => applyStage(createDoc('x'), broken)).toThrow(expect.objectContaining({code: 'E_STAGE_FAILED'}))
  })
  it('merges options with defaults and records the provided layers', () => {
    const doc = runStages(createDoc('Kim met Ri.'), [tokenise, shout], {shout: {word: 'Ri'}})
    expect(doc.mentions.map((m) => textOf(doc, m))).toEqual(['Ri'])
    expect(doc.layers).toEqual(['tokens', 'sentences', 'mentions:PERSON'])
  })
  it('never mutates its input', () => {
    const input: Doc = deepFreeze(applyStage(createDoc('Kim met Ri.'), tokenise))
    const a = applyStage(input, shout)
    const b = applyStage(input, shout)
    expect(a).toEqual(b)
    expect(input.mentions).toEqual([])
  })
})

describe('checkPlan', () => {
  it('rejects a stage placed before what it needs', () => {
    expect(() => checkPlan([shout, tokenise])).toThrow(expect.objectContaining({code: 'E_PLAN'}))
  })
  it('accepts a possible order', () => {
    expect(() => checkPlan([tokenise, shout])).not.toThrow()
  })
})
