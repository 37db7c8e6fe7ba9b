import type {Doc, Mention, Message, Token} from '../../pipeline/doc.ts'
import {appointmentAsEnd, chargeDAffairesEnd, isCap, isNationalityShape, sentenceEnds} from '../tokenise/shared.ts'
import {resolveValues, type Found} from './resolve.ts'
import {APPOSITION_HEADS, APPOSITION_THINGS, CHINESE_SURNAMES, COUNTRY_WORDS, FIRST_NAMES, HEADLINE_VERBS, KNOWN_PEOPLE, KOREAN_SURNAMES, NEVER_NAMES, NON_PERSON_HEADS, NOT_PEOPLE, OFFICE_HEADS, OFFICE_MODIFIERS, OFFICE_WORDS, SPEECH_VERBS, TITLES_BEFORE} from './lexicon.ts'
import {
  capitalisedRun, firstPart, hasFirstName, hasInitial, hasTitleBefore, isAllCaps, isInitialsWord, isInsideThing, MAX_NAME_WORDS, matchKorean, matchParts,
  partsOf, wordCount,
} from './match.ts'

/** Options of the `people` stage. */
export interface PeopleOptions {
  /** Longest name found by the generic capitalised-sequence rule, in words (lexicon and Korean names are exempt). */
  readonly maxNameTokens: number
}

// One or two pinyin syllables: Jinping, Yi, Qiang, Zedong.
const PINYIN_RE = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|a|o|e|i|u)){1,2}$/

/**
 * Find the people named in a doc: Korean names (surname + given-name syllables), lexicon names, and capitalised
 * sequences with person evidence (a title before, a known given name, "said", an apposition). Honorifics, titles and
 * possessive 's stay outside the span; names inside names of things (Kim Il Sung Square) are skipped; a surname alone
 * gets the value of the nearest full name. Pure.
 * @example findPeople(runStages(createDoc('Premier Pak Pong Ju met Kim Jong Un.'), [tokenise]), {maxNameTokens: 4})
 */
export function findPeople(doc: Doc, options: PeopleOptions): {mentions: Mention[]; messages: Message[]} {
  const {tokens} = doc
  const limits = sentenceEnds(doc)
  const starts = new Array<number>(tokens.length).fill(0)
  for (const s of doc.sentences) if (s.start < tokens.length) starts[s.start] = 1
  const lowerWords = lowerCaseWords(tokens)
  const blocked = new Array<number>(tokens.length).fill(0)
  const found: Found[] = []
  let genericUntil = 0
  const maybe: {start: number; end: number}[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.kind !== 'word') continue
    const limit = limits[i]!
    // A name glued to the word before it ("theKim Jong Un") starts a token of its own: the tokeniser splits it.
    if (!isCap(t)) continue
    const not = matchParts(tokens, i, limit, NOT_PEOPLE.get(firstPart(t)))
    if (not > 0) {
      blocked.fill(1, i, not)
      i = not - 1
      continue
    }
    let end = matchParts(tokens, i, limit, KNOWN_PEOPLE.get(firstPart(t)))
    // "Hugo Chavez Frias, president of …": one more name word after a known name, before the clause's comma.
    if (end > i + 1 && end < limit && isCap(tokens[end]) && tokens[end + 1]?.text === ',' && tokens[end]!.start > tokens[end - 1]!.end &&
      plainNameWords(tokens, end, end + 1, lowerWords) && !DAY_WORDS.has(tokens[end]!.norm) && !AFTER_NAME_NOUNS.has(tokens[end]!.norm)) end++
    let kind: Found['kind'] = 'known'
    let rule = 'people:known-name'
    let glued: string | undefined
    if (end < 0) {
      const korean = matchKorean(tokens, i, limit)
      if (korean) {
        end = korean.end
        glued = korean.glued
        kind = 'korean'
        rule = glued ? 'people:korean-name-glued' : 'people:korean-name'
      }
    }
    if (end < 0 && i >= genericUntil) {
      const run = capitalisedRun(tokens, i, limit)
      // "Yesterday John Smith", "Chinese Xi …": a capitalised word before a given name is not part of the name
      // "Vice-Minister of Agriculture Kim Hyok Jin": after "of", a Korean name inside the run starts the person's name.
      // Nor is a headline's verb ("Kim Jong Un Receives Sergei Shoigu"), an office ("Vice-Minister Ana Ruiz") or a
      // country ("the New Communist Party of Britain Andy Brooks").
      const skipFirst = run > i + 2 && ((starts[i] === 1 && !hasFirstName(t) && hasFirstName(tokens[i + 1]!)) ||
        (afterOf(tokens, i) && koreanStartsInside(tokens, i + 1, run)) || HEADLINE_VERBS.has(t.norm) || isOffice(t) || isPluralOffice(t) || COUNTRY_WORDS.has(t.norm))
      if (run > 0 && !skipFirst) {
        genericUntil = run
        rule = genericEvidence(tokens, i, run, options.maxNameTokens, lowerWords)
        if (rule) {
          end = run
          kind = 'generic'
        } else {
          // "American Dennis Moore", "Secretary of State John Ames": a name with evidence inside a longer run.
          const inner = innerName(tokens, i, run, options.maxNameTokens, lowerWords)
          if (inner) {
            i = inner.start
            end = run
            kind = 'generic'
            rule = inner.rule
          } else if (isNameShaped(tokens, i, run, lowerWords) && !namesOffice(tokens, i)) maybe.push({start: i, end: run})
        }
      }
    }
    if (end < 0) continue
    const thing = isInsideThing(tokens, i, end, limit)
    if (thing > 0) {
      blocked.fill(1, i, thing)
      i = thing - 1
      continue
    }
    // "President V.V. Putin": initials written as one word before a known name are part of it.
    const from = kind === 'known' && isInitialsWord(tokens[i - 1]) && tokens[i - 1]!.end < t.start ? i - 1 : i
    found.push(glued
      ? {start: from, end, kind, rule, parts: glued.toLowerCase().split(/[ -]/), surface: glued}
      : {start: from, end, kind, rule, parts: partsOfSpan(tokens, from, end)})
    i = end - 1
  }
  return {mentions: resolveValues(doc, [...found, ...fromLists(tokens, found, maybe)], blocked, limits), messages: []}
}

