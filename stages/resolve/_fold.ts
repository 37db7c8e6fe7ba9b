const APOSTROPHE_RE = /['’‘`´]/g
const SEPARATOR_RE = /[\s\-‐‑–—_.,]+/g
const POSSESSIVE_RE = /['’]s\b/g
const DIACRITIC_RE = /[\u0300-\u036f]/g

/**
 * The identity key of a name: case, hyphen, apostrophe and possessive variants fold together
 * (KIM JONG UN, Kim Jong-un, Kim Jong Un → `kim jong un`); different given names never do. Pure.
 * @example identityKey("KIM JONG-UN's") // 'kim jong un'
 */
export function identityKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(DIACRITIC_RE, '')
    .replace(POSSESSIVE_RE, '')
    .replace(APOSTROPHE_RE, '')
    .replace(SEPARATOR_RE, ' ')
    .toLowerCase()
    .trim()
    .replace(/^the /, '')
}
