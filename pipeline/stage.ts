import type {Doc, Layer} from './doc.ts'

/** A per-document stage: pure, declares what it needs and what it adds. */
export interface Stage<Options extends object = object> {
  /** Lowercase; equals the folder and the CLI name. */
  readonly name: string
  readonly requires: readonly Layer[]
  readonly provides: readonly Layer[]
  /** Every option has a default. */
  readonly defaults: Readonly<Options>
  /** Pure: return a new Doc. Never mutate `doc`; no files, clock or randomness. */
  run(doc: Doc, options: Readonly<Options>): Doc
}

/**
 * Identity helper that type-checks a stage literal and infers its options.
 * @example defineStage<{min: number}>({name: 'shout', requires: ['tokens'], provides: [], defaults: {min: 3}, run: (doc) => doc})
 */
export const defineStage = <O extends object>(stage: Stage<O>): Stage<O> => stage
