import type {Span, Token} from '../../pipeline/doc.ts'
import {isCap, isNationalityShape} from '../tokenise/shared.ts'
import {DAY_MONTH, LEADING_SKIP, LOWER_WORKS_HEADS, NAME_QUALIFIERS, NO_COMPLEMENT_HEADS, NUMBERED_HEADS, PLACE_NAMES, POSSESSIVE_NAME_WORDS, SUB_BODIES, SUB_BODY_FIRST, TITLES} from './lexicon.ts'
import {isAcronymShape, isHeadAt, isOrgAcronym, isPossessive, knownNameAt, placeAt} from './_tokens.ts'

/** A span the scanner takes for a body's name, before values are given. */
export interface Candidate extends Span {
  readonly rule: string
  /** The body's name when the span does not spell it: "Kundong" in "Kundong and Nongpho vegetable farms". */
  readonly display?: string
}

/** What the scanner reads besides the tokens. */
export interface ScanContext {
  readonly tokens: readonly Token[]
  /** Acronyms the article defines ("(KYLJ)"), with their long forms. */
  readonly defined: ReadonlyMap<string, string>
  /** Start → end (token indices) of each PERSON mention: a name never runs into a person. */
  readonly personStarts: ReadonlyMap<number, number>
  /** Longest run of words scanned for one part of a name. */
  readonly max: number
}

const LINKS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'under'])
const INNER_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'with'])
/** "Marxist-Leninist", "M-L": capitalised parts joined by hyphens, as in a party's bracketed qualifier. */
const HYPHENED_CAPS_RE = /^\p{Lu}\p{L}*(?:-\p{Lu}\p{L}*)+$/u

/**
 * Scan one sentence for names of bodies, left to right, longest name first. Pure; linear in the sentence length
 * because every part of a name is scanned over at most `max` tokens.
 */
export function scanSentence(ctx: ScanContext, sentence: Span, out: Candidate[]): void {
  const {tokens} = ctx
  const end = sentence.end
  let i = sentence.start
  while (i < end) {
    const t = tokens[i]!
    const k = t.text === 'C.C.' ? ccBodyStart(tokens, i) : -1
    if (k > 0) {
      const r = parseName(ctx, k, end)
      if (r.name) {
        out.push({start: i, end: r.name.end, rule: 'organisations:cc-abbreviation'})
        i = r.name.end
        continue
      }
    }
    if (t.kind === 'word' && !isCap(t) && SUB_BODY_FIRST.has(t.norm)) {
      const sub = lowerSubBody(ctx, i, end)
      if (sub) {
        out.push(sub)
        i = sub.end
        continue
      }
    }
    if (t.kind === 'word' && !isCap(t) && MEDIA_NOUNS.has(t.norm) && i + 1 < end && isCap(tokens[i + 1])) {
      const media = mediaName(ctx, i + 1, end)
      if (media) {
        out.push(media)
        i = media.end
        continue
      }
    }
    // "Pyongyang 326 Electric Wire Factory", "January 18 General Machinery Plant": a works named with a number; not
    // "In 2019 Sinuiju Cosmetics Factory" or "About 500 …", where the word before the number is not part of a name.
    if (isCap(t) && (!LEADING_SKIP.has(t.norm) || DAY_MONTH.has(t.norm)) && !PHRASE_VERBS.has(t.norm) && tokens[i + 1]?.kind === 'number' && !ORDINAL_RE.test(tokens[i + 1]!.text) && isCap(tokens[i + 2]) && i + 2 < end) {
      const r = parseName(ctx, i + 2, end)
      if (r.name && r.name.start === i + 2 && namesWorks(tokens, i + 2, r.name.end)) {
        out.push({start: i, end: r.name.end, rule: 'organisations:numbered-works'})
        i = r.name.end
        continue
      }
    }
    if (t.kind === 'number' && ORDINAL_RE.test(t.text)) {
      const unit = numberedMilitaryUnit(tokens, i, end)
      if (unit > 0) {
        // "105th Tank Division of the Korean People's Army": the unit with the body it belongs to, when the scanner reads one.
        const r = parseName(ctx, i + 1, end)
        const e = r.name && r.name.start === i + 1 && r.name.end > unit ? r.name.end : unit
        out.push({start: i, end: e, rule: 'organisations:numbered-unit'})
        i = e
        continue
      }
    }
    // "Seoul-based MBC": where a body is based is not part of its name.
    if (!isCap(t) || (LEADING_SKIP.has(t.norm) && knownNameAt(tokens, i, end) < 0) || t.norm.endsWith('-based') || PHRASE_VERBS.has(t.norm)) {
      i++
      continue
    }
    const r = parseName(ctx, i, end)
    if (r.name && !isPortfolio(tokens, r.name.start)) out.push(r.name)
    else if (!r.name) {
      const works = lowerWorks(ctx, i, end)
      if (works.length > 0) {
        out.push(...works)
        i = works[works.length - 1]!.end
        continue
      }
    }
    i = r.next
  }
}

