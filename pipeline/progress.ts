import {SingleBar} from 'cli-progress'
import {countArticles} from './io.ts'

/** Progress on stderr (count, rate, time left) when stderr is a terminal and not in CI; silent otherwise. */
export interface Progress {
  tick(n?: number): void
  stop(): void
}

/** Whether progress is shown: stderr is a terminal and this is not CI. */
const showsProgress = (stream: NodeJS.WriteStream): boolean => Boolean(stream.isTTY) && !process.env.CI

/** A progress bar for a run over `inputs`, with their articles counted first so it can tell the time left. */
export async function progressFor(inputs: readonly string[], stream: NodeJS.WriteStream = process.stderr): Promise<Progress> {
  return showsProgress(stream) ? createProgress(await countArticles(inputs), stream) : createProgress(0, stream)
}

/** Make a progress bar for a run over `total` articles (0 when unknown). */
export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!showsProgress(stream)) return {tick() {}, stop() {}}
  const bar = new SingleBar({
    stream,
    format: '{bar} {value}/{total} articles | {rate}/s | ETA {eta_formatted}',
    etaBuffer: 200,
    fps: 5,
    hideCursor: true,
  })
  const started = Date.now()
  let value = 0
  bar.start(total || 1, 0, {rate: '0'})
  return {
    tick(n = 1) {
      value += n
      const rate = value / Math.max((Date.now() - started) / 1000, 0.001)
      bar.update(value, {rate: rate.toFixed(0)})
    },
    stop() {
      bar.stop()
    },
  }
}
