import {toEvidenceCell} from '../resolve/index.ts'
import {mostUsed} from '../timeline/index.ts'
import type {ProtocolTally} from './find.ts'

/** A row of `protocol-rank.csv`: a person's positions in lists of officials in one year. */
export type RankRow = {
  person_id: string; person: string; year: string; lists: number
  median: number; min: number; max: number; mean_list_size: number
  /** Last listed year's median minus this year's: positive = moved up the list; '' for the first year. */
  change: number | string
  evidence: string
}

/** Rank rows, sorted by person id then year. Pure. @example toRankRows(tallyProtocol(articles))[0] // {person_id: 'person:…', year: '2021', lists: 6, median: 2, …} */
export function toRankRows(tally: ProtocolTally, nameOf: (id: string) => string | undefined = () => undefined): RankRow[] {
  const records = Object.values(tally).sort((a, b) => (a.person < b.person ? -1 : a.person > b.person ? 1 : a.year < b.year ? -1 : 1))
  const rows: RankRow[] = []
  let previous: {person: string; median: number} | undefined
  for (const r of records) {
    const positions = Object.entries(r.positions).map(([p, c]) => [Number(p), c] as const).sort((a, b) => a[0] - b[0])
    const median = medianOf(positions, r.lists)
    rows.push({
      person_id: r.person, person: nameOf(r.person) ?? mostUsed(r.names), year: r.year, lists: r.lists,
      median, min: positions[0]?.[0] ?? 0, max: positions[positions.length - 1]?.[0] ?? 0,
      mean_list_size: Math.round((r.sizeSum / r.lists) * 10) / 10,
      change: previous?.person === r.person ? previous.median - median : '', evidence: toEvidenceCell(r.evidence),
    })
    previous = {person: r.person, median}
  }
  return rows
}

/** Median of a histogram (value, count) with `n` values in all: the mean of the two middle values when n is even. @example medianOf([[1, 2], [3, 1], [5, 1]], 4) // 2 */
export function medianOf(histogram: readonly (readonly [number, number])[], n: number): number {
  const at = (k: number): number => {
    let seen = 0
    for (const [v, c] of histogram) {
      seen += c
      if (k < seen) return v
    }
    return 0
  }
  return n % 2 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2
}