const ORDINAL_RE = /^\d+(?:st|nd|rd|th)$/
/** True when every token of `[from, to)` is a nationality adjective or a place: "Korean", "South Korean", "Japan's". */
function onlyNationalities(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!
    if (!(isNationalityShape(t.text) || placeAt(tokens, k, k + 1) > 0 || t.norm === 'south' || t.norm === 'north' || isPossessive(t))) return false
  }
  return true
}

/** Heads of works, which KCNA names with a place or a date and a number ("Anju 121 Paper Factory"). */
const WORKS_HEADS: ReadonlySet<string> = new Set(['factory', 'plant', 'mill', 'mine', 'works', 'enterprise', 'complex', 'farm', 'shipyard', 'team'])
const namesWorks = (tokens: readonly Token[], from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (WORKS_HEADS.has(tokens[k]!.norm)) return true
  return false
}
/** Words that end the name of a numbered military unit. */
const MILITARY_UNITS: ReadonlySet<string> = new Set(['division', 'corps', 'army', 'fleet', 'brigade', 'regiment', 'battalion', 'squadron', 'wing', 'force'])

/**
 * End of a numbered military unit at the ordinal `i`: "7th Fleet", "2nd Division", "25th Infantry Division", "5th Air
 * Force" (capitalised words ending on a unit word, none after it); -1 when there is none.
 */
function numberedMilitaryUnit(tokens: readonly Token[], i: number, end: number): number {
  let last = -1
  for (let j = i + 1; j < end && j <= i + 3 && isCap(tokens[j]); j++) if (MILITARY_UNITS.has(tokens[j]!.norm)) last = j + 1
  return last > 0 && !isCap(tokens[last]) ? last : -1
}

