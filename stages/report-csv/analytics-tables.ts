import {toAbsenceRows, toAppearanceRow, toAppearanceSummary, findAppearances} from '../appearances/index.ts'
import type {CorpusAnalytics} from '../analytics/index.ts'
import {filterPairs, findRelationFacts, mainRelation, toBucketRows, toPairRows, type CooccurTally, type PairRow} from '../cooccur/index.ts'
import {findListFacts, toRankRows} from '../protocol/index.ts'
import {toEvidenceCell, type Evidence} from '../resolve/index.ts'
import {findTitleFacts, toTimelineRows, toTitleChanges, type NameOf} from '../timeline/index.ts'
import {once} from './once.ts'
import type {Row} from './tables.ts'

/**
 * The analytics tables (timeline, protocol, appearances, absences, duplicates, buckets, evidence) as builders, by
 * file name: each table's rows are made when its builder is called. Pure; stable order.
 * `scored` may give the scored pairs of `analytics.tally.cooccur` (`toPairRows(tally, minCount)`, any `minCount`).
 */
export function analyticsTables(analytics: CorpusAnalytics, nameOf: NameOf, lastSeen: (id: string) => string | undefined, top = 100, scored?: readonly PairRow[]): Record<string, () => Iterable<Row>> {
  const {tally, duplicates, articles, options} = analytics
  // The same people lists and co-occurring types as the tallies the other tables come from.
  const listOptions = {minList: options.minList}
  const types = new Set<string>(options.cooccurTypes)
  // Appearances are found once, for their table, and kept per article (they are few) for the evidence, which is
  // made row by row as it is written: it is the longest of these tables.
  const found = once(() => articles.map((article) => findAppearances(article)))
  function* evidence(): Generator<Row> {
    const appearances = found()
    const row = (kind: string, subject: string, object: string, value: string, e: Evidence): Row =>
      ({fact: kind, subject, object, value, article: e.article, date: e.date, sentence_start: e.start, sentence_end: e.end, rule: e.rule})
    for (const [i, article] of articles.entries()) {
      for (const t of findTitleFacts(article)) yield row('title', t.person, '', t.key, t.evidence)
      for (const a of appearances[i]!) yield row('appearance', a.person, '', `${a.role} ${a.eventDate}`, a.evidence)
      for (const l of findListFacts(article, listOptions)) yield row('rank', l.person, '', `${l.position}/${l.size}`, l.evidence)
      for (const r of findRelationFacts(article, types)) yield row('relation', r.a, r.b, r.subject ? `${r.relation} (subject ${r.subject})` : r.relation, r.evidence)
    }
  }
  const pairs = once(() => topPairs(tally.cooccur, top, scored))
  return {
    'title-timeline.csv': () => toTimelineRows(tally.titles, nameOf),
    'title-changes.csv': () => toTitleChanges(tally.titles, nameOf, lastSeen),
    'protocol-rank.csv': () => toRankRows(tally.protocol, nameOf),
    'appearances.csv': () => found().flatMap((list) => list.map((a) => toAppearanceRow(a, nameOf))),
    'appearance-summary.csv': () => toAppearanceSummary(tally.appearances, nameOf),
    'absences.csv': () => toAbsenceRows(tally.appearances, undefined, nameOf),
    'duplicates.csv': () => duplicates.flatMap((g) => g.members.map((m): Row => ({
      group: g.canonical, article: m.id, date: m.date, source: m.source, headline: m.headline,
      canonical: m.id === g.canonical ? 1 : 0, similarity: m.similarity, rule: 'duplicates:minhash-lsh',
    }))),
    'cooccurrence-buckets.csv': () => toBucketRows(pairs(), top).map((b): Row => ({a: b.a, a_name: nameOf(b.a) ?? b.a, b: b.b, b_name: nameOf(b.b) ?? b.b, window: b.window, period: b.period, bucket: b.bucket, count: b.count})),
    'evidence.csv': evidence,
  }
}

/**
 * Enough scored pairs for the `top` of each window in `toBucketRows`: `scored` when it holds at least `top` pairs of
 * each window (the pairs it leaves out are counted less often, so they sort after), else every pair.
 */
function topPairs(tally: CooccurTally, top: number, scored: readonly PairRow[] | undefined): readonly PairRow[] {
  if (scored) {
    let article = 0
    let sentence = 0
    for (const r of scored) if (r.window === 'article') article++
    else sentence++
    if (article >= top && sentence >= top) return scored
  }
  return toPairRows(tally)
}

/**
 * Rows of `cooccurrence.csv`, with the main typed relation and the first evidence. Pairs seen once are left out by
 * default (`minCount` 2: they are most of the pairs and carry no association signal). Pure.
 */
export function pairRows(rows: readonly PairRow[], nameOf: NameOf, minCount = 2): Row[] {
  const type = (id: string): string => {
    const prefix = id.slice(0, id.indexOf(':'))
    return prefix === 'org' ? 'organisation' : prefix
  }
  return filterPairs(rows, {minCount}).map((r): Row => {
    const main = mainRelation(r)
    return {
      a: r.a, a_name: nameOf(r.a) ?? r.a, a_type: type(r.a), b: r.b, b_name: nameOf(r.b) ?? r.b, b_type: type(r.b),
      window: r.window, count: r.count, articles: r.articles, first_seen: r.first, last_seen: r.last, pmi: r.pmi, npmi: r.npmi,
      relation: main?.relation ?? 'co-mention', relation_subject: main?.subject ?? '',
      relations: Object.entries(r.relations).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([k, c]) => `${k} ${c}`).join('; '),
      evidence: toEvidenceCell(r.evidence),
    }
  })
}
