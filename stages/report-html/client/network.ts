import type Cytoscape from 'cytoscape'
import type {NetworkData} from '../network.ts'
import {TYPE_LABELS} from '../shard.ts'
import {entityHref, h, replace, typeTag} from './dom.ts'
import {loaded, manifest} from './load.ts'

const COLOURS: Record<string, string> = {PERSON: '#f6c85f', ORG: '#7fb3ff'}
const NODE_CHOICES = [50, 100, 250, 500]

/**
 * The co-occurrence network (cytoscape.js on a canvas, positions computed when the report was built): size by
 * mentions, colour by type, edge width by sentences together; filters by months, type, minimum weight and node count.
 */
export function showNetwork(main: HTMLElement): void {
  const data = loaded<NetworkData>('network')
  const cytoscape = (window as unknown as {cytoscape?: typeof Cytoscape}).cytoscape
  if (!data || !cytoscape) {
    main.append(h('p', {}, 'The network data or library did not load; is the report folder complete?'))
    return
  }
  const {months} = manifest()
  const monthOptions = (selected: number): HTMLOptionElement[] => months.map((m, i) => h('option', {value: i, selected: i === selected}, m))
  const from = h('select', {id: 'net-from'}, ...monthOptions(0))
  const to = h('select', {id: 'net-to'}, ...monthOptions(months.length - 1))
  const types = Object.keys(COLOURS).map((t) => h('input', {type: 'checkbox', id: `net-type-${t}`, value: t, checked: true}))
  const minWeight = h('input', {type: 'number', id: 'net-min', min: 1, step: 1, value: data.defaultMinWeight})
  const count = h('select', {id: 'net-count'}, ...NODE_CHOICES.filter((n) => n <= Math.max(50, data.nodes.length)).map((n) => h('option', {value: n, selected: n === data.defaultNodes}, String(n))))
  if (!NODE_CHOICES.includes(data.defaultNodes)) count.append(h('option', {value: data.defaultNodes, selected: true}, String(data.defaultNodes)))
  const status = h('p', {class: 'status', id: 'net-status', role: 'status', 'aria-live': 'polite'})
  const hover = h('p', {id: 'net-hover', class: 'muted', 'aria-live': 'polite'}, 'Hover over a node to see its name; click it to open the entity.')
  const container = h('div', {id: 'cy', role: 'img', 'aria-label': 'Co-occurrence network; the list beside it names the same entities'})
  const list = h('ol', {})
  const controls = h('form', {class: 'controls', 'aria-label': 'Network filters'},
    h('label', {for: 'net-from'}, 'From', from), h('label', {for: 'net-to'}, 'To', to),
    h('fieldset', {}, h('legend', {}, 'Types'), ...types.map((t) => h('label', {for: t.id}, t, typeTag(t.value, TYPE_LABELS)))),
    h('label', {for: 'net-min'}, 'Min. sentences per link', minWeight), h('label', {for: 'net-count'}, 'Entities', count))
  controls.addEventListener('submit', (e) => e.preventDefault())
  main.append(controls, status, h('div', {class: 'net'}, h('div', {}, container, hover), h('nav', {id: 'net-list', 'aria-label': 'Entities shown'}, h('h2', {}, 'Entities shown'), list)))
  const cy = cytoscape({
    container, pixelRatio: 1, minZoom: 0.05, maxZoom: 6, wheelSensitivity: 0.3, textureOnViewport: true, hideEdgesOnViewport: true, boxSelectionEnabled: false,
    layout: {name: 'preset'},
    style: [
      {selector: 'node', style: {'background-color': 'data(colour)', 'border-width': 1, 'border-color': '#555', width: 'data(size)', height: 'data(size)'}},
      {selector: 'node.big, node.focus', style: {label: 'data(name)', 'font-size': 'data(font)', 'text-valign': 'bottom', 'text-margin-y': 2, 'min-zoomed-font-size': 7}},
      {selector: 'edge', style: {width: 'data(w)', 'line-color': '#c8cbd6', 'curve-style': 'haystack'}},
      {selector: '.faded', style: {opacity: 0.1}},
      {selector: 'node.focus', style: {'border-width': 3, 'border-color': '#d97706', 'z-index': 10}},
    ],
  })
  ;(window as unknown as {presswatchNetwork?: Cytoscape.Core}).presswatchNetwork = cy
  performance.mark('presswatch:cytoscape')
  cy.one('render', () => performance.mark('presswatch:drawn'))
  const sum = (flat: readonly number[], a: number, b: number): number => {
    let s = 0
    for (let i = 0; i < flat.length; i += 2) if (flat[i]! >= a && flat[i]! <= b) s += flat[i + 1]!
    return s
  }
  // Rebuild the shown elements on each change: cheaper in cytoscape than restyling hidden ones.
  const apply = (): void => {
    const a = Number(from.value)
    const b = Number(to.value)
    const keep = new Set(types.filter((t) => t.checked).map((t) => t.value))
    const min = Math.max(1, Number(minWeight.value) || 1)
    const ranked = data.nodes.map((n, i) => [i, keep.has(n[2]) ? sum(n[5], a, b) : 0] as const).filter(([, s]) => s > 0).sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, Number(count.value))
    const size = new Map(ranked)
    const max = Math.max(1, ...size.values())
    const elements: Cytoscape.ElementDefinition[] = ranked.map(([i, s], rank) => {
      const [id, name, type, x, y] = data.nodes[i]!
      const r = Math.sqrt(s / max)
      return {group: 'nodes', data: {id, name, type, colour: COLOURS[type] ?? '#ccc', size: 14 + 70 * r, font: 14 + 18 * r}, position: {x, y}, classes: rank < 40 ? 'big' : ''}
    })
    let edges = 0
    data.edges.forEach(([x, y, flat], i) => {
      if (!size.has(x) || !size.has(y)) return
      const w = sum(flat, a, b)
      if (w < min) return
      edges++
      elements.push({group: 'edges', data: {id: `e${i}`, source: data.nodes[x]![0], target: data.nodes[y]![0], w: Math.min(12, 0.8 + Math.log2(w))}})
    })
    cy.batch(() => {
      cy.elements().remove()
      cy.add(elements)
    })
    fitTo(cy, elements, container)
    replace(status, `Showing ${size.size} entities and ${edges} links, ${months[a] ?? '–'} to ${months[b] ?? '–'}, links of at least ${min} sentences.`)
    container.dataset.nodes = String(size.size)
    container.dataset.edges = String(edges)
    replace(list, ...ranked.slice(0, 100).map(([i, s]) => {
      const [id, name, type] = data.nodes[i]!
      return h('li', {}, h('a', {href: entityHref(id)}, name), ' ', typeTag(type, TYPE_LABELS), ` ${s}`)
    }))
  }
  cy.on('mouseover', 'node', (e) => {
    const node = e.target as Cytoscape.NodeSingular
    cy.batch(() => {
      cy.elements().addClass('faded')
      node.closedNeighborhood().removeClass('faded')
      node.addClass('focus')
    })
    replace(hover, typeTag(node.data('type') as string, TYPE_LABELS), ` ${node.data('name') as string}: ${node.connectedEdges(':visible').length} links shown`)
  })
  cy.on('mouseout', 'node', (e) => {
    cy.batch(() => cy.elements().removeClass('faded'))
    ;(e.target as Cytoscape.NodeSingular).removeClass('focus')
  })
  cy.on('tap', 'node', (e) => {
    location.href = entityHref((e.target as Cytoscape.NodeSingular).id())
  })
  for (const input of [from, to, minWeight, count, ...types]) input.addEventListener('change', apply)
  apply()
}

// --- internal ---

/** Fit the view to the nodes' positions and sizes: cytoscape's own fit measures every label, which is slow on a canvas. */
function fitTo(cy: Cytoscape.Core, elements: readonly Cytoscape.ElementDefinition[], container: HTMLElement): void {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const e of elements) {
    if (!e.position) continue
    const r = Number(e.data.size ?? 0) / 2
    x1 = Math.min(x1, e.position.x - r)
    y1 = Math.min(y1, e.position.y - r)
    x2 = Math.max(x2, e.position.x + r)
    y2 = Math.max(y2, e.position.y + r)
  }
  if (!Number.isFinite(x1)) return
  const pad = 24
  const width = Math.max(1, container.clientWidth - 2 * pad)
  const height = Math.max(1, container.clientHeight - 2 * pad)
  const zoom = Math.min(4, width / Math.max(1, x2 - x1), height / Math.max(1, y2 - y1))
  cy.viewport({zoom, pan: {x: pad + (width - zoom * (x2 - x1)) / 2 - zoom * x1, y: pad + (height - zoom * (y2 - y1)) / 2 - zoom * y1}})
}
