import {describe, expect, it} from 'vitest'
import {layoutInThread, layoutInThreadFrom, MIN_THREAD_NODES} from '../../pipeline/layout-thread.ts'
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
  it('gives exactly the positions of the layout in this thread', () => {
    const n = MIN_THREAD_NODES + 70
    const edges = network(n)
    const positions = layoutInThread(n, edges, 60)()
    expect(positions).toEqual(layoutNetwork(n, edges, 60))
    expect(new Set(positions.map(([x, y]) => `${x},${y}`)).size).toBe(n)
  })

  it('lays out here when the thread cannot load the layout, with the same positions', () => {
    const n = MIN_THREAD_NODES + 10
    const edges = network(n)
    const started = performance.now()
    const positions = layoutInThreadFrom('file:///nowhere/layout.js')(n, edges, 40)()
    expect(positions).toEqual(layoutNetwork(n, edges, 40))
    // Told of the failure by the thread, not by waiting out the time limit.
    expect(performance.now() - started).toBeLessThan(20_000)
  })

  it('lays out a small network here, the same way', () => {
    const edges = network(12)
    expect(layoutInThread(12, edges, 30)()).toEqual(layoutNetwork(12, edges, 30))
  })
})
