import type {Span, Token, TokenKind} from '../../pipeline/doc.ts'

/** Options of the `tokenise` stage. */
export interface TokeniseOptions {
  /** Extra abbreviations (lower-case, without the period) after which a period does not end a sentence. */
  readonly abbreviations: readonly string[]
}

// Abbreviations with periods (U.S., C.C.) alone or after a hyphen (DPRK-U.S.), words with inner hyphens (vice-chairman, Jong-un),
// numbers with separators and ordinal suffixes (1,000, 9th), the possessive 's, any other single character.
const TOKEN_RE = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}]*[-‐‑－](?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}]*(?:[-‐‑－][\p{L}\d][\p{L}\p{M}\d]*)*|\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?\b|['’]s\b|\S/gu
const LETTER_RE = /\p{L}/u
const GLUED_RE = /\p{Ll}\p{Lu}/u
const GLUED_SPLIT_RE = /(?<=\p{Ll})(?=\p{Lu})/u
/** A word in capitals glued to a capitalised word after it, as some page dumps write "H.E. Kim": "HEKim". */
const GLUED_CAPS_RE = /^(\p{Lu}{2,})(\p{Lu}\p{Ll}{2,})$/u
const DIGIT_RE = /^\d/
const UPPER_START_RE = /^[\p{Lu}\d"“'‘(]/u
const PARAGRAPH_GAP_RE = /\n[ \t]*\n|\n[ \t]{2,}|\r\n\r\n|\n\t/
/** A token that ends with a dotted abbreviation (U.S., U.N., DPRK-U.S.): its last period may also end the sentence. */
const DOTTED_END_RE = /(?:\p{L}\.){2,}$/u
/** A line break with the next line indented: after a period, nearly always a new paragraph (a wrapped line has no indent). */
const INDENTED_BREAK_RE = /\n[ \t]/
/** Words that open a sentence and never continue a name, capitalised as they are at a sentence's start. */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'The', 'This', 'That', 'These', 'Those', 'It', 'Its', 'They', 'Their', 'There', 'He', 'His', 'She', 'Her', 'We', 'Our',
  'In', 'On', 'At', 'But', 'However', 'Meanwhile', 'Such',
])

/** Abbreviations after which a period does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'gov', 'sen', 'rep', 'pres',
  'st', 'no', 'nos', 'vol', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'co', 'corp', 'inc', 'ltd', 'jr', 'sr', 'vs', 'etc', 'fig', 'mt', 'ft', 'rev', 'hon', 'messrs',
])

const FOLD_RE = /[’‘“”‐‑–—－]/
const FOLDS: Record<string, string> = {'’': "'", '‘': "'", '“': '"', '”': '"', '‐': '-', '‑': '-', '–': '-', '—': '-', '－': '-'}
const FOLD_ALL_RE = /[’‘“”‐‑–—－]/g
const PUNCT_RE = /^[.,;:!?"'“”‘’()[\]{}\-–—/]$/

function fold(s: string): string {
  const lower = s.toLowerCase()
  return FOLD_RE.test(lower) ? lower.replace(FOLD_ALL_RE, (c) => FOLDS[c]!) : lower
}

function kindOf(text: string): TokenKind {
  const c = text.charCodeAt(0)
  if (c >= 48 && c <= 57) return 'number'
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 'word'
  // One character (any script), or a multi-character token that starts with neither digit nor ASCII letter: only
  // the possessive "'s" and "’s", which are words.
  if (text.length === 1) {
    if (PUNCT_RE.test(text)) return 'punct'
    if (c >= 128 && LETTER_RE.test(text)) return 'word'
    return DIGIT_RE.test(text) ? 'number' : 'symbol'
  }
  return LETTER_RE.test(text) ? 'word' : 'symbol'
}

const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90

/** True when a lower-case letter is followed by a capital inside the word (ASCII fast path). */
function isGlued(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c >= 65 && c <= 90) {
      const p = word.charCodeAt(i - 1)
      if (p >= 97 && p <= 122) return true
    } else if (c > 127) return GLUED_RE.test(word)
  }
  return false
}

/**
 * Split text into tokens with char offsets. Pure.
 * @example tokenize('Kim Jong-un met Xi.').map((t) => t.text) // ['Kim', 'Jong-un', 'met', 'Xi', '.']
 */
export function tokenize(text: string): Token[] {
  return scan(text, true)
}

/**
 * `tokenize` with every token found by TOKEN_RE, none cut by the shortcut for plain ASCII: the reference the
 * shortcut is tested against (the same tokens for any text). Pure.
 */
export function tokenizeByExpression(text: string): Token[] {
  return scan(text, false)
}

