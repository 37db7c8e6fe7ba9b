import type {Extracted, ExtractedMention} from '../../pipeline/extracted.ts'
import {KOREAN_SURNAMES, orgFold} from './lexicon.ts'
import {personKey, resolveName, type NameResolution} from './key.ts'

/** A mention the resolver could not tie to one entity, or tied only to an ambiguous short form. */
export interface Ambiguity {
  /** Index into the record's `mentions`. */
  readonly mention: number
  readonly reason: 'surname-without-full-name' | 'surname-several-candidates' | 'ambiguous-short-form'
  /** Entity ids it might be, sorted (empty when there is none). */
  readonly candidates: readonly string[]
}

/** What resolving an article reads: its text and each mention's label, value and place. */
export interface Resolvable {
  readonly text: string
  readonly mentions: readonly Pick<ExtractedMention, 'label' | 'value' | 'start' | 'end'>[]
}

/** One article with an entity id per mention: the shared input of every corpus stage. */
export interface ResolvedArticle<R extends Resolvable = Extracted> {
  readonly record: R
  /** Entity id of each mention (same index as `record.mentions`); '' for dates, titles and unresolved short forms. */
  readonly entities: readonly string[]
  /** Canonical name each mention counts for ('' when unresolved). */
  readonly names: readonly string[]
  /** The rule that gave each mention its entity. */
  readonly rules: readonly string[]
  readonly ambiguous: readonly Ambiguity[]
}

const ACRONYM_AFTER_RE = /^\s*\(\s*([A-Z][A-Za-z.&-]{1,11})\s*\)/

/**
 * Give every person and organisation mention of an article its entity: lexicon resolution (variants, known
 * acronyms, short forms), acronyms defined in the text ("Workers' Party of Korea (WPK)"), and surname-only
 * back-references to the nearest preceding full name with that surname. Pure; linear in the mentions.
 * @example resolveArticle(record).entities // ['person:kim-jong-un', '', 'org:workers-party-of-korea', …], one per mention
 */
export function resolveArticle<R extends Resolvable>(x: R): ResolvedArticle<R> {
  const n = x.mentions.length
  const entities: string[] = new Array<string>(n).fill('')
  const names: string[] = new Array<string>(n).fill('')
  const rules: string[] = new Array<string>(n).fill('')
  const ambiguous: Ambiguity[] = []
  const defined = new Map<string, NameResolution>()
  const fullBySurname = new Map<string, Set<string>>()
  // Each person mention's key, worked out once for both passes.
  const keys: string[] = new Array<string>(n).fill('')
  const resolved: (NameResolution | undefined)[] = x.mentions.map((m, i) => {
    if (m.label === 'ORG') {
      const r = resolveName('ORG', m.value)
      const acronym = ACRONYM_AFTER_RE.exec(x.text.slice(m.end, m.end + 20))?.[1]
      if (acronym) defined.set(orgFold(acronym), r)
      return r
    }
    if (m.label !== 'PERSON') return undefined
    const key = (keys[i] = personKey(m.value))
    if (isLoneSurname(key)) return undefined
    const r = resolveName('PERSON', m.value)
    const surname = key.slice(0, key.indexOf(' '))
    if (surname) {
      let ids = fullBySurname.get(surname)
      if (!ids) fullBySurname.set(surname, (ids = new Set()))
      ids.add(r.id)
    }
    return r
  })
  const order = x.mentions.map((_, i) => i).sort((a, b) => x.mentions[a]!.start - x.mentions[b]!.start || a - b)
  const lastFull = new Map<string, NameResolution>()
  for (const i of order) {
    const m = x.mentions[i]!
    let r = resolved[i]
    if (m.label === 'ORG' && r) {
      const own = defined.get(orgFold(m.value))
      if (own && own.id !== r.id) r = {...own, rule: 'resolve:acronym-in-text'}
      else if (r.rule === 'resolve:ambiguous-short-form') ambiguous.push({mention: i, reason: 'ambiguous-short-form', candidates: []})
    } else if (m.label === 'PERSON') {
      const key = keys[i]!
      if (r) {
        lastFull.set(key.slice(0, key.indexOf(' ')), r)
      } else {
        const before = lastFull.get(key)
        const after = [...(fullBySurname.get(key) ?? [])].sort()
        if (before) r = {...before, rule: 'resolve:surname-back-reference'}
        else if (after.length === 1) r = {id: after[0]!, name: nameOf(after[0]!, x, resolved), rule: 'resolve:surname-back-reference'}
        else ambiguous.push({mention: i, reason: after.length ? 'surname-several-candidates' : 'surname-without-full-name', candidates: after})
      }
    }
    if (!r) continue
    entities[i] = r.id
    names[i] = r.name
    rules[i] = r.rule
  }
  ambiguous.sort((a, b) => a.mention - b.mention)
  return {record: x, entities, names, rules, ambiguous}
}

/** Resolve many articles lazily, in order. @example for (const article of resolveArticles(records)) console.log(article.record.id, article.ambiguous.length) */
export function* resolveArticles(records: Iterable<Extracted>): Generator<ResolvedArticle> {
  for (const x of records) yield resolveArticle(x)
}

// --- internal ---

function isLoneSurname(key: string): boolean {
  return !key.includes(' ') && KOREAN_SURNAMES.has(key)
}

function nameOf(id: string, x: Resolvable, resolved: readonly (NameResolution | undefined)[]): string {
  const i = resolved.findIndex((r) => r?.id === id)
  return resolved[i]?.name ?? x.mentions[i]?.value ?? ''
}
