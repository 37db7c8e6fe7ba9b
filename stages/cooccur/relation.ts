/** A typed edge read from the text between two mentions of one sentence. */
export interface Relation {
  /** `accompanied-by`, `received`, `met`, `sent-message`, `sent-floral-basket`, `presided-over`, `on-the-platform`, `visited`. */
  readonly relation: string
  /** Which of the two mentions is the subject: the earlier, the later, or neither (symmetric). */
  readonly subject: 'earlier' | 'later' | 'none'
}

/** Cue patterns on the text between the two mentions (lower case), in order of precedence. */
export const RELATION_CUES: readonly (readonly [RegExp, string, Relation['subject']])[] = [
  [/\b(?:was|were) received by\b/, 'received', 'later'],
  [/\baccompanied by\b|\bwas accompanied\b|\bin the company of\b/, 'accompanied-by', 'earlier'],
  [/\baccompanied\b|\baccompanying\b/, 'accompanied-by', 'later'],
  [/\breceived\b|\bgave an audience to\b/, 'received', 'earlier'],
  [/\bsent\b[^.]*\b(?:floral baskets?|wreaths?|flower baskets?)\b/, 'sent-floral-basket', 'earlier'],
  [/\bsent\b[^.]*\b(?:message|letter|greetings|telegram|reply)\b/, 'sent-message', 'earlier'],
  [/\bpresided over\b|\bchaired\b/, 'presided-over', 'earlier'],
  [/\bmet\b|\bmet with\b|\bhad (?:a )?talks?\b|\bheld talks\b/, 'met', 'none'],
  [/\binspected\b|\bvisited\b|\bgave (?:on-the-spot |field )guidance\b|\btoured\b/, 'visited', 'earlier'],
]

const PLATFORM_RE = /\bon the (?:platform|tribune|rostrum)\b|\bplatform was\b/

/**
 * The relation the sentence states between two mentions, or undefined for a plain co-mention. `between` is the
 * text between them, `sentence` the whole sentence (for "on the platform" lists). Pure.
 * @example findRelation(' was received by ', 'Xi Jinping was received by Kim Jong Un.') // {relation: 'received', subject: 'later'}
 */
export function findRelation(between: string, sentence: string): Relation | undefined {
  const found = relationBetween(between, () => onThePlatform(sentence))
  return found && {...found}
}

// --- internal (for the co-occurrence counter) ---

const FOUND: readonly Relation[] = RELATION_CUES.map(([, relation, subject]) => ({relation, subject}))
const ON_THE_PLATFORM: Relation = {relation: 'on-the-platform', subject: 'none'}

/**
 * A word every cue needs (each match of a `RELATION_CUES` pattern holds one): text without any holds no cue, and no
 * part of it does. The counter tests a sentence once with it instead of testing every pair of it with every cue.
 */
export const CUE_WORDS_RE = /accompan|company of|received|audience|sent|presided|chaired|met|talk|inspected|visited|guidance|toured/

/** Longest text between two names read for a relation: across more, none is found. */
export const MAX_RELATION_GAP = 400

/**
 * `findRelation` with the sentence's platform test left to `onPlatform` (asked at most once per sentence by the
 * caller); `cues` false when the sentence holds no word of `CUE_WORDS_RE` (lower case), so the cues are not tried.
 * Shared results: do not change them.
 */
export function relationBetween(between: string, onPlatform: () => boolean, cues = true): Relation | undefined {
  const b = between.toLowerCase()
  if (b.length > MAX_RELATION_GAP) return undefined
  if (cues) for (let i = 0; i < RELATION_CUES.length; i++) if (RELATION_CUES[i]![0].test(b)) return FOUND[i]
  return onPlatform() ? ON_THE_PLATFORM : undefined
}

/** Whether a sentence says who was on the platform. */
export function onThePlatform(sentence: string): boolean {
  return PLATFORM_RE.test(sentence.toLowerCase())
}
