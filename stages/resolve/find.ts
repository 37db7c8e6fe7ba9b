import type {Extracted} from '../../pipeline/extracted.ts'
import {resolveArticles, type ResolvedArticle} from './article.ts'
import type {EntityType} from './types.ts'

/** Options of the `resolve` stage. */
export interface ResolveOptions {
  /** Entity types to resolve. */
  readonly types: readonly EntityType[]
}

/** Corpus-wide entity: one per identity, with every surface form seen. Mergeable (see `mergeEntityTables`). */
export interface EntityRecord {
  readonly id: string
  readonly type: EntityType
  /** Canonical names (counted per mention) and surface forms (counted 0) of the entity. */
  readonly names: Record<string, number>
  mentions: number
  articles: number
  first: string
  last: string
  /** Article of the first and last date seen (the smallest id on a tie): the evidence of `first` and `last`. */
  firstArticle: string
  lastArticle: string
}

/** Entities by id. Plain object so it serialises and merges. */
export type EntityTable = Record<string, EntityRecord>

const DEFAULT_TYPES: readonly EntityType[] = ['PERSON', 'ORG']

/** Fold articles into the entity table (resolving each article first). Pure: returns a new table. @example findEntities(records, {types: ['PERSON']})['person:kim-jong-un']?.mentions // 12 */
export function findEntities(records: Iterable<Extracted>, options: ResolveOptions = {types: DEFAULT_TYPES}): EntityTable {
  return tallyEntities(resolveArticles(records), options)
}

/** Fold already resolved articles into the entity table. Pure; linear in the mentions. @example tallyEntities(resolveArticles(records), {types: ['ORG']}) // {'org:workers-party-of-korea': {mentions: 7, …}, …} */
export function tallyEntities(articles: Iterable<ResolvedArticle>, options: ResolveOptions = {types: DEFAULT_TYPES}): EntityTable {
  const table: EntityTable = {}
  const types = new Set<string>(options.types)
  for (const {record: x, entities, names} of articles) {
    const date = x.published ?? ''
    const inArticle = new Set<string>()
    x.mentions.forEach((m, i) => {
      const id = entities[i]
      if (!id || !types.has(m.label)) return
      let e = table[id]
      if (!e) e = table[id] = {id, type: m.label as EntityType, names: {}, mentions: 0, articles: 0, first: '', last: '', firstArticle: '', lastArticle: ''}
      e.mentions++
      const name = names[i] || m.value
      e.names[name] = (e.names[name] ?? 0) + 1
      if (m.value !== name) e.names[m.value] = (e.names[m.value] ?? 0) + 0
      if (m.text !== name) e.names[m.text] = (e.names[m.text] ?? 0) + 0
      if (!inArticle.has(id)) {
        inArticle.add(id)
        e.articles++
        seeDate(e, date, x.id)
      }
    })
  }
  return table
}

/** Combine the tables of two disjoint parts of a corpus into the table of the whole. Pure. @example mergeEntityTables(findEntities(partA), findEntities(partB)) // the table of both parts */
export function mergeEntityTables(a: EntityTable, b: EntityTable): EntityTable {
  const out: EntityTable = {}
  for (const [id, e] of Object.entries(a)) out[id] = {...e, names: {...e.names}}
  for (const [id, e] of Object.entries(b)) {
    const o = out[id]
    if (!o) {
      out[id] = {...e, names: {...e.names}}
      continue
    }
    addCounts(o.names, e.names)
    o.mentions += e.mentions
    o.articles += e.articles
    if (e.firstArticle) seeDate(o, e.first, e.firstArticle)
    if (e.lastArticle) seeDate(o, e.last, e.lastArticle)
  }
  return out
}

/** The canonical name of an entity: its most used normalised value, the longer on a tie, then alphabetical. @example canonicalName(findEntities(records)['org:workers-party-of-korea']!) // "Workers' Party of Korea" */
export function canonicalName(e: EntityRecord): string {
  let best = ''
  let bestCount = -1
  for (const [name, count] of Object.entries(e.names)) {
    if (count > bestCount || (count === bestCount && (name.length > best.length || (name.length === best.length && name < best)))) {
      best = name
      bestCount = count
    }
  }
  return best
}

/** Every other name the entity goes by, sorted. @example aliasesOf(findEntities(records)['person:kim-jong-un']!) // ['KIM JONG UN', 'Kim Jong-un'] */
export function aliasesOf(e: EntityRecord): string[] {
  const canonical = canonicalName(e)
  const names = Object.keys(e.names)
  const out = new Set<string>()
  for (const raw of names) {
    // Line breaks and double spaces inside a name are layout, not another alias.
    const n = raw.replace(/\s+/g, ' ').trim()
    if (n === canonical || !n) continue
    // A form that glues a following word onto a name of the same entity ("Kim Jong Unvisited", from source text
    // with its spaces lost) is a typesetting error, not an alias.
    if (names.some((other) => other !== raw && other.length >= 3 && n.length > other.length && n.startsWith(other) && /^\p{Ll}+$/u.test(n.slice(other.length)))) continue
    out.add(n)
  }
  return [...out].sort()
}

/** Whether (date, id) comes before (date2, id2); undated sorts last. @example isEarlier('2021-07-01', 'a2', '2021-07-11', 'a1') // true */
export function isEarlier(date: string, id: string, date2: string, id2: string): boolean {
  if (!id2) return true
  if (date !== date2) return date2 === '' ? date !== '' : date !== '' && date < date2
  return id < id2
}

/** Whether (date, id) comes after (date2, id2); undated sorts first. @example isLater('2021-07-11', 'a1', '2021-07-01', 'a2') // true */
export function isLater(date: string, id: string, date2: string, id2: string): boolean {
  return !id2 || date > date2 || (date === date2 && id > id2)
}

/** The first and last date a corpus record was seen, each with its article (the smallest id on a tie). */
export interface FirstLast {
  first: string
  last: string
  firstArticle: string
  lastArticle: string
}

/** Widen `r`'s first and last to take in `date` in article `id`. @example seeDate(entity, '2021-07-11', 'a1') */
export function seeDate(r: FirstLast, date: string, id: string): void {
  if (isEarlier(date, id, r.first, r.firstArticle)) {
    r.first = date
    r.firstArticle = id
  }
  if (isLater(date, id, r.last, r.lastArticle)) {
    r.last = date
    r.lastArticle = id
  }
}

/** Add the counts of `from` into `into`, key by key (the merge of every count record of a tally). @example addCounts(a.names, b.names) */
export function addCounts(into: Record<string, number>, from: Readonly<Record<string, number>>): void {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v
}
