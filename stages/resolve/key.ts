import type {EntityType} from './types.ts'
import {AMBIGUOUS_ORGS, ORG_ALIASES, orgFold, SURNAME_VARIANTS} from './lexicon.ts'
import {identityKey} from './_fold.ts'

/** What a name resolves to without looking at its article: the canonical name, its id and the rule that decided. */
export interface NameResolution {
  readonly id: string
  /** The canonical name when an alias or acronym was expanded, else the name itself. */
  readonly name: string
  /** `resolve:same-key`, `resolve:alias`, `resolve:surname-variant`, `resolve:ambiguous-short-form`, `resolve:acronym-in-text`, `resolve:surname-back-reference`. */
  readonly rule: string
}

const PREFIX: Record<EntityType, string> = {PERSON: 'person', ORG: 'org'}

/** Identity key of a person: `identityKey` with the surname spelled the KCNA way (Choi Ryong-hae → `choe ryong hae`). @example personKey('Choi Ryong-hae') // 'choe ryong hae' */
export function personKey(name: string): string {
  const key = identityKey(name)
  const space = key.indexOf(' ')
  if (space < 0) return key
  const surname = SURNAME_VARIANTS.get(key.slice(0, space))
  return surname ? surname + key.slice(space) : key
}

/** Resolve a name with the lexicons only (variants, acronyms, short forms). Pure (results are shared: do not change them). @example resolveName('PERSON', 'Choi Ryong-hae') // {id: 'person:choe-ryong-hae', name: 'Choi Ryong-hae', rule: 'resolve:surname-variant'} */
export function resolveName(type: EntityType, name: string): NameResolution {
  // A corpus names the same people and bodies over and over, and folding a name (NFKD and five patterns) is not free.
  const cache = CACHE[type]
  let r = cache.get(name)
  if (r === undefined) {
    if (cache.size >= CACHE_SIZE) cache.clear()
    cache.set(name, (r = Object.freeze(resolveUncached(type, name))))
  }
  return r
}

const CACHE_SIZE = 100_000
const CACHE: Record<EntityType, Map<string, NameResolution>> = {PERSON: new Map(), ORG: new Map()}

function resolveUncached(type: EntityType, name: string): NameResolution {
  if (type === 'PERSON') {
    const key = personKey(name)
    return {id: slugId(type, key), name, rule: key === identityKey(name) ? 'resolve:same-key' : 'resolve:surname-variant'}
  }
  const key = orgFold(name)
  const target = ORG_ALIASES.get(key)
  if (target) return {id: slugId(type, orgFold(target)), name: target, rule: 'resolve:alias'}
  return {id: slugId(type, key), name, rule: AMBIGUOUS_ORGS.has(key) ? 'resolve:ambiguous-short-form' : 'resolve:same-key'}
}

/** Stable entity id: `person:kim-jong-un`, `org:workers-party-of-korea`; variants and known aliases share one id. @example entityId('ORG', 'WPK') // 'org:workers-party-of-korea' */
export function entityId(type: EntityType, name: string): string {
  return resolveName(type, name).id
}

/** Turn an identity key into an id: `person:` or `org:` and the key's letters and digits joined by hyphens. @example slugId('PERSON', 'kim jong un') // 'person:kim-jong-un' */
export function slugId(type: EntityType, key: string): string {
  return `${PREFIX[type]}:${key.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'unnamed'}`
}
