import {execFile} from 'node:child_process'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {LAYOUT_MODULE, layoutInThreadFrom, MIN_THREAD_NODES} from '../../pipeline/layout-thread.ts'
import {layoutNetwork} from '../../stages/report-html/layout.js'

// A ring of small groups with a few long links: enough structure for ForceAtlas2 to move every node.
const network = (n: number): [number, number, number][] => {
  const edges: [number, number, number][] = []
  for (let i = 0; i < n; i++) {
    edges.push([i, (i + 1) % n, 1 + (i % 7)])
    if (i % 5 === 0) edges.push([i, (i * 13 + 3) % n, 2.5])
  }
  return edges.filter(([a, b]) => a !== b)
}

describe('the network layout on another core', () => {
  it('is made in the thread, with exactly the positions of the layout in this thread', () => {
    const n = MIN_THREAD_NODES + 70
    const edges = network(n)
    const where: string[] = []
    const positions = layoutInThreadFrom(LAYOUT_MODULE, (w) => where.push(w))(n, edges, 60)()
    expect(where).toEqual(['thread'])
    expect(positions).toEqual(layoutNetwork(n, edges, 60))
    expect(new Set(positions.map(([x, y]) => `${x},${y}`)).size).toBe(n)
  })

  it('is made here when the thread cannot load the layout, with the same positions, without waiting out the limit', () => {
    const n = MIN_THREAD_NODES + 10
    const edges = network(n)
    const where: string[] = []
    const started = performance.now()
    const positions = layoutInThreadFrom('file:///nowhere/layout.js', (w) => where.push(w))(n, edges, 40)()
    expect(where).toEqual(['here'])
    expect(positions).toEqual(layoutNetwork(n, edges, 40))
    expect(performance.now() - started).toBeLessThan(20_000)
  })

  it('is made in the thread when the process runs its code as ES modules (`node --input-type=module -e`, as the bench does)', async () => {
    // A thread takes the options of its process: its script must run as an ES module too, or the layout waited
    // for a thread that never started.
    const script = `
      import {LAYOUT_MODULE, layoutInThreadFrom} from './pipeline/layout-thread.ts'
      const n = ${MIN_THREAD_NODES + 10}
      const edges = Array.from({length: n}, (_, i) => [i, (i + 1) % n, 1])
      const where = []
      const started = performance.now()
      layoutInThreadFrom(LAYOUT_MODULE, (w) => where.push(w))(n, edges, 20)()
      console.log(JSON.stringify({where, ms: performance.now() - started}))`
    const {stdout} = await promisify(execFile)('node', ['--import', 'tsx', '--input-type=module', '-e', script], {timeout: 60_000})
    const {where, ms} = JSON.parse(stdout) as {where: string[]; ms: number}
    expect(where).toEqual(['thread'])
    expect(ms).toBeLessThan(10_000)
  }, 70_000)
})