// --- internal ---

/** A given name inside a run with no evidence of its own, and the rule that makes the rest of the run from it a person. */
function innerName(tokens: readonly Token[], s: number, e: number, maxWords: number, lowerWords: {has(word: string): boolean}):
  {start: number; rule: string} | undefined {
  for (let k = s + 1; k < e - 1; k++) {
    const t = tokens[k]!
    if (!isCap(t) || NEVER_NAMES.has(t.norm)) continue
    if (KOREAN_SURNAMES.has(t.norm)) return undefined // "Cabinet Kim Yong Il": the Korean matcher takes it from there
    // "Cuban Commercial Councilor Enrique Gomez Soler": the words after an office, when the office is evidence.
    if (isOffice(tokens[k - 1]) && e - k >= 2 && !isOffice(t) && !TITLES_BEFORE.has(t.norm)) {
      const rule = genericEvidence(tokens, k, e, maxWords, lowerWords)
      if (rule) return {start: k, rule}
    }
    // "honorary Chairman of the World Peace Council Romesh Chandra": two or three name words after the head of the
    // body an office is of.
    // Not after a nationality or a media noun ("the Magazine Social Look"), nor before more of a body ("… of Trade Unions").
    const head = tokens[k - 1]!
    if (isCap(head) && NON_PERSON_HEADS.has(head.norm) && !isNationalityShape(head.text) && !MEDIA_HEADS.has(head.norm) && e - k >= 2 && e - k <= 3 &&
      tokens[e]?.norm !== 'of' && officeOfBefore(tokens, s) && plainNameWords(tokens, k, e, lowerWords)) return {start: k, rule: 'people:after-office-body'}
    if (!hasFirstName(t)) continue
    // only after a word that is no name: a title, a nationality, a head word, a word also written in lower case
    const before = tokens[k - 1]!
    if (!(TITLES_BEFORE.has(before.norm) || NON_PERSON_HEADS.has(before.norm) || isNationalityShape(before.text) || lowerWords.has(before.norm))) return undefined
    const rule = genericEvidence(tokens, k, e, maxWords, lowerWords)
    return rule ? {start: k, rule} : undefined
  }
  return undefined
}

/** Heads of media, whose name follows them: "the News Agency Prensa Latina", "the Magazine Social Look". */
const MEDIA_HEADS: ReadonlySet<string> = new Set(['agency', 'magazine', 'newspaper', 'paper', 'journal', 'radio', 'television', 'daily', 'weekly', 'review'])

