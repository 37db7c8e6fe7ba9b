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
 * through tsx instead, which costs about a second of CPU per thread. A bundle removed before the threads loaded it
 * (another run, after an edit, kept a newer one) also leaves them to the sources. `bundle` gives the bundle's path
 * (a test's stand-in for a read-only install gives none).
 */
export async function createPool(size: number, bundle: () => Promise<string | undefined> = workerBundle): Promise<ExtractPool> {
  const sources = new URL('./worker.ts', import.meta.url).href
  const start = (file: string | undefined): Piscina => new Piscina({
    filename: file ? pathToFileURL(file).href : sources,
    minThreads: size,
    maxThreads: size,
    // Sources need tsx registered in each thread, by absolute URL so the cwd does not matter.
    execArgv: file ? [] : ['--import', import.meta.resolve('tsx')],
    idleTimeout: 1000,
  })
  const file = await bundle()
  const bundled = start(file)
  let pool = bundled
  return {
    get module() {
      return file && pool === bundled ? pathToFileURL(file).href : sources
    },
    run: async (docs) => {
      const used = pool
      try {
        return (await used.run(docs)) as Outcome[]
      } catch (error) {
        // Only the bundle's own absence sends the threads to the sources; any other failure is the run's.
        if (!file || used !== bundled || !isMissingModule(error, file)) throw error
        if (pool === bundled) {
          pool = start(undefined)
          void bundled.destroy()
        }
        return (await pool.run(docs)) as Outcome[]
      }
    },
    close: () => pool.destroy(),
  }
}

/** Whether `error` says the module `file` itself could not be found (not a package it imports). */
function isMissingModule(error: unknown, file: string): boolean {
  const {code, message} = (error ?? {}) as {code?: unknown; message?: unknown}
  return code === 'ERR_MODULE_NOT_FOUND' && String(message).includes(file)
}
