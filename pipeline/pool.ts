import {availableParallelism} from 'node:os'
import {pathToFileURL} from 'node:url'
import {Piscina} from 'piscina'
import {workerBundle} from '../bin/bundle.js'
import type {Doc} from './doc.ts'
import type {Outcome} from './worker.ts'

/** A pool of worker threads that extract batches of articles. */
export interface ExtractPool {
  /** The module each thread loads: the worker's kept bundle, or its TypeScript source (through tsx). */
  readonly module: string
  run(docs: readonly Doc[]): Promise<Outcome[]>
  close(): Promise<void>
}

/**
 * Default worker count: one core is left to the main thread, which reads the input and runs the corpus stages;
 * on two cores that means extracting in the main thread, which measured faster than a pool of two (README, Performance).
 */
export const defaultWorkers = (): number => Math.max(1, availableParallelism() - 1)

/**
 * Start `size` worker threads (piscina). Each loads the kept bundle of the worker's module (bin/bundle.js), made
 * first when a source changed; where none can be made (a read-only install), each loads the TypeScript sources
 * through tsx instead, which costs about a second of CPU per thread. `bundle` gives the bundle's path (a test's
 * stand-in for a read-only install gives none).
 */
export async function createPool(size: number, bundle: () => Promise<string | undefined> = workerBundle): Promise<ExtractPool> {
  const file = await bundle()
  const module = file ? pathToFileURL(file).href : new URL('./worker.ts', import.meta.url).href
  const pool = new Piscina({
    filename: module,
    minThreads: size,
    maxThreads: size,
    // Sources need tsx registered in each thread, by absolute URL so the cwd does not matter.
    execArgv: file ? [] : ['--import', import.meta.resolve('tsx')],
    idleTimeout: 1000,
  })
  return {
    module,
    run: (docs) => pool.run(docs) as Promise<Outcome[]>,
    close: () => pool.destroy(),
  }
}
