import {availableParallelism} from 'node:os'
import {Piscina} from 'piscina'
import type {Doc} from './doc.ts'
import type {Outcome} from './worker.ts'

/** A pool of worker threads that extract batches of articles. */
export interface ExtractPool {
  run(docs: readonly Doc[]): Promise<Outcome[]>
  close(): Promise<void>
}

/**
 * Default worker count: one core is left to the main thread, which reads the input and runs the corpus stages;
 * on two cores that means extracting in the main thread, which measured faster than a pool of two (README, Performance).
 */
export const defaultWorkers = (): number => Math.max(1, availableParallelism() - 1)

/** Start `size` worker threads (piscina), each loading the TypeScript sources through tsx. */
export function createPool(size: number): ExtractPool {
  const pool = new Piscina({
    filename: new URL('./worker.ts', import.meta.url).href,
    minThreads: size,
    maxThreads: size,
    // Workers load .ts modules: register tsx in each, by absolute URL so the cwd does not matter.
    execArgv: ['--import', import.meta.resolve('tsx')],
    idleTimeout: 1000,
  })
  return {
    run: (docs) => pool.run(docs) as Promise<Outcome[]>,
    close: () => pool.destroy(),
  }
}
