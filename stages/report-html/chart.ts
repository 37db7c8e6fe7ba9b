import {escapeHtml} from './escape.ts'

/**
 * An SVG bar chart of counts per month, as markup: each bar has a `<title>` (its month and count) and the
 * figure has a text summary, so the chart is not colour or hover only. Pure.
 */
export function toMonthChartSvg(months: readonly string[], counts: readonly number[], label: string): string {
  const width = 1000
  const height = 180
  const pad = 28
  const max = Math.max(1, ...counts)
  const w = (width - pad) / Math.max(1, months.length)
  const bars = months.map((m, i) => {
    const c = counts[i] ?? 0
    const h = Math.round(((height - pad) * c) / max)
    return `<rect class="bar" x="${(pad + i * w).toFixed(1)}" y="${height - pad - h + 4}" width="${Math.max(0.5, w - 0.5).toFixed(1)}" height="${h}"><title>${escapeHtml(m)}: ${c}</title></rect>`
  })
  const years = months.map((m, i) => [m, i] as const).filter(([m], i) => m.endsWith('-01') || i === 0)
  const step = Math.ceil(years.length / 14)
  const ticks = years.filter((_, i) => i % step === 0).map(([m, i]) => `<text x="${(pad + i * w).toFixed(1)}" y="${height - 8}">${escapeHtml(m.slice(0, 4))}</text>`)
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(label)}">` +
    `<text x="0" y="12">${max}</text><text x="0" y="${height - pad + 4}">0</text>${bars.join('')}${ticks.join('')}</svg>`
}
