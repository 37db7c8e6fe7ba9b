import type {Doc, Mention, Message, Span, TitlePair, Token} from '../../pipeline/doc.ts'
import {appointmentAsEnd, sentenceEnds} from '../tokenise/shared.ts'
import {ACRONYMS, ARTICLES, BETWEEN_TITLE_AND_NAME, CHAIN_ADVERBS, DETERMINERS, MODIFIERS, POSSESSIVE_LEADER, RANK_ABBREVIATIONS} from './lexicon.ts'
import {isCapitalised, isCoreWord, parseCore, parseTitle, singularOf, type ParseContext, type ParsedTitle} from './parse.ts'

/** Options of the `titles` stage. */
export interface TitlesOptions {
  /** Longest title, in tokens. */
  readonly maxTitleTokens: number
}

/** One link found: a parsed title given to the PERSON mention at `person` (index into the doc's PERSON mentions). */
interface Link {
  readonly person: number
  readonly title: ParsedTitle
  readonly rule: string
}

/**
 * Find person–title pairs: titles before a name ("Premier Pak Pong Ju"), chains after it ("X, A, B and C"),
 * offices printed on the lines after a name, and shared plural titles ("vice-premiers A and B"). Pure.
 * @example findTitles(doc, {maxTitleTokens: 30}).titles // [{person: 'Pak Pong Ju', title: 'Premier', …}]
 */
export function findTitles(doc: Doc, options: TitlesOptions): {mentions: Mention[]; titles: TitlePair[]; messages: Message[]} {
  const {tokens} = doc
  const n = tokens.length
  const people = doc.mentions.filter((m) => m.label === 'PERSON')
  const personAt = new Array<number>(n + 1).fill(-1)
  const personEndAt = new Array<number>(n + 1).fill(-1)
  const orgEnd = new Array<number>(n + 1).fill(-1)
  people.forEach((m, i) => {
    const old = people[personAt[m.start]!]
    if (!old || old.end < m.end) personAt[m.start] = i
    personEndAt[m.end] = i
  })
  // Where a body's name that holds more than a person ends with that person: "Committee for Remembering
  // Generalissimo Kim Jong Il" gives him no office, before or after.
  const orgStartAtEnd = new Array<number>(n + 1).fill(n)
  for (const m of doc.mentions) {
    if (m.label !== 'ORG') continue
    if (m.end > orgEnd[m.start]!) orgEnd[m.start] = m.end
    if (m.start < orgStartAtEnd[m.end]!) orgStartAtEnd[m.end] = m.start
  }
  const sentenceEnd = sentenceEnds(doc)
  const context: ParseContext = {tokens, personAt, orgEnd}
  const max = options.maxTitleTokens
  const links: Link[] = []
  people.forEach((m, i) => {
    if (personAt[m.start] !== i) return
    const found: Link[] = []
    if (orgStartAtEnd[m.end]! < m.start) return
    beforeName(context, people, m, i, max, personEndAt, found)
    afterName(context, people, m, i, Math.min(sentenceEnd[m.start]!, m.end + max * 4), max, personEndAt, found)
    asOffice(context, people, m, i, Math.min(sentenceEnd[m.start]!, m.end + 5 + max), personEndAt, found)
    electedOffice(context, people, m, i, Math.min(sentenceEnd[m.start]!, m.end + max * 4), max, personEndAt, found)
    onLinesAfterName(context, m, i, max, found)
    links.push(...found)
  })
  return toOutput(doc, people, links)
}

// --- internal ---

// "X, the chairman said": verbs that make a title after a name the subject of a new clause.
const SPEECH_VERB_RE = /^(?:said|says|told|tells|wrote|writes|[a-z]+ed)$/