/** Parse a name starting at `i`: words up to a head, then "of …", "for …", "in <country>" complements. */
export function parseName(ctx: ScanContext, i: number, end: number): {name?: Candidate; next: number} {
  const {tokens, defined} = ctx
  const limit = Math.min(end, i + ctx.max)
  let j = i
  let complete = -1
  let known = false
  let start0 = i
  let lastComma = -1
  let andAfterComma = false
  while (j < limit) {
    const k = knownNameAt(tokens, j, limit)
    if (k > 0) {
      // "south Korean Yonhap News": a nationality or country before a known name is not part of it.
      // National societies keep their country: "Japanese Red Cross Society".
      if (j > start0 && onlyNationalities(tokens, start0, j) && tokens[j]!.norm !== 'red') start0 = j
      known = j === i || j === start0
      j = k
      complete = j
      continue
    }
    const t = tokens[j]!
    if (j > i && isCap(t) && PHRASE_VERBS.has(t.norm)) break
    // "Foodstuff Factory No. 354", "KPA Unit No. 567": a number written with "No." after a head.
    if (t.norm === 'no' && complete === j && tokens[j + 1]?.text === '.' && tokens[j + 2]?.kind === 'number' && j + 2 < limit) {
      j += 3
      complete = j
      continue
    }
    if (isCap(t) && !(t.text === 'Named' && tokens[j + 1]?.norm === 'after')) {
      j++
      if (isHeadAt(tokens, j - 1) || isOrgAcronym(t, defined)) complete = j
      // A media name opened by its head: "Voice of National Salvation", "Daily Mail".
      else if (j - 1 === i && t.text === 'Voice' && tokens[j]?.norm === 'of' && isCap(tokens[tokens[j + 1]?.norm === 'the' ? j + 2 : j + 1])) complete = j
      else if (j - 1 > i && tokens[i]!.text === 'Daily' && j - 1 <= i + 2) complete = j
      continue
    }
    const next = tokens[j + 1]
    if (t.kind === 'number' && complete === j && NUMBERED_HEADS.has(tokens[j - 1]!.norm)) {
      j++
      complete = j
      continue
    }
    if (j === i || !isCap(next) || TITLES.has(next!.norm) || ctx.personStarts.has(j + 1)) break
    if (t.norm === "'s" && !keepsName(tokens[j - 1]!)) {
      // "Russia's Interfax", "Kim Il Sung's …": the possessor is not part of the name.
      start0 = j + 1
      complete = -1
      j++
      continue
    }
    if (isPossessive(t) || t.text === '&') {
      j++
      continue
    }
    if (complete < 0 && t.norm === 'and' && !LEADING_SKIP.has(next!.norm) && !isAcronymShape(tokens[j - 1])) {
      if (lastComma >= 0) andAfterComma = true
      j++
      continue
    }
    if (complete < 0 && t.text === ',' && !LEADING_SKIP.has(next!.norm)) {
      lastComma = j
      andAfterComma = false
      j++
      continue
    }
    break
  }
  if (complete >= 0 && (complete === j || complete === j - 1)) {
    // "KPA General staff", "Korean People's Army general staff": a sub-body written (partly) in lower case.
    const lower = subBodyAt(tokens, j - 1, end, true)
    const sub = lower > 0 ? lower : subBodyAt(tokens, j, end, false)
    if (sub > 0) j = complete = sub
  }
  if (complete === j && isOrgAcronym(tokens[j - 1], defined)) {
    // "KPA air force combined unit No. 564": lower-case words up to a numbered unit.
    const unit = numberedUnitAt(tokens, j, end)
    if (unit > 0) j = complete = unit
  }
  if (complete < 0) return {next: Math.max(j, i + 1)}
  if (complete < j && !trailingAllowed(ctx, complete)) {
    return {next: j}
  }
  const start = lastComma >= start0 && !andAfterComma ? lastComma + 1 : start0
  let e = complete
  const companyForm = NO_COMPLEMENT_HEADS.has(tokens[complete - 1]!.norm.replace(/\.$/, ''))
  for (let guard = 0; guard < 8 && e < end && !companyForm; guard++) {
    const t = tokens[e]!
    if (LINKS.has(t.norm)) {
      let k = e + 1
      if (tokens[k]?.norm === 'the') k++
      // "of the 8th Central Committee of the WPK", "to the 12th SPA": a numbered body (its number kept as written).
      const numbered = tokens[k - 1]?.norm === 'the' && tokens[k]?.kind === 'number' && ORDINAL_RE.test(tokens[k]!.text)
      if (numbered) k++
      const first = tokens[k]
      if (!first || !isCap(first) || DAY_MONTH.has(first.norm) || TITLES.has(first.norm) || ctx.personStarts.has(k)) break
      const np = parseNoun(ctx, k, end)
      if (np < 0 || ((t.norm === 'under' || numbered) && !containsBody(ctx, k, np))) break
      // "Mansudae Art Studio on the Day of the Shining Star": "on" a day is when, not what the body is on.
      if (t.norm === 'on' && namesOccasion(tokens, k, np)) break
      // "Yonhap News and Thongil News of South Korea": a known name's country is where it is, not more of its name.
      if (known && e === complete && placeAt(tokens, k, end) === np && (!isHeadAt(tokens, e - 1) || tokens[e - 1]!.norm === 'agency')) break
      e = ccTail(ctx, np, end)
      continue
    }
    if (t.text === '(') {
      const q = qualifierEnd(ctx, e, end)
      if (q < 0) break
      e = q
      continue
    }
    if (t.norm === 'in') {
      const p = placeAt(tokens, e + 1, end)
      if (p < 0) break
      e = p
      continue
    }
    if (t.text === 'Named' && tokens[e + 1]?.norm === 'after') {
      const np = parseNoun(ctx, e + 2, end)
      if (np < 0) break
      e = np
      continue
    }
    break
  }
  if (PLACE_NAMES.has(textOfTokens(tokens, start, e).toLowerCase())) return {next: Math.max(e, j)}
  const single = e - start === 1
  const rule = known && e === complete ? 'organisations:known-name'
    : single && isOrgAcronym(tokens[start], defined) ? 'organisations:acronym'
      : 'organisations:head-name'
  return {name: {start, end: e, rule}, next: Math.max(e, j)}
}

/** Heads of institutions that stand alone: after "and", a run ending on one is a second body, not more of the first. */
const INSTITUTION_HEADS: ReadonlySet<string> = new Set(['university', 'college', 'school', 'hospital', 'institute', 'academy', 'factory',
  'complex', 'mill', 'mine', 'farm', 'bureau', 'museum', 'library', 'theatre', 'enterprise', 'works', 'plant', 'station'])

