import OFFICES from '../../data/lexicons/offices.json' with {type: 'json'}

/** One name of an office and the period it was in use (`to` exclusive, '' = still in use). */
export interface OfficeName {
  readonly office: string
  readonly name: string
  readonly from: string
  readonly to: string
  readonly approximate: boolean
}

/** Acronyms written inside titles → their long form (lower case). */
export const TITLE_EXPANSIONS: ReadonlyMap<string, string> = new Map(Object.entries(OFFICES.expansions))

/** Phrases folded to one spelling (lower case), longest first. */
export const TITLE_PHRASES: readonly (readonly [string, string])[] = Object.entries(OFFICES.phrases).sort((a, b) => b[0].length - a[0].length)

/** Every name of every renamed office, with its period. */
export const OFFICE_NAMES: readonly OfficeName[] = OFFICES.offices.flatMap((o) =>
  o.names.map((n): OfficeName => ({office: o.id, name: n.name, from: n.from, to: n.to, approximate: 'approximate' in n && n.approximate === true})))
