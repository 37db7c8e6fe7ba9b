import type {Doc, Layer} from './doc.ts'
import {PipelineError} from './errors.ts'
import type {Stage} from './stage.ts'

/**
 * Run one stage on one doc: check its required layers, merge options with defaults,
 * wrap failures as `E_STAGE_FAILED`, and record the provided layers.
 * @example applyStage(createDoc('Premier Pak Pong Ju spoke.'), tokenise)
 */
export function applyStage<O extends object>(doc: Doc, stage: Stage<O>, options?: Partial<O>): Doc {
  for (const layer of stage.requires) {
    if (!doc.layers.includes(layer)) {
      throw new PipelineError('E_MISSING_LAYER',
        `Stage \`${stage.name}\` needs ${layer} on doc \`${doc.id}\`; run the stage that provides it first`)
    }
  }
  for (const layer of stage.provides) {
    if (doc.layers.includes(layer)) {
      throw new PipelineError('E_LAYER_EXISTS', `Stage \`${stage.name}\` already ran on doc \`${doc.id}\` (${layer} exists)`)
    }
  }
  const merged = {...stage.defaults, ...options} as O
  let out: Doc
  try {
    out = stage.run(doc, merged)
  } catch (cause) {
    if (cause instanceof PipelineError) throw cause
    throw new PipelineError('E_STAGE_FAILED', `Stage \`${stage.name}\` failed on doc \`${doc.id}\`: ${String(cause)}`, {cause})
  }
  return {...out, layers: [...out.layers, ...stage.provides]}
}

/** Options per stage name. */
export type OptionsByName = Readonly<Record<string, object | undefined>>

/** Run stages in order (a reduce over `applyStage`). @example runStages(createDoc(text), [tokenise, people], {people: {maxNameTokens: 3}}) */
export function runStages(doc: Doc, stages: readonly Stage<any>[], optionsByName: OptionsByName = {}): Doc {
  return stages.reduce((d, stage) => applyStage(d, stage, optionsByName[stage.name]), doc)
}

/** Reject an order in which a stage runs before what it requires (`E_PLAN`), before any article is read. @example checkPlan([tokenise, people]) */
export function checkPlan(stages: readonly Stage<any>[], initial: readonly Layer[] = []): void {
  const have = new Set<Layer>(initial)
  for (const stage of stages) {
    const missing = stage.requires.filter((l) => !have.has(l))
    if (missing.length > 0) {
      throw new PipelineError('E_PLAN', `Stage \`${stage.name}\` needs ${missing.join(', ')}, which no earlier stage provides`)
    }
    for (const l of stage.provides) have.add(l)
  }
}