/** True when the capitalised run at `k` ends on an institution's head ("… and Nampho University of Agriculture"). */
function secondBodyAt(ctx: ScanContext, k: number, limit: number): boolean {
  let q = k
  while (q < limit && q < k + 8 && isCap(ctx.tokens[q])) q++
  return q > k + 1 && INSTITUTION_HEADS.has(ctx.tokens[q - 1]!.norm)
}

/** Words of a body's name that honour a person: "for Remembering …", "the Centenary of the Birth of …". */
const HONOURING_WORDS: ReadonlySet<string> = new Set(['birth', 'centenary', 'anniversary', 'memory', 'remembering', 'commemorating', 'celebrating'])
/** Honorifics before the person a body's name honours. */
const HONORIFICS: ReadonlySet<string> = new Set(['generalissimo', 'generalissimos', 'president', 'comrade', 'leader', 'marshal', 'chairman', 'general', 'secretary'])

/**
 * End of the honoured person at `at` ("Generalissimo Kim Jong Il", "President Kim Il Sung"): honorifics, then a
 * person the people stage found, when the phrase from `from` honours someone ("Committee for Remembering …",
 * "the Centenary of the Birth of …"); -1 otherwise.
 */
function honouredNameEnd(ctx: ScanContext, from: number, at: number, limit: number): number {
  const {tokens} = ctx
  let honours = false
  for (let q = from; q < at && !honours; q++) honours = HONOURING_WORDS.has(tokens[q]!.norm)
  if (!honours) return -1
  let q = at
  while (q < limit && isCap(tokens[q]) && HONORIFICS.has(tokens[q]!.norm)) q++
  const end = ctx.personStarts.get(q)
  // The person ends the name: "… of President Kim Il Sung Friday" keeps "Friday" out.
  return end === undefined ? -1 : Math.min(end, limit)
}

const OCCASIONS: ReadonlySet<string> = new Set(['day', 'anniversary', 'birthday', 'occasion', 'eve', 'festival', 'holiday'])
/** True when `[from, to)` names an occasion: "the Army Day", "the 60th Anniversary of …". */
function namesOccasion(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (OCCASIONS.has(tokens[k]!.norm)) return true
  return false
}

/** True when `[from, to)` holds a head word, an organisation acronym or a known name. */
export function containsBody(ctx: ScanContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (isHeadAt(ctx.tokens, k) || isOrgAcronym(ctx.tokens[k], ctx.defined) || knownNameAt(ctx.tokens, k, to) > 0) return true
  }
  return false
}

// --- internal ---

/** Whether a possessive stays in a body's name: "Workers' Party", "Women's Union", and misspelt "Worker's Party". */
function keepsName(possessor: Token): boolean {
  return POSSESSIVE_NAME_WORDS.has(possessor.norm) || POSSESSIVE_NAME_WORDS.has(`${possessor.norm}s`) || possessor.norm.endsWith('men')
}

function textOfTokens(tokens: readonly Token[], start: number, end: number): string {
  let text = ''
  for (let k = start; k < end; k++) text += (k > start && tokens[k]!.start > tokens[k - 1]!.end ? ' ' : '') + tokens[k]!.text
  return text
}

const MINISTERS: ReadonlySet<string> = new Set(['minister', 'ministers', 'vice-minister', 'vice-ministers'])

/** "Vice-Minister of Construction and Building Materials Industries": a minister's portfolio, not a body. */
function isPortfolio(tokens: readonly Token[], start: number): boolean {
  let k = start - 1
  if (tokens[k]?.norm === 'the') k--
  return tokens[k]?.norm === 'of' && MINISTERS.has(tokens[k - 1]?.norm ?? '')
}

/** Capitalised words after a name's last head are allowed when they start a title or a person ("KPA General Ri …"). */
function trailingAllowed(ctx: ScanContext, k: number): boolean {
  const t = ctx.tokens[k]!
  return TITLES.has(t.norm) || t.norm === 'general' || DAY_MONTH.has(t.norm) || ctx.personStarts.has(k) ||
    isPossessive(t) || isOrgAcronym(t, ctx.defined)
}

/** Verbs that title-case text capitalises: never a word of a body's name. */
const PHRASE_VERBS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'will', 'has', 'have', 'had',
  // Headline verbs: "Rodong Sinmun Urges UNSC …", "… Visits Central Cadres Training School".
  'meets', 'visits', 'receives', 'sends', 'hosts', 'urges', 'slams', 'blasts', 'greets', 'inspects', 'calls', 'denounces', 'condemns',
  'assails', 'praises', 'hails', 'lauds', 'congratulates', 'supports', 'rejects', 'warns', 'demands', 'says', 'stresses'])