/** Nouns KCNA puts after a leader's name: "the Park Geun Hye Regime", "the Bush Administration". */
const AFTER_NAME_NOUNS: ReadonlySet<string> = new Set(['regime', 'administration', 'group', 'clique', 'government', 'cabinet', 'gang', 'baby', 'doctrine'])

/** Weekday and month names, which follow a name as the day of the news ("Xi Jinping Monday"). */
const DAY_WORDS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'])

/** An office and "of" (and "the") right before `s`: "Chairman of the …", "chief of …". */
function officeOfBefore(tokens: readonly Token[], s: number): boolean {
  let k = s - 1
  if (tokens[k]?.norm === 'the') k--
  return tokens[k]?.norm === 'of' && isOffice(tokens[k - 1])
}

/** Whether `[from, to)` holds only words that can be a name's: capitalised, none a head, an office, a country or in capitals, none also written in lower case. */
function plainNameWords(tokens: readonly Token[], from: number, to: number, lowerWords: {has(word: string): boolean}): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!
    const singular = t.norm.endsWith('s') ? t.norm.slice(0, -1) : t.norm
    if (!isCap(t) || isAllCaps(t) || NON_PERSON_HEADS.has(t.norm) || NON_PERSON_HEADS.has(singular) || OFFICE_WORDS.has(t.norm) ||
      COUNTRY_WORDS.has(t.norm) || TITLES_BEFORE.has(t.norm) || lowerWords.has(t.norm) || HEADLINE_VERBS.has(t.norm)) return false
  }
  return true
}

/**
 * The words the doc writes in lower case. The first few words asked are each looked for in the tokens (most docs
 * are asked about a handful, where a set of all their lower-case words would hash every token); past that, the set
 * is made once, so a doc asked about many words stays linear.
 */
function lowerCaseWords(tokens: readonly Token[]): {has(word: string): boolean} {
  const asked = new Map<string, boolean>()
  let all: Set<string> | undefined
  return {
    has(word) {
      if (all) return all.has(word)
      let found = asked.get(word)
      if (found !== undefined) return found
      if (asked.size >= LOOKUPS_BEFORE_SET) {
        all = new Set<string>()
        for (const t of tokens) if (t.kind === 'word' && t.text === t.norm) all.add(t.norm)
        return all.has(word)
      }
      found = false
      for (const t of tokens) {
        if (t.text === word && t.norm === word && t.kind === 'word') {
          found = true
          break
        }
      }
      asked.set(word, found)
      return found
    },
  }
}

/** Distinct words `lowerCaseWords` looks for one by one before it makes the set of them all. */
const LOOKUPS_BEFORE_SET = 16

const LIST_GAPS: ReadonlySet<string> = new Set([',', 'and', ',|and', ';'])

/**
 * Runs without evidence of their own that stand in a list with people ("Ann Lee, Bo Ek and Cy Ng" once Ann Lee is
 * known): propagated forwards and backwards along the list.
 */
function fromLists(tokens: readonly Token[], found: readonly Found[], maybe: readonly {start: number; end: number}[]): Found[] {
  if (maybe.length === 0) return []
  const items = [...found.map((f) => ({start: f.start, end: f.end, person: true})), ...maybe.map((m) => ({...m, person: false}))]
  items.sort((a, b) => a.start - b.start)
  const gap = (a: {end: number}, b: {start: number}): boolean => {
    if (b.start - a.end > 2 || b.start <= a.end) return false
    let key = tokens[a.end]!.norm
    if (b.start - a.end === 2) key += `|${tokens[a.end + 1]!.norm}`
    return LIST_GAPS.has(key)
  }
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 1; k < items.length; k++) {
      const a = items[k - 1]!, b = items[k]!
      if (a.person !== b.person && gap(a, b)) a.person = b.person = true
    }
    for (let k = items.length - 1; k > 0; k--) {
      const a = items[k - 1]!, b = items[k]!
      if (a.person !== b.person && gap(a, b)) a.person = b.person = true
    }
  }
  const known = new Set(found.map((f) => f.start))
  return items.filter((m) => m.person && !known.has(m.start))
    .map((m) => ({start: m.start, end: m.end, kind: 'generic' as const, rule: 'people:list', parts: partsOfSpan(tokens, m.start, m.end)}))
}