/** "Premier Pak Pong Ju", "KPA Vice-Marshal X", "Vice-Chairman and Director of Y X", "vice-premiers … A and B". */
function beforeName(context: ParseContext, people: readonly Mention[], m: Mention, person: number, max: number, personEndAt: number[], out: Link[]): void {
  const {tokens} = context
  let s = m.start
  // Honorifics between the title and the name ("Comrade", "Mr." with its period).
  for (let hops = 0; hops < 3 && s > 0; hops++) {
    const prev = tokens[s - 1]!
    if (prev.text === '.' && BETWEEN_TITLE_AND_NAME.has(tokens[s - 2]?.norm ?? '')) s -= 2
    else if (prev.text !== '.' && BETWEEN_TITLE_AND_NAME.has(prev.norm)) s -= 1
    else break
  }
  // "Vice-Chairman of the … General Association of Korean Residents in Japan (Chongryon) Pae Ik Ju": the body's
  // short form in brackets between the title and the name.
  const short = tokens[s - 1]?.text === ')' && tokens[s - 3]?.text === '(' && tokens[s - 2]?.kind === 'word' ? s - 3 : -1
  if (short > 0) s = short
  let lo = s
  while (lo > 0 && s - lo < max && personEndAt[lo]! < 0) {
    const t = tokens[lo - 1]!
    const inTitle = t.kind === 'word' || t.kind === 'number' || t.text === "'" || t.text === '’' ||
      (t.text === '.' && RANK_ABBREVIATIONS.has(tokens[lo - 2]?.norm ?? '')) ||
      (t.text === ',' && (tokens[lo - 2]?.norm === 'c.c.'))
    if (!inTitle) break
    lo--
  }
  // Strict phrases first; then phrases that go on in lower case ("Chief of the KPA General staff Kim Yong Chun").
  for (const loose of [false, true]) {
    for (let c = lo; c < s; c++) {
      if (!isCoreWord(tokens[c])) continue
      const title = parseTitle(context, c, s, false, loose)
      if (!title || title.end !== s) continue
      // "the great general Kim Jong Il": a lower-case rank before a name is an epithet.
      if (title.rankOnly && !isCapitalised(tokens[title.head]!.text)) return
      out.push({person, title, rule: 'titles:before-name'})
      andChainBefore(context, title.start, person, out)
      if (title.plural) sharedAfter(context, people, m, title, out)
      return
    }
  }
  const leader = possessiveLeader(context, s)
  if (leader) out.push({person, title: leader, rule: 'titles:before-name'})
}

/** "the delegation led by its national leader Sandra Bains": a lower-case "leader" after "its"/"their" is an office. */
function possessiveLeader(context: ParseContext, s: number): ParsedTitle | undefined {
  const {tokens} = context
  const head = s - 1
  const t = tokens[head]
  if (!t || t.text !== POSSESSIVE_LEADER.head) return undefined
  let c = head
  while (c > 0 && head - c < 3 && MODIFIERS.has(tokens[c - 1]!.text) && !POSSESSIVE_LEADER.notModifiers.has(tokens[c - 1]!.text)) c--
  if (!POSSESSIVE_LEADER.possessives.has(tokens[c - 1]?.text ?? '')) return undefined
  return {start: c, end: s, head, coreEnd: s, plural: false, rankOnly: false, hasPhrase: false}
}

/** "Vice-Chairman and Director of … X": bare offices joined by "and" to a title before the name. */
function andChainBefore(context: ParseContext, start: number, person: number, out: Link[]): number {
  const {tokens} = context
  let at = start
  while (tokens[at - 1]?.norm === 'and') {
    const e = at - 1
    let c = e
    while (c > 0 && e - c < 8 && isCoreWord(tokens[c - 1])) c--
    let found: ParsedTitle | undefined
    for (; c < e && !found; c++) {
      const core = parseCore(context, c, e, false)
      if (core && core.end === e && !DETERMINERS.has(tokens[c - 1]?.norm ?? '')) {
        found = {start: c, end: e, head: core.head, coreEnd: e, plural: core.plural, rankOnly: core.rankOnly, hasPhrase: false}
      }
    }
    if (!found) break
    out.push({person, title: found, rule: 'titles:before-name-and'})
    at = found.start
  }
  return at
}

/** A plural title before a list of names is given to each: "vice-chairmen A, B and C". */
function sharedAfter(context: ParseContext, people: readonly Mention[], m: Mention, title: ParsedTitle, out: Link[]): void {
  const {tokens, personAt} = context
  let k = m.end
  while (tokens[k]?.text === ',' || tokens[k]?.norm === 'and') {
    const next = personAt[k + 1]!
    if (next < 0) break
    out.push({person: next, title, rule: 'titles:shared-plural'})
    if (tokens[k]!.norm === 'and') break
    k = people[next]!.end
  }
}