function scan(text: string, shortcut: boolean): Token[] {
  const tokens: Token[] = []
  // The next line break at or after the end of the previous token: found once per break, so the scan stays linear.
  let newline = text.indexOf('\n')
  const push = (start: number, t: string): void => {
    const end = start + t.length
    tokens.push(newline >= 0 && newline < start
      ? {start, end, text: t, norm: fold(t), kind: kindOf(t), nl: true}
      : {start, end, text: t, norm: fold(t), kind: kindOf(t)})
    if (newline >= 0 && newline < end) newline = text.indexOf('\n', end)
  }
  const emit = (start: number, word: string): void => {
    const caps = word.length >= 5 && isUpperAscii(word.charCodeAt(1)) ? GLUED_CAPS_RE.exec(word) : null
    if (caps) {
      push(start, caps[1]!)
      return push(start + caps[1]!.length, caps[2]!)
    }
    if (!isGlued(word)) return push(start, word)
    // Words glued in the source ("MarshalKim") split where a lower-case letter meets a capital.
    for (const t of word.split(GLUED_SPLIT_RE)) {
      push(start, t)
      start += t.length
    }
  }
  // Most tokens are plain ASCII words, numbers and punctuation, whose ends a look at the next character settles:
  // those are cut here, and every other token is left to TOKEN_RE from where it starts: the same tokens in about a
  // third less time, with no match object per token (tests/stages/tokenise.test.ts compares them with
  // `tokenizeByExpression`).
  const re = new RegExp(TOKEN_RE.source, TOKEN_RE.flags)
  const n = text.length
  let p = 0
  while (p < n) {
    const c = text.charCodeAt(p)
    if (shortcut && (c === 32 || (c >= 9 && c <= 13))) {
      p++
      continue
    }
    const q = shortcut ? plainEnd(text, p, c) : -1
    if (q > 0) {
      emit(p, text.slice(p, q))
      p = q
      continue
    }
    re.lastIndex = p
    const m = re.exec(text)
    if (m === null) break
    emit(m.index, m[0])
    p = m.index + m[0].length
  }
  return tokens
}

/**
 * The end of the token at `p` (its first character `c`, not white space) when it is a plain ASCII word, number or
 * punctuation mark whose end the next character settles; -1 when only TOKEN_RE can tell.
 */
function plainEnd(text: string, p: number, c: number): number {
  const n = text.length
  let q = p + 1
  if (isAsciiLetter(c)) {
    while (q < n && isAsciiLetter(text.charCodeAt(q))) q++
    const d = q < n ? text.charCodeAt(q) : 32
    // The expression's: a letter and a period (U.S.), a hyphen (vice-chairman), a letter or mark beyond ASCII.
    return d >= 128 || d === 45 || (d === 46 && q === p + 1) ? -1 : q
  }
  if (isAsciiDigit(c)) {
    while (q < n && isAsciiDigit(text.charCodeAt(q))) q++
    const d = q < n ? text.charCodeAt(q) : 32
    // The expression's: separators (1,000), suffixes (9th), no word boundary (12abc, 12_), or beyond ASCII.
    return d >= 128 || d === 46 || d === 44 || d === 58 || d === 95 || isAsciiLetter(d) ? -1 : q
  }
  // Any other ASCII character is a token of its own; an apostrophe may start a possessive 's.
  return c < 128 && c !== 39 ? q : -1
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57

/**
 * Split tokens into sentences: at . ! ? followed by a capital (unless after an abbreviation), after a dotted
 * abbreviation whose period ends the sentence (before a word that only opens sentences, or at an indented line), and
 * at paragraph breaks (a blank line or an indented new line). Pure.
 * @example splitSentences(text, tokenize(text)) // [{start: 0, end: 7}, {start: 7, end: 13}] for two sentences of 7 and 6 tokens
 */
export function splitSentences(text: string, tokens: readonly Token[], abbreviations: ReadonlySet<string> = ABBREVIATIONS): Span[] {
  const sentences: Span[] = []
  let start = 0
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    const next = tokens[i + 1]
    if (!next) break
    if (next.nl && PARAGRAPH_GAP_RE.test(text.slice(token.end, next.start))) {
      sentences.push({start, end: i + 1})
      start = i + 1
      continue
    }
    if (token.text !== '.' && token.text !== '!' && token.text !== '?') {
      // A dotted abbreviation holds the period that ends its sentence ("… reform of the U.N. The UN should …"): the
      // next sentence starts after it at an indented line break or at a word that only opens sentences, never at a
      // name's next word ("the U.S. President", or "U.S.\nPresident" in wrapped text).
      if (text.charCodeAt(token.end - 1) === 46 && endsSentenceAfterDotted(text, token, next)) {
        sentences.push({start, end: i + 1})
        start = i + 1
      }
      continue
    }
    const prev = tokens[i - 1]
    if (token.text === '.' && prev && prev.end === token.start) {
      if (abbreviations.has(prev.norm)) continue
      if (prev.kind === 'word' && prev.text.length === 1 && /\p{Lu}/u.test(prev.text)) continue // initials: "J. Smith"
    }
    // Closing quotes and brackets stay with the sentence they end.
    let end = i + 1
    while (tokens[end] && /^["”’')\]]$/.test(tokens[end]!.text) && tokens[end]!.start === tokens[end - 1]!.end) end++
    const after = tokens[end]
    if (!after) break
    if (!UPPER_START_RE.test(after.text)) continue
    sentences.push({start, end})
    start = end
    i = end - 1
  }
  if (start < tokens.length) sentences.push({start, end: tokens.length})
  return sentences
}

/** Whether `token`, a word that ends with a period, is a dotted abbreviation whose period also ends the sentence before `next`. */
function endsSentenceAfterDotted(text: string, token: Token, next: Token): boolean {
  if (next.start === token.end || !DOTTED_END_RE.test(token.text)) return false
  return SENTENCE_OPENERS.has(next.text) || (next.nl === true && UPPER_START_RE.test(next.text) && INDENTED_BREAK_RE.test(text.slice(token.end, next.start)))
}
