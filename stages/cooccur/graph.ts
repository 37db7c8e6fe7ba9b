import {DOMImplementation, XMLSerializer} from '@xmldom/xmldom'
import graphology from 'graphology'
import {write as writeGexf} from 'graphology-gexf'
import {mainRelation, type PairRow} from './score.ts'
import type {Window} from './find.ts'

/** What a graph node carries. */
export interface NodeInfo {
  readonly label: string
  readonly type: string
  readonly mentions: number
  readonly articles: number
}

/** Which pairs become edges. */
export interface GraphOptions {
  readonly window: Window
  readonly minCount: number
}

type Graph = InstanceType<typeof graphology.UndirectedGraph>

const NODE_KEYS = [['label', 'string'], ['type', 'string'], ['mentions', 'int'], ['articles', 'int']] as const
const EDGE_KEYS = [['weight', 'double'], ['articles', 'int'], ['pmi', 'double'], ['npmi', 'double'], ['relation', 'string'], ['first_seen', 'string'], ['last_seen', 'string']] as const

/**
 * The co-occurrence network: one node per entity in a kept pair, one undirected edge per pair (weight = count).
 * Nodes and edges are added in sorted order so the written files are byte-identical for the same input. Pure.
 */
export function toGraph(rows: readonly PairRow[], nodes: ReadonlyMap<string, NodeInfo>, options: GraphOptions = {window: 'sentence', minCount: 1}): Graph {
  const graph = new graphology.UndirectedGraph()
  const edges = rows.filter((r) => r.window === options.window && r.count >= options.minCount)
  const ids = [...new Set(edges.flatMap((r) => [r.a, r.b]))].sort()
  for (const id of ids) {
    const n = nodes.get(id)
    graph.addNode(id, {label: n?.label ?? id, type: n?.type ?? id.split(':')[0] ?? '', mentions: n?.mentions ?? 0, articles: n?.articles ?? 0})
  }
  const sorted = [...edges].sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0))
  for (const r of sorted) {
    graph.addEdgeWithKey(`${r.a}|${r.b}`, r.a, r.b, {
      weight: r.count, articles: r.articles, pmi: r.pmi, npmi: r.npmi, relation: mainRelation(r)?.relation ?? 'co-mention',
      first_seen: r.first, last_seen: r.last,
    })
  }
  return graph
}

/** GEXF 1.3 text of a graph (graphology-gexf's writer). */
export function toGexf(graph: Graph): string {
  return writeGexf(graph, {version: '1.3', pretty: true})
}

/**
 * GraphML text of a graph. graphology-graphml only parses, so the document is built as a DOM with @xmldom/xmldom
 * (which graphology's XML packages use) and serialised by its XMLSerializer: all escaping is the library's.
 */
export function toGraphml(graph: Graph): string {
  const doc = new DOMImplementation().createDocument('http://graphml.graphdrawing.org/xmlns', 'graphml', null)
  const root = doc.documentElement!
  const el = (name: string, attrs: Record<string, string>, parent: Element): Element => {
    const e = doc.createElementNS('http://graphml.graphdrawing.org/xmlns', name)
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v)
    parent.appendChild(e)
    return e
  }
  for (const [name, type] of NODE_KEYS) el('key', {id: `n_${name}`, for: 'node', 'attr.name': name, 'attr.type': type}, root)
  for (const [name, type] of EDGE_KEYS) el('key', {id: `e_${name}`, for: 'edge', 'attr.name': name, 'attr.type': type}, root)
  const g = el('graph', {id: 'cooccurrence', edgedefault: 'undirected'}, root)
  const data = (parent: Element, key: string, value: unknown): void => {
    if (value === undefined) return
    el('data', {key}, parent).appendChild(doc.createTextNode(String(value)))
  }
  graph.forEachNode((id, attrs) => {
    const n = el('node', {id}, g)
    for (const [name] of NODE_KEYS) data(n, `n_${name}`, attrs[name])
  })
  graph.forEachEdge((id, attrs, source, target) => {
    const e = el('edge', {id, source, target}, g)
    for (const [name] of EDGE_KEYS) data(e, `e_${name}`, attrs[name])
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`
}
