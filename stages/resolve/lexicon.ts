import IDENTITY from '../../data/lexicons/identity.json' with {type: 'json'}
import ORGS from '../../data/lexicons/organisations.json' with {type: 'json'}
import SURNAMES from '../../data/lexicons/korean-surnames.json' with {type: 'json'}
import {identityKey} from './_fold.ts'

/** Southern and Western spellings of Korean surnames → the KCNA spelling (Choi → Choe, Lee → Ri). */
export const SURNAME_VARIANTS: ReadonlyMap<string, string> = new Map(Object.entries(IDENTITY.surnameVariants))

/**
 * Korean surnames (lower case; KCNA and Southern spellings): a one-word person mention with one of these is a
 * back-reference. The list the people stage finds Korean names by, so a surname it knows is never an entity alone.
 */
export const KOREAN_SURNAMES: ReadonlySet<string> = new Set(SURNAMES.surnames.map((s) => s.toLowerCase()))

/** Organisation short forms and acronyms, by identity key → the canonical long name (known acronyms, then our aliases). */
export const ORG_ALIASES: ReadonlyMap<string, string> = new Map(
  [...Object.entries(ORGS.acronyms as Record<string, string>), ...Object.entries(IDENTITY.orgAliases)]
    .map(([alias, name]) => [orgFold(alias), name] as const)
    .filter(([alias, name]) => alias !== orgFold(name)),
)

/** Organisation short forms that may name several bodies: kept as their own entity and reported, never merged. */
export const AMBIGUOUS_ORGS: ReadonlyMap<string, string> = new Map(
  Object.entries(IDENTITY.ambiguousOrgs).map(([name, why]) => [orgFold(name), why] as const),
)

/** Identity key of an organisation name: `identityKey` with every `the` dropped ("Central Committee of the WPK" = "… of WPK"). @example orgFold('Central Committee of the WPK') // 'central committee of wpk' */
export function orgFold(name: string): string {
  return identityKey(name).replace(/\bthe /g, '').replace(/ +/g, ' ')
}
