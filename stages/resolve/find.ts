import type {Label} from '../../pipeline/doc.ts'
import type {Extracted} from '../../pipeline/extracted.ts'

/** Entity types that get a corpus-wide identity. */
export type EntityType = 'PERSON' | 'ORG'

/** Options of the `resolve` stage. */
export interface ResolveOptions {
  /** Entity types to resolve. */
  readonly types: readonly EntityType[]
}

/** Corpus-wide entity: one per identity key, with every surface form seen. Mergeable (see `mergeEntityTables`). */
export interface EntityRecord {
  readonly id: string
  readonly type: EntityType
  /** Surface forms and values with their mention counts. */
  readonly names: Record<string, number>
  mentions: number
  articles: number
  first: string
  last: string
}

/** Entities by id. Plain object so it serialises and merges. */
export type EntityTable = Record<string, EntityRecord>

const PREFIX: Record<EntityType, string> = {PERSON: 'person', ORG: 'org'}
const APOSTROPHE_RE = /['’‘`´]/g
const SEPARATOR_RE = /[\s\-‐‑–—_.,]+/g

/**
 * The identity key of a name: case, hyphen, apostrophe and possessive variants fold together
 * (KIM JONG UN, Kim Jong-un, Kim Jong Un → `kim jong un`); different given names never do. Pure.
 */
export function identityKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]s\b/g, '')
    .replace(APOSTROPHE_RE, '')
    .replace(SEPARATOR_RE, ' ')
    .toLowerCase()
    .trim()
    .replace(/^the /, '')
}

/** Stable entity id: `person:kim-jong-un`, `org:workers-party-of-korea`. */
export function entityId(type: EntityType, name: string): string {
  return `${PREFIX[type]}:${identityKey(name).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'unnamed'}`
}

/** Fold articles into the entity table. Pure: returns a new table. */
export function findEntities(records: Iterable<Extracted>, options: ResolveOptions = {types: ['PERSON', 'ORG']}): EntityTable {
  const table: EntityTable = {}
  const types = new Set<Label>(options.types)
  for (const x of records) {
    const date = x.published ?? ''
    const inArticle = new Set<string>()
    for (const m of x.mentions) {
      if (!types.has(m.label)) continue
      const type = m.label as EntityType
      const id = entityId(type, m.value)
      let e = table[id]
      if (!e) e = table[id] = {id, type, names: {}, mentions: 0, articles: 0, first: date, last: date}
      e.mentions++
      e.names[m.value] = (e.names[m.value] ?? 0) + 1
      if (m.text !== m.value) e.names[m.text] = (e.names[m.text] ?? 0) + 0
      if (!inArticle.has(id)) {
        inArticle.add(id)
        e.articles++
        if (date && (!e.first || date < e.first)) e.first = date
        if (date && date > e.last) e.last = date
      }
    }
  }
  return table
}

/** Combine the tables of two disjoint parts of a corpus into the table of the whole. Pure. */
export function mergeEntityTables(a: EntityTable, b: EntityTable): EntityTable {
  const out: EntityTable = {}
  for (const [id, e] of Object.entries(a)) out[id] = {...e, names: {...e.names}}
  for (const [id, e] of Object.entries(b)) {
    const o = out[id]
    if (!o) {
      out[id] = {...e, names: {...e.names}}
      continue
    }
    for (const [n, c] of Object.entries(e.names)) o.names[n] = (o.names[n] ?? 0) + c
    o.mentions += e.mentions
    o.articles += e.articles
    if (e.first && (!o.first || e.first < o.first)) o.first = e.first
    if (e.last > o.last) o.last = e.last
  }
  return out
}

/** The canonical name of an entity: its most used normalised value, the longer on a tie, then alphabetical. */
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

/** Every other name the entity goes by, sorted. */
export function aliasesOf(e: EntityRecord): string[] {
  const canonical = canonicalName(e)
  return Object.keys(e.names).filter((n) => n !== canonical).sort()
}
