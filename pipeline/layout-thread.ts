import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'
import {layoutHere, type StartLayout} from '../stages/report-html/network.ts'

/** Below this many nodes a thread costs more than the layout it saves. */
export const MIN_THREAD_NODES = 50
/** Longest wait for the thread (one that died unseen) before the layout is made here after all. */
const WAIT_MS = 120_000

/** The module the thread loads `layoutNetwork` from. */
export const LAYOUT_MODULE = new URL('../stages/report-html/layout.js', import.meta.url).href

// The thread's script, CommonJS so that it runs whatever happens to the import: every outcome, a failure to load the
// layout module included, is put in the shared status word, which the main thread waits on.
const SCRIPT = `
const {workerData: {url, n, edges, iterations, status, out}} = require('node:worker_threads')
const state = new Int32Array(status)
import(url)
  .then(({layoutNetwork}) => {
    const xy = new Float64Array(out)
    layoutNetwork(n, edges, iterations).forEach(([x, y], i) => { xy[2 * i] = x; xy[2 * i + 1] = y })
    Atomics.store(state, 0, 1)
  })
  .catch(() => Atomics.store(state, 0, 2))
  .finally(() => Atomics.notify(state, 0))
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
  // The thread never holds the process open, and an error it raises is already in the status word.
  worker.unref()
  worker.on('error', () => undefined)
  let positions: [number, number][] | undefined
  return () => {
    if (positions) return positions
    const state = new Int32Array(status)
    // Blocks this thread only until the positions are written: by then, usually, they already are.
    while (Atomics.load(state, 0) === 0 && Atomics.wait(state, 0, 0, WAIT_MS) !== 'timed-out');
    if (Atomics.load(state, 0) === 1) {
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
