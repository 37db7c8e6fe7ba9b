import {layoutNetwork} from './layout.js'
import type {EntityDetail} from './model.ts'
import {copiesIn, withEntityIds, type HtmlReportInput} from './model.ts'
import {ANALYTICS_DEFAULTS} from '../analytics/index.ts'

/** Limits of the network data; the page shows `defaultNodes` of the `maxNodes` it carries. */
export interface NetworkOptions {
  readonly maxNodes: number
  readonly defaultNodes: number
  /** Edges kept per node (its heaviest), so hubs do not drown the rest. */
  readonly edgesPerNode: number
  readonly maxEdges: number
  readonly iterations: number
}

/** Node: id, name, type, x, y, months as flat `[monthIndex, count, …]`. */
export type NetworkNode = readonly [string, string, string, number, number, readonly number[]]
/** Edge: source node index, target node index, sentences per month as flat `[monthIndex, count, …]`. */
export type NetworkEdge = readonly [number, number, readonly number[]]

/** The co-occurrence network as the page loads it. */
export interface NetworkData {
  readonly nodes: readonly NetworkNode[]
  readonly edges: readonly NetworkEdge[]
  readonly defaultNodes: number
  readonly defaultMinWeight: number
}

/**
 * Starts laying out `n` nodes linked by `edges` (`[a, b, weight]`) and returns how to get their positions, which must
 * be those of `layoutNetwork`: `layoutHere` computes them when first asked; the pipeline's `layoutInThread` computes
 * them on another core meanwhile.
 */
export type StartLayout = (n: number, edges: readonly (readonly [number, number, number])[], iterations: number) => () => [number, number][]

/** The layout in this thread, when its positions are first asked for. */
export const layoutHere: StartLayout = (n, edges, iterations) => {
  let positions: [number, number][] | undefined
  return () => (positions ??= layoutNetwork(n, edges, iterations))
}

/** Default network options: up to 500 nodes (200 shown at first), 8 edges per node, 5000 edges, 250 layout iterations. @example findNetwork(input, details, months, {...NETWORK_DEFAULTS, maxNodes: 100}) */
export const NETWORK_DEFAULTS: NetworkOptions = {maxNodes: 500, defaultNodes: 200, edgesPerNode: 8, maxEdges: 5000, iterations: 250}

/**
 * The sentence co-occurrence network of the most mentioned entities, with a force-directed layout computed
 * here (ForceAtlas2 from a fixed start, so the same input gives the same picture) so the page opens without
 * laying anything out. Pure.
 * @example findNetwork({records, tables}, details, monthsOf(records), {...NETWORK_DEFAULTS, maxNodes: 100})
 */
export function findNetwork(input: HtmlReportInput, details: readonly EntityDetail[], months: readonly string[], options: NetworkOptions = NETWORK_DEFAULTS): NetworkData {
  return planNetwork(input, details, months, options, layoutHere)(details)
}

/**
 * `findNetwork` in two steps: the graph of the most mentioned of `ranked` (as many as `options.maxNodes`) now, its
 * layout started with `startLayout`; the returned function gives the network once the positions are there, each node
 * drawn from its view in `details`. Ranking by `entities.csv` rows lets the layout start before the views are made.
 */
export function planNetwork(input: HtmlReportInput, ranked: readonly {readonly id: string; readonly mentions: number}[], months: readonly string[], options: NetworkOptions, startLayout: StartLayout): (details: readonly EntityDetail[]) => NetworkData {
  const top = [...ranked].sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1)).slice(0, options.maxNodes)
  const index = new Map(top.map((e, i) => [e.id, i]))
  const monthIndex = new Map(months.map((m, i) => [m, i]))
  const pairs = new Map<number, Map<number, number>>()
  // Counted as cooccurrence.csv counts: by resolved entity, each syndicated story once.
  const {entities} = withEntityIds(input)
  const copies = copiesIn(input)
  const types = new Set<string>(input.cooccurrence?.types ?? ANALYTICS_DEFAULTS.cooccurTypes)
  input.records.forEach((x, r) => {
    if (copies.has(x.id)) return
    const ids = entities[r]!
    const month = monthIndex.get(x.published?.slice(0, 7) ?? '') ?? -1
    const bySentence = new Map<number, Set<number>>()
    x.mentions.forEach((m, j) => {
      const i = types.has(m.label) ? index.get(ids[j]!) : undefined
      if (i === undefined) return
      let s = bySentence.get(m.sentence)
      if (!s) bySentence.set(m.sentence, (s = new Set()))
      s.add(i)
    })
    for (const s of bySentence.values()) {
      const nodes = [...s].sort((a, b) => a - b)
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
          const key = nodes[i]! * 65536 + nodes[j]!
          let counts = pairs.get(key)
          if (!counts) pairs.set(key, (counts = new Map()))
          counts.set(month, (counts.get(month) ?? 0) + 1)
        }
      }
    }
  })
  const edges = keepEdges(pairs, top.map((e) => e.mentions), options)
  const positions = startLayout(top.length, edges.map(([a, b, , , score]) => [a, b, 1 + 20 * score] as const), options.iterations)
  const visible = edges.filter((e) => e[0] < options.defaultNodes && e[1] < options.defaultNodes).map((e) => e[3]).sort((a, b) => b - a)
  return (details) => {
    const at = positions()
    const view = new Map(details.map((e) => [e.id, e]))
    return {
      nodes: top.map(({id}, i): NetworkNode => {
        const e = view.get(id)
        if (!e) throw new Error(`report-html: no entity view for network node \`${id}\``)
        return [e.id, e.name, e.type, at[i]![0], at[i]![1], e.months.flat()]
      }),
      edges: edges.map(([a, b, flat]) => [a, b, flat] as const),
      defaultNodes: Math.min(options.defaultNodes, top.length),
      defaultMinWeight: Math.max(1, visible[Math.min(visible.length, 300) - 1] ?? 1),
    }
  }
}

// --- internal ---

/** Source, target, flat months, sentences together, association (cosine: count / √(mentions a · mentions b)). */
type Edge = [number, number, number[], number, number]

// Each node keeps its most specific links (by association, not raw count), so hubs such as the news agency
// do not take every node's share and the layout shows groups rather than one hairball.
function keepEdges(pairs: Map<number, Map<number, number>>, mentions: readonly number[], options: NetworkOptions): Edge[] {
  const all: Edge[] = []
  for (const [key, counts] of pairs) {
    const flat = [...counts].filter(([m]) => m >= 0).sort((a, b) => a[0] - b[0]).flat()
    const total = [...counts.values()].reduce((s, c) => s + c, 0)
    if (total < 2) continue
    const [a, b] = [Math.floor(key / 65536), key % 65536]
    all.push([a, b, flat, total, total / Math.sqrt(Math.max(1, mentions[a]!) * Math.max(1, mentions[b]!))])
  }
  all.sort((x, y) => y[4] - x[4] || y[3] - x[3] || x[0] - y[0] || x[1] - y[1])
  const degree = new Map<number, number>()
  const kept: Edge[] = []
  for (const e of all) {
    const da = degree.get(e[0]) ?? 0
    const db = degree.get(e[1]) ?? 0
    if (da >= options.edgesPerNode && db >= options.edgesPerNode) continue
    degree.set(e[0], da + 1)
    degree.set(e[1], db + 1)
    kept.push(e)
    if (kept.length >= options.maxEdges) break
  }
  return kept.sort((x, y) => x[0] - y[0] || x[1] - y[1])
}
