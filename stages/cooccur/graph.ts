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
 * @example toGraph(toPairRows(tally), new Map(), {window: 'article', minCount: 2}).order // number of nodes kept
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

/** GEXF 1.3 text of a graph (graphology-gexf's writer). @example toGexf(toGraph(rows, nodes)) // '<?xml version="1.0" …<gexf …' */
export function toGexf(graph: Graph): string {
  return writeGexf(graph, {version: '1.3', pretty: true})
}

/**
 * GraphML text of a graph. graphology-graphml only parses, so the text is written here, escaped as @xmldom/xmldom's
 * XMLSerializer escapes (the writer this replaced, which built a DOM of every edge: same bytes, a tenth of the cost).
 * @example toGraphml(toGraph(rows, nodes)) // '<?xml version="1.0" encoding="UTF-8"?>\n<graphml …'
 */
export function toGraphml(graph: Graph): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
  for (const [name, type] of NODE_KEYS) out.push(`<key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`)
  for (const [name, type] of EDGE_KEYS) out.push(`<key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`)
  out.push('<graph id="cooccurrence" edgedefault="undirected">')
  const data = (key: string, value: unknown): string => (value === undefined ? '' : `<data key="${key}">${escapeText(String(value))}</data>`)
  graph.forEachNode((id, attrs) => {
    let node = `<node id="${escapeAttribute(id)}">`
    for (const [name] of NODE_KEYS) node += data(`n_${name}`, attrs[name])
    out.push(node + '</node>')
  })
  graph.forEachEdge((id, attrs, source, target) => {
    let edge = `<edge id="${escapeAttribute(id)}" source="${escapeAttribute(source)}" target="${escapeAttribute(target)}">`
    for (const [name] of EDGE_KEYS) edge += data(`e_${name}`, attrs[name])
    out.push(edge + '</edge>')
  })
  out.push('</graph></graphml>\n')
  return out.join('')
}

// --- internal ---

const XML_ESCAPES: Readonly<Record<string, string>> = {'<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;'}
const TEXT_RE = /[<&>]/g
const ATTRIBUTE_RE = /[<>&"\t\n\r]/g
const escapeText = (text: string): string => text.replace(TEXT_RE, (c) => XML_ESCAPES[c]!)
const escapeAttribute = (text: string): string => text.replace(ATTRIBUTE_RE, (c) => XML_ESCAPES[c]!)