/**
 * Whether the words at `i`, after "Name ,", describe a person: "chairman of …", "a member of …", "vice-minister of
 * …", "prime minister of …", an office in capitals before "of" ("Secretary General of the SDP"), a nationality before
 * an office ("Russian ambassador to …").
 */
function isApposition(tokens: readonly Token[], i: number): boolean {
  // "Zile Singh, new Indian ambassador to the DPRK": an office newly or formerly held.
  while (tokens[i] !== undefined && APPOSITION_TIMES.has(tokens[i]!.norm) && !isCap(tokens[i])) i++
  const w = tokens[i]
  if (w?.kind !== 'word') return false
  // "X, charge d'affaires ad interim of …", "X, Syrian charge d'affaires".
  if (chargeDAffairesEnd(tokens, i) > 0 || (isNationalityShape(w.text) && chargeDAffairesEnd(tokens, i + 1) > 0)) return true
  // "X, military attache of …": an office after its modifier.
  if (!isCap(w)) return (isOffice(w) || APPOSITION_HEADS.has(w.norm) || (OFFICE_MODIFIERS.has(w.norm) && isOffice(tokens[i + 1]) && !isCap(tokens[i + 1]))) && !describesThing(tokens, i)
  // In capitals: an office followed by "of" (through one more office word: "Secretary General of").
  if (isOffice(w) && (tokens[i + 1]?.norm === 'of' || (isOffice(tokens[i + 1]) && tokens[i + 2]?.norm === 'of'))) return true
  // "X, Vietnamese ambassador to …", "X, Vietnamese Ambassador to the DPRK".
  const office = tokens[i + 1]
  return isNationalityShape(w.text) && isOffice(office) && (!isCap(office) || OFFICE_PHRASE_START.has(tokens[i + 2]?.norm ?? ''))
}

/** Words after which a lone capitalised word with an office after it is a name: "Present were Shenin, chairman of …". */
const BEFORE_LONE_NAME: ReadonlySet<string> = new Set(['were', 'was', 'by', 'with', 'including', 'to', 'met'])

/** A lower-case office and "of" at `i` ("chairman of", "first vice-chairman of"): an office of a body. */
function isOfficeOfBody(tokens: readonly Token[], i: number): boolean {
  let k = i
  // "Motomura, Japanese ambassador to the United Nations": a nationality before the office.
  const nationality = isCap(tokens[k]) && isNationalityShape(tokens[k]!.text)
  if (nationality) k++
  while (k < i + 4 && OFFICE_MODIFIERS.has(tokens[k]?.norm ?? '') && !isCap(tokens[k])) k++
  const office = tokens[k]
  const next = tokens[k + 1]?.norm
  return office !== undefined && !isCap(office) && isOffice(office) && (next === 'of' || (nationality && next === 'to'))
}

/** Words before an office in an apposition that say when it is held: "X, new Indian ambassador to …". */
const APPOSITION_TIMES: ReadonlySet<string> = new Set(['new', 'newly-appointed', 'outgoing', 'incoming', 'then'])

/** Words after a capitalised office that make it an apposition: "Ambassador to", "Minister of". */
const OFFICE_PHRASE_START: ReadonlySet<string> = new Set(['to', 'of', 'in', 'for'])

/** Whether the capitalised words up to `i` follow "of" ("Minister of Foreign Trade …", "of Science and Technology …"). */
function afterOf(tokens: readonly Token[], i: number): boolean {
  let k = i - 1
  while (k >= 0 && k > i - 10 && (isCap(tokens[k]) || tokens[k]!.norm === 'and')) k--
  return tokens[k]?.norm === 'of'
}

/** Whether a Korean name starts inside `[from, to)`. */
function koreanStartsInside(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to - 1; j++) if (matchKorean(tokens, j, to)) return true
  return false
}

/** An office noun, or one joined to its modifier ("vice-minister", "secretary-general"), or "prime" and "general" (of "prime minister", "Secretary General"). */
function isOffice(t: Token | undefined): boolean {
  if (t?.kind !== 'word') return false
  const parts = partsOf(t)
  const last = parts[parts.length - 1]!
  return OFFICE_HEADS.has(last) || OFFICE_HEADS.has(parts[0]!) || t.norm === 'prime' || t.norm === 'general'
}

