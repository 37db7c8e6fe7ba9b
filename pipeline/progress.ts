import {SingleBar} from 'cli-progress'

/** Progress on stderr (count, rate, time left) when stderr is a terminal and not in CI; silent otherwise. */
export interface Progress {
  tick(n?: number): void
  stop(): void
}

/** Make a progress bar for a run over `total` articles (0 when unknown). */
export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || process.env.CI) return {tick() {}, stop() {}}
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
