/** Shape of the MinHash signature and its LSH banding. */
export interface MinhashOptions {
  /** Words per shingle. */
  readonly shingle: number
  /** Hash functions (signature length); must be `bands * rows`. */
  readonly hashes: number
  /** LSH bands: two articles become candidates when one band of their signatures is identical. */
  readonly bands: number
  /** Articles with fewer words are not compared. */
  readonly minWords: number
}

const EMPTY = Number.MAX_SAFE_INTEGER
/** Borrowed bin values sit above every real value, so they never win against a real shingle. */
const BORROWED = 2 ** 32

/**
 * The MinHash signature of a text over word shingles, or undefined when the text is too short. One-permutation
 * hashing: each distinct shingle is hashed once and kept as the minimum of one of `hashes` bins; empty bins borrow
 * from the next filled bin (densification), so the cost is linear in the text, not in text × hashes. Deterministic. Pure.
 * @example minhash(record.text, {shingle: 5, hashes: 64, bands: 16, minWords: 30})?.length // 64, or undefined for a short text
 */
export function minhash(text: string, options: MinhashOptions): number[] | undefined {
  const n = wordHashesOf(text)
  if (n < Math.max(options.minWords, options.shingle)) return undefined
  const wordHashes = scratch
  const k = options.hashes
  const sig = new Array<number>(k).fill(EMPTY)
  for (let i = 0; i + options.shingle <= n; i++) {
    let h = 0x811c9dc5
    for (let j = 0; j < options.shingle; j++) h = Math.imul(h ^ wordHashes[i + j]!, 0x01000193)
    const v = fmix32(h)
    const bin = v % k
    const value = Math.floor(v / k)
    if (value < sig[bin]!) sig[bin] = value
  }
  for (let b = 0; b < k; b++) {
    if (sig[b] !== EMPTY) continue
    for (let j = 1; j < k; j++) {
      const from = sig[(b + j) % k]!
      if (from !== EMPTY && from < BORROWED) {
        sig[b] = BORROWED + j * 2 ** 32 + from
        break
      }
    }
  }
  return sig
}

/** The share of equal positions of two signatures: an estimate of the Jaccard similarity of their shingle sets. @example similarity(minhash(a, DUPLICATE_DEFAULTS)!, minhash(b, DUPLICATE_DEFAULTS)!) // 0.94 for two copies of one story */
export function similarity(a: readonly number[], b: readonly number[]): number {
  let same = 0
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++
  return a.length ? same / a.length : 0
}

/** LSH band keys of a signature: one 32-bit hash of each band's values (a collision only adds a candidate to check). @example bandKeys(minhash(text, DUPLICATE_DEFAULTS)!, 16).length // 16 */
export function bandKeys(sig: readonly number[], bands: number): number[] {
  const rows = Math.floor(sig.length / bands)
  const keys: number[] = []
  for (let b = 0; b < bands; b++) {
    let h = 0x811c9dc5 ^ b
    for (let r = b * rows; r < b * rows + rows; r++) {
      const v = sig[r]!
      h = Math.imul(h ^ (v >>> 0), 0x01000193)
      h = Math.imul(h ^ Math.floor(v / 2 ** 32), 0x01000193)
    }
    keys.push(fmix32(h))
  }
  return keys
}

// --- internal ---

/** FNV-1a hashes of the words (runs of ASCII letters and digits, or any non-ASCII letter), case-folded, without building strings. */
function wordHashesOf(text: string): number {
  let n = 0
  let h = 0x811c9dc5
  let inWord = false
  for (let i = 0; i <= text.length; i++) {
    let c = i < text.length ? text.charCodeAt(i) : 32
    const upper = c >= 65 && c <= 90
    const word = upper || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 127 && !SPACE_RE.test(text[i]!))
    if (word) {
      if (upper) c |= 0x20
      h = Math.imul(h ^ c, 0x01000193)
      inWord = true
    } else if (inWord) {
      if (n === scratch.length) {
        const bigger = new Uint32Array(scratch.length * 2)
        bigger.set(scratch)
        scratch = bigger
      }
      scratch[n++] = h >>> 0
      h = 0x811c9dc5
      inWord = false
    }
  }
  return n
}

/** Word hashes of the text being signed: reused between calls so signing a corpus makes little garbage. */
let scratch = new Uint32Array(4096)
const SPACE_RE = /[\s\p{P}\p{S}]/u

function fmix32(x: number): number {
  let h = x | 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}
