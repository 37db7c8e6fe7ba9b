// The network's layout: ForceAtlas2 from a fixed start, scaled to a box and rounded. Plain JavaScript, so a worker
// thread can load it as it is (pipeline/layout-thread.ts runs it beside the rest of the report); types in layout.d.ts.
import graphology from 'graphology'
import fa2 from 'graphology-layout-forceatlas2'

/**
 * Positions of `n` nodes, `[x, y]` each rounded to 0.1, linked by `edges` (`[a, b, weight]`), after `iterations`
 * rounds of ForceAtlas2 (LinLog, gravity 1) from a golden-angle spiral by rank (the most mentioned nodes in the
 * middle). Pure: the same input gives the same numbers, in any thread.
 * @param {number} n
 * @param {readonly (readonly [number, number, number])[]} edges
 * @param {number} iterations
 * @returns {[number, number][]}
 */
export function layoutNetwork(n, edges, iterations) {
  const graph = new graphology.UndirectedGraph()
  for (let i = 0; i < n; i++) {
    const r = Math.sqrt(i + 1) * 10
    const a = i * 2.399963
    graph.addNode(String(i), {x: r * Math.cos(a), y: r * Math.sin(a)})
  }
  for (const [a, b, weight] of edges) graph.addEdge(String(a), String(b), {weight})
  const positions = n > 1 ? fa2(graph, {iterations, settings: {...fa2.inferSettings(graph), linLogMode: true, gravity: 1}}) : {}
  const raw = Array.from({length: n}, (_, i) => positions[String(i)] ?? {x: 0, y: 0})
  // Scale to a box that grows with the node count, so nodes (8–60 units wide on the page) do not pile up.
  const xs = raw.map((p) => p.x)
  const ys = raw.map((p) => p.y)
  const [minX, minY] = [Math.min(...xs), Math.min(...ys)]
  const span = Math.max(1e-9, Math.max(...xs) - minX, Math.max(...ys) - minY)
  const scale = Math.max(300, Math.sqrt(n) * 50) / span
  return raw.map((p) => [round((p.x - minX) * scale), round((p.y - minY) * scale)])
}

/** @param {number} x */
const round = (x) => (Number.isFinite(x) ? Math.round(x * 10) / 10 : 0)