/** "X, A, B and C", "X, a member of …", "X who is …": each office of the chain its own pair. */
function afterName(context: ParseContext, people: readonly Mention[], m: Mention, person: number, bound: number, max: number, personEndAt: number[],
  out: Link[]): void {
  const {tokens, personAt} = context
  let j = m.end
  let articles = true
  if (tokens[j]?.text === ',') j++
  else if (tokens[j]?.norm !== 'who') return
  const chain: {title: ParsedTitle; joinedByAnd: boolean}[] = []
  let joinedByAnd = false
  while (j < bound) {
    if (tokens[j]?.norm === 'who' && /^(?:is|was|are|were)$/.test(tokens[j + 1]?.norm ?? '')) {
      j += 2
      articles = true
    } else if (tokens[j]?.norm === 'who' && /^(?:serves|served|works|worked|acts|acted)$/.test(tokens[j + 1]?.norm ?? '') && tokens[j + 2]?.norm === 'as') {
      // "X, minister of Foreign Trade who serves as chairman of the Wrestling Association"
      j += 3
      articles = true
    }
    while (CHAIN_ADVERBS.has(tokens[j]?.norm ?? '')) j++
    if (articles && ARTICLES.has(tokens[j]?.norm ?? '')) j++
    const withArticle = articles && tokens[j - 1]?.norm === 'the'
    const title = parseTitle(context, j, Math.min(bound, j + max))
    if (!title) {
      // "Kim Su Jo, winner of Kim Il Sung Prize, hero of the DPRK, People's Artiste, deputy to …": honours are no
      // offices, and the chain goes on after them.
      const comma = honourItemEnd(tokens, j, bound)
      if (comma < 0) break
      j = comma + 1
      continue
    }
    // "X, the chairperson said": a new subject, not an apposition.
    const follows = tokens[title.end]
    if (withArticle && follows?.kind === 'word' && SPEECH_VERB_RE.test(follows.norm)) break
    let after = nameAfter(context, title.end)
    // "…, Chief of the KPA General staff Kim Yong Chun": a title that reaches a name in lower case is that name's.
    if (personAt[after]! < 0 && title.hasPhrase && tokens[title.end]?.kind === 'word') {
      const loose = parseTitle(context, j, Math.min(bound, j + max), false, true)
      if (loose && loose.end > title.end) {
        const name = nameAfter(context, loose.end)
        if (personAt[name]! >= 0) after = name
      }
    }
    // Followed by a name: it is that name's title, and so are the bare offices "and"-joined to it.
    if (personAt[after]! >= 0) {
      while (chain.length > 0 && joinedByAnd && !chain[chain.length - 1]!.title.hasPhrase) {
        joinedByAnd = chain.pop()!.joinedByAnd
      }
      break
    }
    // "X who is chairman of A and members of the association": a plural office after a singular one is other people's.
    if (title.plural && chain.some((c) => !c.title.plural)) break
    chain.push({title, joinedByAnd})
    j = title.end
    // A parenthesised short form: "(Chongryon)".
    if (tokens[j]?.text === '(') {
      let k = j + 1
      while (k < j + 8 && tokens[k] && tokens[k]!.text !== ')') k++
      if (tokens[k]?.text === ')') j = k + 1
    }
    articles = false
    if (tokens[j]?.text === ',') {
      j++
      joinedByAnd = tokens[j]?.norm === 'and'
      if (joinedByAnd) j++
    } else if (tokens[j]?.norm === 'and') {
      j++
      joinedByAnd = true
    } else if (tokens[j]?.norm !== 'who') break
  }
  for (const {title} of chain) {
    out.push({person, title, rule: 'titles:after-name'})
    if (title.plural) sharedBefore(context, people, m, title, personEndAt, out)
  }
}

/** What may follow an office given with "as": the end of its clause. */
const AFTER_AS_OFFICE = new Set([',', '.', ';', ':', ')', 'and'])

/**
 * "formed with X as chairman, Y as vice-chairman and A, B and C as members", "elected X as General Secretary of
 * the WPK": an office right after "as" that ends its clause; a plural one is each listed name's.
 */
