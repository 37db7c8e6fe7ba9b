import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'
import {layoutHere, type StartLayout} from '../stages/report-html/network.ts'

/** Below this many nodes a thread costs more than the layout it saves. */
export const MIN_THREAD_NODES = 50
/** Longest wait for a thread that started and has not finished (one that died unseen) before the layout is made here after all. */
const WAIT_MS = 120_000
/** Longest wait for the thread to start: one that has not by then never will (its script could not run). */
const START_MS = 10_000

/** The shared status word: waiting for the thread to start, positions written, failed, running. */
const WAITING = 0
const DONE = 1
const FAILED = 2
const RUNNING = 3

/** The module the thread loads `layoutNetwork` from. */
export const LAYOUT_MODULE = new URL('../stages/report-html/layout.js', import.meta.url).href

// The thread's script. A thread runs with the options of its process, so the script is read as an ES module when the
// process was started with `--input-type=module` (as `npm run bench` starts each run it times) and as CommonJS
// otherwise: it uses only `import()`, which both have. Every outcome after the start is put in the shared status
// word, which the main thread waits on; a script that does not run at all never says it started.
const SCRIPT = `
import('node:worker_threads').then(async ({workerData: {url, n, edges, iterations, status, out}}) => {
  const state = new Int32Array(status)
  Atomics.store(state, 0, ${RUNNING})
  Atomics.notify(state, 0)
  try {
    const {layoutNetwork} = await import(url)
    const xy = new Float64Array(out)
    layoutNetwork(n, edges, iterations).forEach(([x, y], i) => { xy[2 * i] = x; xy[2 * i + 1] = y })
    Atomics.store(state, 0, ${DONE})
  } catch {
    Atomics.store(state, 0, ${FAILED})
  }
  Atomics.notify(state, 0)
})
`

/**
 * The network layout on another core: the thread starts at once and the report goes on making its other files; the
 * positions are those `layoutNetwork` gives here (the same code on the same numbers; the report tests compare the
 * bytes). Laid out here instead on one core, for a small network, or when the thread fails.
 * @example htmlReportFiles(input, info, HTML_REPORT_DEFAULTS, layoutInThread)
 */
export const layoutInThread: StartLayout = (n, edges, iterations) =>
  n < MIN_THREAD_NODES || availableParallelism() < 2 ? layoutHere(n, edges, iterations) : layoutInThreadFrom(LAYOUT_MODULE)(n, edges, iterations)

/**
 * The layout in a thread that loads `layoutNetwork` from the module at `url`, whatever the size and the cores; made
 * here when the thread fails. `told` hears where the positions were made (a test gives a module that fails).
 */
export const layoutInThreadFrom = (url: string, told?: (where: 'thread' | 'here') => void): StartLayout => (n, edges, iterations) => {
  const here = layoutHere(n, edges, iterations)
  const status = new SharedArrayBuffer(4)
  const out = new SharedArrayBuffer(16 * Math.max(1, n))
  let worker: Worker
  try {
    worker = new Worker(SCRIPT, {eval: true, workerData: {url, n, edges, iterations, status, out}})
  } catch {
    told?.('here')
    return here
  }
  // The thread never holds the process open; an error it raises once started is in the status word, and one before
  // (a script that cannot run) shows as a thread that never starts.
  worker.unref()
  worker.on('error', () => undefined)
  let positions: [number, number][] | undefined
  return () => {
    if (positions) return positions
    const state = new Int32Array(status)
    // Blocks this thread only until the positions are written: by then, usually, they already are.
    if (Atomics.load(state, 0) === WAITING) Atomics.wait(state, 0, WAITING, START_MS)
    while (Atomics.load(state, 0) === RUNNING && Atomics.wait(state, 0, RUNNING, WAIT_MS) !== 'timed-out');
    if (Atomics.load(state, 0) === DONE) {
      const xy = new Float64Array(out)
      positions = Array.from({length: n}, (_, i): [number, number] => [xy[2 * i]!, xy[2 * i + 1]!])
      told?.('thread')
    } else {
      void worker.terminate()
      positions = here()
      told?.('here')
    }
    return positions
  }
}