/** A plural office noun in capitals: "Lieutenant Generals Ri Yong Il and …", "Vice-Chairmen", "Secretaries". */
function isPluralOffice(t: Token): boolean {
  if (!isCap(t)) return false
  const word = t.norm.slice(t.norm.lastIndexOf('-') + 1)
  const singular = word.endsWith('men') ? `${word.slice(0, -3)}man` : word.endsWith('ies') ? `${word.slice(0, -3)}y`
    : word.endsWith('s') ? word.slice(0, -1) : ''
  return singular !== '' && OFFICE_HEADS.has(singular)
}

/**
 * Whether the apposition at `i` is "a/an" and a noun phrase whose head (its last word before a preposition or a
 * comma) is a thing: "Minjok Thongsin, an Internet paper of …", not "Ann Lee, a member of the Party".
 */
function describesThing(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.norm !== 'a' && tokens[i]!.norm !== 'an') return false
  let j = i + 1
  while (j < i + 6 && tokens[j]?.kind === 'word' && !NOUN_PHRASE_ENDS.has(tokens[j]!.norm)) j++
  return j > i + 1 && APPOSITION_THINGS.has(tokens[j - 1]!.norm)
}

const NOUN_PHRASE_ENDS: ReadonlySet<string> = new Set(['of', 'in', 'for', 'at', 'from', 'to', 'with', 'on', 'and', 'who', 'which', 'that'])

/**
 * Whether initials at `s` lead to a name on their line: a word of two letters or more, not in capitals. Not "U.S and",
 * "the C. C.", "from A to Z.\nNATO".
 */
function namedAfterInitials(tokens: readonly Token[], s: number, e: number): boolean {
  for (let j = s + 1; j < e; j++) {
    const t = tokens[j]!
    if (t.nl) return false
    if (t.kind === 'word' && t.text.length >= 2) return !isAllCaps(t)
  }
  return false
}

/** Whether the run at `s` follows an office and "of" ("minister of Foreign Trade, Kung Sok Ung"): the office's body, no list item. */
function namesOffice(tokens: readonly Token[], s: number): boolean {
  return tokens[s - 1]?.norm === 'of' && isOffice(tokens[s - 2])
}

/** Two or three capitalised words, none a head word or a word the article also writes in lower case. */
function isNameShaped(tokens: readonly Token[], s: number, e: number, lowerWords: {has(word: string): boolean}): boolean {
  const words = wordCount(tokens, s, e)
  if (words < 2 || words > 3 || isAllCaps(tokens[s]!)) return false
  for (let j = s; j < e; j++) {
    const norm = tokens[j]!.norm
    // "Peasants Associations": a plural head word too
    if (NON_PERSON_HEADS.has(norm) || TITLES_BEFORE.has(norm) || lowerWords.has(norm) || (norm.endsWith('s') && NON_PERSON_HEADS.has(norm.slice(0, -1)))) return false
  }
  return true
}

function partsOfSpan(tokens: readonly Token[], start: number, end: number): string[] {
  const parts: string[] = []
  // Initials written apart ("V. V.") make one part, as written together ("V.V."): one key for both spellings.
  let initials = ''
  for (let j = start; j < end; j++) {
    const t = tokens[j]!
    if (t.kind !== 'word') continue
    const dot = tokens[j + 1]
    if (t.text.length === 1 && dot?.text === '.' && dot.start === t.end && j + 1 < end) {
      initials += `${t.norm}.`
      continue
    }
    if (initials) parts.push(initials)
    initials = ''
    parts.push(...partsOf(t))
  }
  if (initials) parts.push(initials)
  return parts
}

