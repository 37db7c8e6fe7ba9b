import {svg} from './dom.ts'

const WIDTH = 1000

/** A bar chart of sparse month counts `[monthIndex, count][]` over `months`, each bar titled with its month and count. */
export function monthChart(months: readonly string[], counts: readonly (readonly [number, number])[], label: string): SVGElement {
  const height = 160
  const pad = 28
  const max = Math.max(1, ...counts.map((c) => c[1]))
  const w = (WIDTH - pad) / Math.max(1, months.length)
  const root = svg('svg', {class: 'chart', viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': label},
    svg('text', {x: 0, y: 12}, String(max)), svg('text', {x: 0, y: height - pad + 4}, '0'))
  for (const [i, c] of counts) {
    const bh = Math.max(1, Math.round(((height - pad) * c) / max))
    root.appendChild(svg('rect', {class: 'bar', x: (pad + i * w).toFixed(1), y: height - pad - bh + 4, width: Math.max(1, w - 0.5).toFixed(1), height: bh},
      svg('title', {}, `${months[i] ?? ''}: ${c}`)))
  }
  yearTicks(root, months, pad, w, height - 8)
  return root
}

/** A timeline: one row per title, a line from its first to its last month and a dot per month it was used. */
export function titleTimeline(months: readonly string[], titles: readonly (readonly [string, number, string, string, readonly (readonly [number, number])[]])[]): SVGElement {
  const left = 260
  const row = 22
  const height = titles.length * row + 30
  const w = (WIDTH - left) / Math.max(1, months.length)
  const index = new Map(months.map((m, i) => [m, i]))
  const root = svg('svg', {class: 'chart', viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': 'Timeline of titles (the table below lists the same)'})
  titles.forEach(([title, count, first, last, used], r) => {
    const y = r * row + 14
    const x1 = left + (index.get(first.slice(0, 7)) ?? 0) * w
    const x2 = left + (index.get(last.slice(0, 7)) ?? 0) * w
    root.appendChild(svg('text', {x: 0, y: y + 4}, title.length > 34 ? `${title.slice(0, 33)}…` : title))
    root.appendChild(svg('line', {x1, x2: Math.max(x2, x1 + 2), y1: y, y2: y, stroke: '#7a7a8c', 'stroke-width': 3}))
    for (const [i, c] of used) root.appendChild(svg('circle', {cx: (left + i * w).toFixed(1), cy: y, r: Math.min(8, 3 + Math.log2(c)), fill: '#4a4e69'}, svg('title', {}, `${title}, ${months[i] ?? ''}: ${c}`)))
    void count
  })
  yearTicks(root, months, left, w, height - 4)
  return root
}

// --- internal ---

function yearTicks(root: SVGElement, months: readonly string[], left: number, w: number, y: number): void {
  const years = months.map((m, i) => [m, i] as const).filter(([m], i) => m.endsWith('-01') || i === 0)
  const step = Math.ceil(years.length / 12)
  years.filter((_, i) => i % step === 0).forEach(([m, i]) => root.appendChild(svg('text', {x: (left + i * w).toFixed(1), y}, m.slice(0, 4))))
}