/** Epithets of a leader: "the Party of the Great Leader" names no body "of the Great". */
const EPITHETS: ReadonlySet<string> = new Set(['great', 'dear', 'respected', 'beloved', 'eternal', 'fatherly'])

/**
 * A noun phrase of capitalised words after "of"/"for": "the Workers' Party of Korea", "Literature and Art Circles";
 * -1 for no phrase: none, an epithet alone ("of the Great Leader"), an adjective of a nation before a common noun
 * ("NATO of Asian version").
 */
function parseNoun(ctx: ScanContext, k: number, end: number): number {
  const e = parseNounWords(ctx, k, end)
  if (e === k + 1 && (EPITHETS.has(ctx.tokens[k]!.norm) || (isNationalAdjective(ctx, k) && isLowerWord(ctx.tokens[k + 1])))) return -1
  return e
}

const isLowerWord = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && !isCap(t)
/** "Asian", "Korean", "Japanese", "Polish": an adjective of a nation, not a country's name ("Japan", "Iran"). */
const isNationalAdjective = (ctx: ScanContext, k: number): boolean =>
  /(?:ian|ean|ese|ish)$/.test(ctx.tokens[k]!.text) && isNationalityShape(ctx.tokens[k]!.text) && placeAt(ctx.tokens, k, k + 1) < 0

function parseNounWords(ctx: ScanContext, k: number, end: number): number {
  const {tokens} = ctx
  const limit = Math.min(end, k + ctx.max)
  let e = k
  let last = -1
  while (e < limit) {
    const kn = knownNameAt(tokens, e, limit)
    if (kn > 0) {
      e = kn
      last = e
      continue
    }
    const t = tokens[e]!
    // "The Workers' Party of Korea Is the Party of …", a work's title: a verb ends the phrase.
    if (isCap(t) && e > k && PHRASE_VERBS.has(t.norm)) break
    if (isCap(t) && DAY_MONTH.has(t.norm)) {
      // "Committee for Implementing the June 15 Joint Declaration": a dated name inside the body's name.
      if (tokens[e + 1]?.kind === 'number' && isCap(tokens[e + 2]) && !DAY_MONTH.has(tokens[e + 2]!.norm) && e + 2 < limit) {
        e += 2
        continue
      }
      // "Foreign Ministry of the DPRK Monday": a day or month after the body's words is the date of the news.
      if (e > k) break
    }
    if (isCap(t)) {
      // "… of Korea General Secretary Kim": a title after a word ends the phrase.
      // "General"/"Supreme" go on into a body ("DPRK Supreme People's Assembly", "KPA General Staff"), not into an office.
      if (e > k && isCap(tokens[e - 1]) && (TITLES.has(t.norm) || ctx.personStarts.has(e) ||
        ((t.norm === 'general' || t.norm === 'supreme') && !continuesBody(ctx, e + 1)))) {
        const honoured = honouredNameEnd(ctx, k, e, limit)
        if (honoured < 0) break
        e = last = honoured
        continue
      }
      e++
      last = e
      if (tokens[e]?.kind === 'number' && NUMBERED_HEADS.has(t.norm)) last = ++e
      continue
    }
    const next = tokens[e + 1]
    // "Ministry of Economy, Trade and Industry": a list of single words after "of" ends with its "and".
    if (t.text === ',' && e === k + 1) {
      const listEnd = wordListEnd(ctx, e + 1, limit)
      if (listEnd > 0) {
        e = last = listEnd
        continue
      }
    }
    if ((isPossessive(t) || t.text === '&') && isCap(next) && e > k) {
      e++
      continue
    }
    if (INNER_LINKS.has(t.norm) && e > k) {
      let n = e + 1
      if (t.norm !== 'and' && tokens[n]?.norm === 'the') n++
      const nt = tokens[n]
      // "… Committee for Implementation of June 15 Joint Declaration": a dated name after "of".
      if (t.norm === 'of' && nt && DAY_MONTH.has(nt.norm) && tokens[n + 1]?.kind === 'number' && isCap(tokens[n + 2]) && n + 2 < limit) {
        e = n
        continue
      }
      // "Pyongyang University of Foreign Studies and Korea-Iran Friendship Jungsin Senior Secondary School": a second
      // body after "and", with a head of its own.
      if (t.norm === 'and' && nt && secondBodyAt(ctx, n, limit)) break
      // "… for Celebrating the Centenary of the Birth of President Kim Il Sung": the person the body honours.
      const honoured = t.norm === 'of' && nt && (TITLES.has(nt.norm) || ctx.personStarts.has(n)) ? honouredNameEnd(ctx, k, n, limit) : -1
      if (honoured > 0) {
        e = last = honoured
        continue
      }
      if (!nt || !isCap(nt) || TITLES.has(nt.norm) || LEADING_SKIP.has(nt.norm) || DAY_MONTH.has(nt.norm) || ctx.personStarts.has(n)) break
      // "… of Korea and Supreme Commander of the KPA": the next office of a chain, not more of the body.
      if ((nt.norm === 'general' || nt.norm === 'supreme') && !continuesBody(ctx, n + 1)) break
      if (t.norm === 'and' && (isAcronymShape(tokens[e - 1]) || isOrgAcronym(nt, ctx.defined) || knownNameAt(tokens, n, limit) > 0)) break
      // "the Workers' Party of Korea and Korea's liberation", "… of Korea and China": a country that ends the phrase
      // after "and" is not more of the name ("Institute for Asia and Oceania of Cuba" goes on).
      if (t.norm === 'and') {
        const place = placeAt(tokens, n, limit)
        const after = tokens[place]
        if (place > 0 && (!after || (!isCap(after) && !INNER_LINKS.has(after.norm)))) break
      }
      e = n
      continue
    }
    // "Solidarity for Implementing the … Declaration"
    if (t.norm === 'the' && tokens[e - 1]?.norm.endsWith('ing') && isCap(next)) {
      e++
      continue
    }
    if (t.norm === 'in' && e > k) {
      const p = placeAt(tokens, e + 1, limit)
      if (p > 0) {
        e = p
        last = e
        continue
      }
    }
    break
  }
  return last
}

