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
 */
export function findRelation(between: string, sentence: string): Relation | undefined {
  const b = between.toLowerCase()
  if (b.length > 400) return undefined
  for (const [re, relation, subject] of RELATION_CUES) if (re.test(b)) return {relation, subject}
  if (PLATFORM_RE.test(sentence.toLowerCase())) return {relation: 'on-the-platform', subject: 'none'}
  return undefined
}
