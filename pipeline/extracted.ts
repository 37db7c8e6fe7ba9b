import {charRange, type Doc, type Label, type Message, sentenceIndexOf} from './doc.ts'
import {singleSpaced} from '../stages/tokenise/shared.ts'

/** A mention with char offsets, as kept after extraction (tokens are dropped to bound memory). */
export interface ExtractedMention {
  readonly label: Label
  readonly text: string
  readonly value: string
  readonly start: number
  readonly end: number
  /** Index into `sentences`. */
  readonly sentence: number
  readonly rule: string
}

/** A person–title pair with char offsets of the title. */
export interface ExtractedTitle {
  readonly person: string
  readonly title: string
  readonly start: number
  readonly end: number
  readonly sentence: number
  readonly rule: string
}

/**
 * What the corpus stages and reports need of one article: text, metadata, sentences and mentions with char
 * offsets. Plain JSON; one per line in `work/extracted.jsonl`.
 */
export interface Extracted {
  readonly id: string
  readonly published?: string
  readonly source?: string
  readonly headline?: string
  readonly url?: string
  readonly file?: string
  readonly text: string
  readonly bodyStart: number
  readonly words: number
  /** Sentences as char ranges `[start, end)`. */
  readonly sentences: readonly (readonly [number, number])[]
  readonly mentions: readonly ExtractedMention[]
  readonly titles: readonly ExtractedTitle[]
  readonly messages: readonly Message[]
}

/** Project a fully annotated doc onto the compact record the corpus stages use. Pure. @example toExtracted(analyse(text)).mentions */
export function toExtracted(doc: Doc): Extracted {
  const sentences = doc.sentences.map((s) => {
    const r = charRange(doc, s)
    return [r.start, r.end] as const
  })
  const mentions = doc.mentions.map((m): ExtractedMention => {
    const r = charRange(doc, m)
    return {label: m.label, text: m.text, value: m.value, start: r.start, end: r.end, sentence: sentenceIndexOf(doc, m.start), rule: m.rule}
  })
  const titles = doc.titles.map((t): ExtractedTitle => {
    const r = charRange(doc, t.span)
    return {person: t.person, title: t.title, start: r.start, end: r.end, sentence: sentenceIndexOf(doc, t.span.start), rule: t.rule}
  })
  const {published, source, headline, url, file} = doc.meta
  return {
    id: doc.id,
    ...(published ? {published} : {}),
    ...(source ? {source} : {}),
    ...(headline ? {headline} : {}),
    ...(url ? {url} : {}),
    ...(file ? {file} : {}),
    text: doc.text,
    bodyStart: Number(doc.meta.bodyStart ?? 0),
    words: doc.tokens.reduce((n, t) => (t.kind === 'word' || t.kind === 'number' ? n + 1 : n), 0),
    sentences,
    mentions,
    titles,
    messages: doc.messages,
  }
}

/** One line of `presswatch extract`: the shape `../shared/eval/README.md` describes, plus mention counts. */
export interface EntitiesLine {
  readonly id: string
  readonly published: string | null
  readonly people: readonly {name: string; mentions: number}[]
  readonly organisations: readonly {name: string; aliases: string[]; mentions: number}[]
  readonly titles: readonly {person: string; title: string}[]
  readonly dates: readonly {text: string; value: string}[]
}

/** Build the document-level entities line: one entry per distinct person, body, person–title pair and date. Pure. @example toEntities(toExtracted(analyse(text))).people */
export function toEntities(x: Extracted): EntitiesLine {
  const people = new Map<string, number>()
  const orgs = new Map<string, {aliases: Set<string>; mentions: number}>()
  const dates = new Map<string, {text: string; value: string}>()
  for (const m of x.mentions) {
    if (m.label === 'PERSON') people.set(m.value, (people.get(m.value) ?? 0) + 1)
    else if (m.label === 'ORG') {
      const o = orgs.get(m.value) ?? {aliases: new Set<string>(), mentions: 0}
      o.mentions++
      // Another name of the body, as written but single-spaced: a line break inside its name is layout, not an alias.
      const alias = singleSpaced(m.text)
      if (alias !== m.value) o.aliases.add(alias)
      orgs.set(m.value, o)
    } else if (m.label === 'DATE') {
      const key = `${m.value}\u0000${m.text}`
      if (!dates.has(key)) dates.set(key, {text: m.text, value: m.value})
    }
  }
  const titles = new Map<string, {person: string; title: string}>()
  for (const t of x.titles) {
    const key = `${t.person}\u0000${t.title}`
    if (!titles.has(key)) titles.set(key, {person: t.person, title: t.title})
  }
  return {
    id: x.id,
    published: x.published ?? null,
    people: [...people].map(([name, mentions]) => ({name, mentions})),
    organisations: [...orgs].map(([name, o]) => ({name, aliases: [...o.aliases], mentions: o.mentions})),
    titles: [...titles.values()],
    dates: [...dates.values()],
  }
}

/**
 * The same record with its repeated strings (labels, rules, names, surfaces, titles) shared through `pool`: records
 * that crossed a thread or were parsed from the cache carry a copy of every string per mention, about a third of a
 * corpus held in memory. Equal to the input for every reader. @example const pool = new Map(); records.map((r) => shareStrings(r, pool))
 */
export function shareStrings(record: Extracted, pool: Map<string, string>): Extracted {
  const share = (s: string): string => {
    const had = pool.get(s)
    if (had !== undefined) return had
    pool.set(s, s)
    return s
  }
  return {
    ...record,
    mentions: record.mentions.map((m) => ({...m, label: share(m.label) as ExtractedMention['label'], text: share(m.text), value: share(m.value), rule: share(m.rule)})),
    titles: record.titles.map((t) => ({...t, person: share(t.person), title: share(t.title), rule: share(t.rule)})),
  }
}