/**
 * The end of ", Trade and Industry" at `j` (after the first word of a complement): single capitalised words, none a
 * body's head, an office or a person's start, joined by commas and a last "and", after which no capitalised word
 * follows; -1 when the words at `j` are not such a list.
 */
function wordListEnd(ctx: ScanContext, j: number, limit: number): number {
  const {tokens} = ctx
  const plain = (n: number): boolean => {
    const w = tokens[n]
    return n < limit && isCap(w) && !isHeadAt(tokens, n) && !TITLES.has(w.norm) && !ctx.personStarts.has(n) && placeAt(tokens, n, n + 1) < 0
  }
  for (let n = j, words = 0; words < 4; words++) {
    if (!plain(n)) return -1
    const sep = tokens[n + 1]
    if (sep?.norm === 'and') return plain(n + 2) && !isCap(tokens[n + 3]) ? n + 3 : -1
    if (sep?.text !== ',') return -1
    n += 2
  }
  return -1
}

/** "presidium of the Supreme People's Assembly": a lower-case sub-body of a named body. */
function lowerSubBody(ctx: ScanContext, i: number, end: number): Candidate | undefined {
  const {tokens} = ctx
  for (let len = 3; len >= 1; len--) {
    const words = tokens.slice(i, i + len)
    if (words.length < len || words.some((w) => w.kind !== 'word' || isCap(w))) continue
    if (!SUB_BODIES.has(words.map((w) => w.norm).join(' '))) continue
    if (tokens[i + len]?.norm !== 'of') return undefined
    const k = tokens[i + len + 1]?.norm === 'the' ? i + len + 2 : i + len + 1
    if (!isCap(tokens[k])) return undefined
    const np = parseNoun(ctx, k, end)
    if (np < 0) return undefined
    const e = ccTail(ctx, np, end)
    if (e === np && !containsBody(ctx, k, np)) return undefined
    return {start: i, end: e, rule: 'organisations:sub-body-lower'}
  }
  return undefined
}

/**
 * "… Political Bureau of the C.C., the WPK": a name that ends in "C.C." goes on over ", [the] <body>", the party
 * whose Central Committee it is. Returns the new end, or `e` unchanged.
 */
function ccTail(ctx: ScanContext, e: number, end: number): number {
  const {tokens} = ctx
  if (tokens[e - 1]?.text !== 'C.C.' || tokens[e]?.text !== ',') return e
  const k = ccBodyStart(tokens, e - 1)
  if (k < 0 || k >= end || !isCap(tokens[k]) || ctx.personStarts.has(k) || TITLES.has(tokens[k]!.norm)) return e
  const np = parseNoun(ctx, k, end)
  return np > 0 && containsBody(ctx, k, np) ? np : e
}