function asOffice(context: ParseContext, people: readonly Mention[], m: Mention, person: number, bound: number, personEndAt: number[], out: Link[]): void {
  const {tokens} = context
  // "… to X on his appointment as deputy prime minister", "X upon his election as prime minister of Nepal".
  const at = appointmentAsEnd(tokens, m.end)
  if (at < 0 && tokens[m.end]?.norm !== 'as') return
  // The offices of a chain ("as deputy prime minister and Foreign Minister of Belarus"), the last ending its clause.
  const chain: ParsedTitle[] = []
  let title = parseTitle(context, at > 0 ? at : m.end + 1, bound)
  while (title) {
    chain.push(title)
    const joint = tokens[title.end]
    const more = joint?.norm === 'and' && at > 0 ? parseTitle(context, title.end + 1, bound) : undefined
    if (!more) break
    title = more
  }
  const last = chain[chain.length - 1]
  if (!last) return
  const next = tokens[last.end]
  if (next && !AFTER_AS_OFFICE.has(next.norm) && last.end < bound) return
  for (const t of chain) {
    out.push({person, title: t, rule: 'titles:as-office'})
    if (t.plural) sharedBefore(context, people, m, t, personEndAt, out)
  }
}

/** Words that open an honour in a chain of offices: "winner of …", "hero of …", "People's Artiste", "Merited Teacher". */
const HONOURS: ReadonlySet<string> = new Set(['winner', 'winners', 'hero', 'heroine', 'laureate', 'merited', 'people', 'labour', 'labor'])
const HONOUR_NOUNS: ReadonlySet<string> = new Set(['artiste', 'artist', 'athlete', 'teacher', 'doctor', 'scientist', 'hero', 'heroine', 'worker'])

/** The comma that ends an honour item at `j` ("winner of Kim Il Sung Prize,", "People's Artiste,"), or -1. */
function honourItemEnd(tokens: readonly Token[], j: number, bound: number): number {
  const first = tokens[j]
  if (!first || !HONOURS.has(first.norm)) return -1
  // "People's Artiste", "Labour Hero": the capitalised kinds only; "winner"/"hero" of anything.
  if ((first.norm === 'people' || first.norm === 'labour' || first.norm === 'labor' || first.norm === 'merited') &&
    !HONOUR_NOUNS.has(tokens[first.norm === 'people' ? j + 2 : j + 1]?.norm ?? '')) return -1
  for (let k = j + 1; k < Math.min(bound, j + 12); k++) {
    if (tokens[k]!.text === ',' ) return k
    if (tokens[k]!.text === '.' || tokens[k]!.norm === 'and') return -1
  }
  return -1
}

const ELECTED: ReadonlySet<string> = new Set(['elected', 'appointed', 're-elected', 'reelected', 'named'])

/**
 * "Roberto Gabriele, general secretary of the Movement …, was elected chairman of the preparatory committee": the
 * office the person was elected or appointed to, after the name or its apposition and before any other name.
 */
function electedOffice(context: ParseContext, people: readonly Mention[], m: Mention, person: number, bound: number, max: number, personEndAt: number[],
  out: Link[]): void {
  const {tokens, personAt} = context
  for (let k = m.end; k < bound; k++) {
    if (personAt[k]! >= 0) return
    if (!ELECTED.has(tokens[k + 1]?.norm ?? '') || !/^(?:was|is|were)$/.test(tokens[k]!.norm)) continue
    if (k !== m.end && tokens[k - 1]?.text !== ',') return
    const start = tokens[k + 2]?.norm === 'as' ? k + 3 : k + 2
    const title = parseTitle(context, start, Math.min(bound, start + max))
    const next = tokens[title?.end ?? -1]
    if (!title || !(!next || AFTER_AS_OFFICE.has(next.norm) || title.end >= bound)) return
    out.push({person, title, rule: 'titles:elected'})
    // "A and B were elected members of …": a plural office is each listed name's.
    if (title.plural && k === m.end) sharedBefore(context, people, m, title, personEndAt, out)
    return
  }
}

/** The token after the honorifics at `k` ("… Comrade Kim"). */
function nameAfter(context: ParseContext, k: number): number {
  const {tokens} = context
  while (BETWEEN_TITLE_AND_NAME.has(tokens[k]?.norm ?? '') && tokens[k]!.text !== '.') k++
  return k
}