/** The rule that makes the run `[s, e)` a person, or '' when there is no evidence. */
function genericEvidence(tokens: readonly Token[], s: number, e: number, maxWords: number, lowerWords: {has(word: string): boolean}): string {
  const words = wordCount(tokens, s, e)
  if (words > Math.min(maxWords, MAX_NAME_WORDS + 1)) return ''
  const first = tokens[s]!
  // "DPRK Foreign Minister Meets EU Delegation": a headline's verb after a title is no name.
  if (HEADLINE_VERBS.has(first.norm)) return ''
  // "the Academy of Social Sciences, who is …": words after a body's head and "of" name the body.
  if (tokens[s - 1]?.norm === 'of' && NON_PERSON_HEADS.has(tokens[s - 2]?.norm ?? '') && isCap(tokens[s - 2]) && !COUNTRY_WORDS.has(tokens[s - 2]!.norm)) return ''
  for (let j = s; j < e; j++) {
    const t = tokens[j]!
    if (NON_PERSON_HEADS.has(t.norm) || NON_PERSON_HEADS.has(firstPart(t))) return ''
    // A title word ends no name, except as the surname after a given name ("John Major", "Ann Marshal").
    if (TITLES_BEFORE.has(t.norm) && !(j === e - 1 && j > s && hasFirstName(first))) return ''
  }
  const shouting = isAllCaps(first) && first.text.length > 1
  if (words >= 2 && hasInitial(tokens, s) && namedAfterInitials(tokens, s, e)) return 'people:initial'
  if (words >= 2 && hasFirstName(first)) return 'people:first-name'
  if (shouting) return ''
  if (hasTitleBefore(tokens, s, words)) return 'people:title-before'
  // "Present were Shenin, chairman of the Communist Party …": a surname alone, with an office of a body after it.
  if (words === 1 && tokens[e]?.text === ',' && isOfficeOfBody(tokens, e + 1) && !lowerWords.has(first.norm) && !COUNTRY_WORDS.has(first.norm) &&
    !isAllCaps(first) && (tokens[s - 1]?.kind === 'punct' || BEFORE_LONE_NAME.has(tokens[s - 1]?.norm ?? '') ||
    (tokens[s - 1]?.norm === 'and' && (tokens[s - 2]?.text === ',' || isCap(tokens[s - 1]))))) return 'people:apposition'
  if (words < 2) return ''
  // weaker evidence: every word must be a name, not a word the article also writes in lower case
  for (let j = s; j < e; j++) if (isCap(tokens[j]) && lowerWords.has(tokens[j]!.norm)) return ''
  const next = tokens[e]
  const prev = tokens[s - 1]
  if ((next && SPEECH_VERBS.has(next.norm)) || prev?.norm === 'said' || prev?.norm === 'says') return 'people:speech-verb'
  if (next?.text === ',' && isApposition(tokens, e + 1)) return 'people:apposition'
  // "to Sushil Koirala upon his election as prime minister of Nepal"
  if (appointmentAsEnd(tokens, e) > 0 && isOffice(tokens[appointmentAsEnd(tokens, e)])) return 'people:appointment'
  const second = tokens[s + 1]!
  if (words === 2 && CHINESE_SURNAMES.has(first.norm) && !FIRST_NAMES.has(second.norm) && PINYIN_RE.test(second.norm)) return 'people:chinese-name'
  // "from San Diego (California)": a place in a sentence, not a result line.
  if (!PLACE_PREPOSITIONS.has(prev?.norm ?? '') && isSportsLine(tokens, s, e)) return 'people:sports-line'
  return ''
}

const ORDINAL_RE = /^\d+(?:st|nd|rd|th)$/
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'from', 'in', 'at', 'near', 'into', 'across', 'via'])

/**
 * Result lines and line-ups: "Ann Lee ( South Africa ) 71", "Ann Lee ( 61st )", "( Ann Lee 68th )", "4 - Ann Lee ,",
 * "15. Ann Lee" at a line's start.
 */
function isSportsLine(tokens: readonly Token[], s: number, e: number): boolean {
  const next = tokens[e]
  const prev = tokens[s - 1]
  if (next?.text === '(') {
    const inner = tokens[e + 1]
    if (inner && ORDINAL_RE.test(inner.text) && tokens[e + 2]?.text === ')') return true
    let k = e + 1
    while (k < e + 4 && isCap(tokens[k]) && !isAllCaps(tokens[k]!)) k++
    // a score, punctuation, "beat" or the line's end after it: not "Palang Dharma ( Righteous Force ) Party"
    const after = tokens[k + 1]
    if (k === e + 2 && tokens[k]?.text === ')') return true // "Ann Lee ( Russia )", as before
    if (k > e + 2 && tokens[k]?.text === ')' &&
      (!after || after.nl || after.kind === 'number' || after.kind === 'punct' || after.norm === 'beat')) return true
  }
  if (prev?.text === '(' && next && ORDINAL_RE.test(next.text)) return true
  const number = tokens[s - 2]
  if (prev?.text === '-' && number?.kind === 'number' && /^\d{1,2}$/.test(number.text) && (next === undefined || next.kind === 'punct')) return true
  if (prev?.text === '.' && number?.kind === 'number' && /^\d{1,3}$/.test(number.text) && (s - 2 === 0 || number.nl)) return true
  return false
}