/** True when the capitalised words from `k` on reach a head word or body acronym ("Staff", "People's Assembly"). */
function continuesBody(ctx: ScanContext, k: number): boolean {
  const {tokens} = ctx
  for (let n = 0; n < 4; n++) {
    const t = tokens[k + n]
    if (!t) return false
    if (isPossessive(t)) continue
    if (!isCap(t) || TITLES.has(t.norm) || ctx.personStarts.has(k + n)) return false
    if (isHeadAt(tokens, k + n) || isOrgAcronym(t, ctx.defined)) return true
  }
  return false
}

/**
 * End (after ")") of a bracketed qualifier that is part of a name: "Communist Party of Canada (Marxist-Leninist)",
 * "CPC (M-L)", "Communist Party of Nepal (Maoist)"; -1 for an acronym being defined ("(KYLJ)"), a place or anything else.
 */
export function qualifierEnd(ctx: ScanContext, open: number, end: number): number {
  const {tokens} = ctx
  let k = open + 1
  let known = false
  while (k < end && k < open + 4 && isCap(tokens[k])) {
    const t = tokens[k]!
    if (HYPHENED_CAPS_RE.test(t.text) || NAME_QUALIFIERS.has(t.norm)) known = true
    else if (ctx.defined.has(t.text) || isOrgAcronym(t, ctx.defined) || placeAt(tokens, k, k + 1) > 0) return -1
    k++
  }
  return known && k > open + 1 && tokens[k]?.text === ')' ? k + 1 : -1
}

/** End of a sub-body ("general staff", "General staff") at `k` whose last word is in lower case, or -1. */
function subBodyAt(tokens: readonly Token[], k: number, end: number, firstCap: boolean): number {
  if (k < 0 || isCap(tokens[k]) !== firstCap) return -1
  for (let len = 3; len >= 2; len--) {
    if (k + len > end) continue
    let words = ''
    let ok = true
    for (let n = 0; n < len && ok; n++) {
      const t = tokens[k + n]!
      ok = t.kind === 'word' && (n === 0 || !isCap(t))
      words += (n > 0 ? ' ' : '') + t.norm
    }
    if (ok && SUB_BODIES.has(words)) return k + len
  }
  return -1
}

const MAX_UNIT_WORDS = 4

/** End of "air force combined unit No. 564" / "unit 1224" at `k`: up to four lower-case words, a numbered head, a number. */
function numberedUnitAt(tokens: readonly Token[], k: number, end: number): number {
  for (let n = 0; n <= MAX_UNIT_WORDS && k + n < end; n++) {
    const t = tokens[k + n]!
    if (t.kind !== 'word' || isCap(t) || LOWER_STOP.has(t.norm)) return -1
    if (!NUMBERED_HEADS.has(t.norm)) continue
    let m = k + n + 1
    if (tokens[m]?.norm === 'no' && tokens[m + 1]?.text === '.') m += 2
    return m < end && tokens[m]!.kind === 'number' ? m + 1 : -1
  }
  return -1
}

/** Function words and verbs-of-reporting that never sit inside a lower-case name. */
const LOWER_STOP: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'that', 'which', 'who', 'this', 'these', 'those', 'its', 'his', 'her',
  'their', 'our', 'all', 'many', 'some', 'other', 'several', 'new', 'said', 'visited', 'inspected', 'famous', 'no'])
/** Demonyms and adjectives ("Japanese coal mines", "Palestinian police station") are not a works' own name. */
const DEMONYM_RE = /(?:ese|ian|ean|ish|ican|ern|ic|i)$/
const MAX_WORKS_NAMES = 6

/**
 * Farms, factories, mills and mines named by a place word and lower-case words: "the Songchon silk mill",
 * "Kundong and Nongpho vegetable farms", "Anju, Pakchon and Kujang area coal complexes" (one body per name; the ones
 * before the last are valued with the shared words and a singular head). Only after a lower-case word or a comma,
 * so a sentence's first word ("Thermal power plants") does not count.
 */