/** A plural title after a list of names is given to each: "A and B, vice-premiers of the Cabinet". */
function sharedBefore(context: ParseContext, people: readonly Mention[], m: Mention, title: ParsedTitle, personEndAt: number[],
  out: Link[]): void {
  const {tokens} = context
  let k = m.start - 1
  for (let hops = 0; hops < 20; hops++) {
    const sep = tokens[k]
    const prev = personEndAt[k]!
    if (!sep || (sep.text !== ',' && sep.norm !== 'and') || prev < 0) break
    out.push({person: prev, title, rule: 'titles:shared-plural'})
    k = people[prev]!.start - 1
  }
}

/** The seed-page layout: a name alone on its line, then one office per line. */
function onLinesAfterName(context: ParseContext, m: Mention, person: number, max: number, out: Link[]): void {
  const {tokens} = context
  const n = tokens.length
  if (!(m.start === 0 || tokens[m.start]!.nl) || !tokens[m.end]?.nl) return
  let j = m.end
  while (j < n) {
    const title = parseTitle(context, j, Math.min(n, j + max), true)
    if (!title) return
    let end = title.end
    if (tokens[end] && (tokens[end]!.text === ',' || tokens[end]!.text === '.') && !tokens[end]!.nl) end++
    if (end < n && !tokens[end]!.nl) return
    out.push({person, title, rule: 'titles:line-after-name'})
    j = end
  }
}

/** Pairs (one per person and title, case-insensitively; a bare title dropped when the same person has it with "of …"), and one TITLE mention per span. */
function toOutput(doc: Doc, people: readonly Mention[], links: readonly Link[]):
  {mentions: Mention[]; titles: TitlePair[]; messages: Message[]} {
  const byKey = new Map<string, TitlePair>()
  const officeKeys = new Map<string, string>()
  const mentions = new Map<number, Mention>()
  for (const {person, title, rule} of links) {
    const m = people[person]!
    const text = titleText(doc, title)
    const span: Span = {start: title.start, end: title.end}
    const name = m.value || m.text
    let officeKey = officeKeys.get(text)
    if (officeKey === undefined) officeKeys.set(text, officeKey = sameOfficeKey(text))
    const key = `${name}\u0000${officeKey}`
    if (!byKey.has(key)) byKey.set(key, {person: name, title: text, span, personSpan: {start: m.start, end: m.end}, rule})
    const spanKey = span.start * (doc.tokens.length + 1) + span.end
    if (!mentions.has(spanKey)) {
      const surface = doc.text.slice(doc.tokens[span.start]!.start, doc.tokens[span.end - 1]!.end)
      mentions.set(spanKey, {start: span.start, end: span.end, label: 'TITLE', text: surface, value: text, rule})
    }
  }
  // A bare office is dropped when the same person has it with more words: sorted keys put "x y" right after "x".
  const keys = [...byKey.keys()].sort()
  const dropped = new Set<string>()
  keys.forEach((key, i) => { if (keys[i + 1]?.startsWith(`${key} `)) dropped.add(key) })
  const titles = [...byKey].filter(([key]) => !dropped.has(key)).map(([, pair]) => pair)
  return {mentions: [...mentions.values()], titles, messages: []}
}

const SPACE_RE = /\s+/g
const NOT_WORD_RE = /[^\p{L}\p{N}.]+/gu
const NOISE_RE = /^(?:the|of|and|'s|s)$/

/** Compare key of a title: lower-case, acronyms expanded, "the"/"of"/"and" and punctuation dropped, plurals kept apart. */
function sameOfficeKey(title: string): string {
  const words = title.toLowerCase().replace(/['’]s\b/g, '').replace(/-/g, ' ').split(NOT_WORD_RE)
  const out: string[] = []
  for (const w of words) {
    const word = w.endsWith('.') && !ACRONYMS.has(w) ? w.slice(0, -1) : w
    const long = ACRONYMS.get(word)
    for (const x of (long ?? word).replace(/['’]s\b/g, '').split(NOT_WORD_RE)) if (x && !NOISE_RE.test(x)) out.push(x)
  }
  return out.join(' ')
}

/** The title as written, whitespace collapsed, a plural head made singular. */
function titleText(doc: Doc, title: ParsedTitle): string {
  const {tokens, text} = doc
  const first = tokens[title.start]!
  const last = tokens[title.end - 1]!
  const head = tokens[title.head]!
  const written = title.plural
    ? text.slice(first.start, head.start) + singularOf(head.text) + text.slice(head.end, last.end)
    : text.slice(first.start, last.end)
  return written.replace(SPACE_RE, ' ')
}