function lowerWorks(ctx: ScanContext, i: number, end: number): Candidate[] {
  const {tokens} = ctx
  const before = tokens[i - 1]
  if (!before || !((before.kind === 'word' && !isCap(before)) || before.text === ',')) return []
  const names: number[] = []
  let k = i
  while (names.length < MAX_WORKS_NAMES) {
    if (!worksName(ctx, k)) return []
    names.push(k)
    const sep = tokens[k + 1]
    if (sep?.text === ',' && isCap(tokens[k + 2])) { k += 2; continue }
    if (sep?.norm === 'and' && isCap(tokens[k + 2])) { k += 2; if (!worksName(ctx, k)) return []; names.push(k) }
    break
  }
  const last = names[names.length - 1]!
  let h = last + 1
  while (h < end && h <= last + 4 && tokens[h]!.kind === 'word' && !isCap(tokens[h]) && !LOWER_STOP.has(tokens[h]!.norm)) {
    const head = LOWER_WORKS_HEADS.get(tokens[h]!.norm)
    if (head !== undefined && h > last + 1) {
      if (head.startsWith('power ') && tokens[h - 1]!.norm !== 'power') return []
      const shared = tokens.slice(last + 1, h).map((t) => t.text).join(' ')
      const single = head.startsWith('power ') ? `${shared.replace(/(?:^| )power$/, '')} ${head}`.trimStart() : `${shared} ${head}`
      const out: Candidate[] = names.slice(0, -1).map((n) => ({start: n, end: n + 1, rule: 'organisations:lower-works',
        display: `${tokens[n]!.text} ${single}`}))
      out.push({start: last, end: h + 1, rule: 'organisations:lower-works'})
      return out
    }
    h++
  }
  return []
}

function worksName(ctx: ScanContext, k: number): boolean {
  const t = ctx.tokens[k]
  return t !== undefined && isCap(t) && !isAcronymShape(t) && !DEMONYM_RE.test(t.norm) && !LEADING_SKIP.has(t.norm) &&
    !TITLES.has(t.norm) && !DAY_MONTH.has(t.norm) && !ctx.personStarts.has(k) && placeAt(ctx.tokens, k, k + 1) < 0 &&
    !isCap(ctx.tokens[k + 1])
}

/** Lower-case nouns that put a media outlet's name after them: "the newspaper Hangyore", "radio Voice of …". */
const MEDIA_NOUNS: ReadonlySet<string> = new Set(['newspaper', 'paper', 'magazine', 'weekly', 'daily', 'journal', 'website', 'radio',
  'television', 'broadcaster', 'monthly', 'bulletin', 'tabloid', 'periodical', 'news-agency'])
const MAX_MEDIA_WORDS = 5

/**
 * The outlet named after a media noun: "paper Suara Karya", "newspaper Kuwait Times", "radio Voice of National
 * Salvation". A name the scanner reads by itself wins; otherwise the run of capitalised words, stopped by a day or month,
 * a title or a person, and never a place or a lone demonym ("newspaper Indian …").
 */
function mediaName(ctx: ScanContext, k: number, end: number): Candidate | undefined {
  const {tokens} = ctx
  const first = tokens[k]!
  if (LEADING_SKIP.has(first.norm) || DAY_MONTH.has(first.norm) || TITLES.has(first.norm) || ctx.personStarts.has(k) ||
    isAcronymShape(first) && !isOrgAcronym(first, ctx.defined)) return undefined
  const r = parseName(ctx, k, end)
  if (r.name && r.name.start === k) return r.name
  let e = k
  while (e < end && e < k + MAX_MEDIA_WORDS) {
    const t = tokens[e]!
    // "People's Democracy": a possessive inside the outlet's name.
    if (e > k && isPossessive(t) && isCap(tokens[e + 1]) && e + 1 < end) { e++; continue }
    if (!isCap(t) || DAY_MONTH.has(t.norm) || TITLES.has(t.norm) || (e > k && (ctx.personStarts.has(e) || LEADING_SKIP.has(t.norm)))) break
    e++
  }
  if (e === k) return undefined
  if (e === k + 1 && DEMONYM_RE.test(first.norm)) return undefined
  if (placeAt(tokens, k, e) === e) return undefined
  return {start: k, end: e, rule: 'organisations:media-name'}
}

/**
 * Where the party's name starts after "C.C." at `i`: "C.C., [the] X", "C.C. of [the] X", "C.C. the X" (the comma
 * dropped); -1 when no name follows.
 */
export function ccBodyStart(tokens: readonly Token[], i: number): number {
  let k = i + 1
  if (tokens[k]?.text === ',' || tokens[k]?.norm === 'of') k++
  if (tokens[k]?.norm === 'the') k++
  return k > i + 1 && isCap(tokens[k]) ? k : -1
}
