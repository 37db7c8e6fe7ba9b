import ORGS from '../../data/lexicons/organisations.json' with {type: 'json'}
import PLACES from '../../data/lexicons/organisations-places.json' with {type: 'json'}
import {indexByFirst} from '../tokenise/shared.ts'

/** Lower-case words that end an organisation's name: "Party", "Committee", "Mill", "Inc". */
export const HEADS: ReadonlySet<string> = new Set(ORGS.heads)

/** Heads that only count after one of the listed words: "General Staff", "Publishing House", "Armed Forces". */
export const HEADS_NEEDING_PREVIOUS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(ORGS.headsNeedingPrevious).map(([head, previous]) => [head, new Set(previous)]))

/** Heads that may be followed by a number: "KPA Unit 1224", "Factory No. 5". */
export const NUMBERED_HEADS: ReadonlySet<string> = new Set(ORGS.numberedHeads)

/** Company-form heads that never take an "of …" complement: "Dow Chemical Co of the United States". */
export const NO_COMPLEMENT_HEADS: ReadonlySet<string> = new Set(ORGS.noComplementHeads)

/** Words before "'s" that keep a name going ("People's Army", "Cameramen's Union"); other possessors start it anew. */
export const POSSESSIVE_NAME_WORDS: ReadonlySet<string> = new Set(ORGS.possessiveNameWords)

/** Bodies that are parts of a larger body and are named by their head alone ("the Central Committee"). */
export const SUB_BODIES: ReadonlySet<string> = new Set(ORGS.subBodies)

/** First words of the sub-bodies, to start a lower-case "presidium of the …" name. */
export const SUB_BODY_FIRST: ReadonlySet<string> = new Set(ORGS.subBodies.map((s) => s.split(' ')[0]!))

/** A name made of one of these heads alone is still a body ("the Cabinet"). */
export const LONE_HEADS_KEPT: ReadonlySet<string> = new Set(ORGS.loneHeadsKept)

/** Offices and honorifics: a name never runs on into them ("… of China President Xi"). */
export const TITLES: ReadonlySet<string> = new Set([...ORGS.titles, ...ORGS.titles.filter((t) => !t.includes('-')).map((t) => `vice-${t}`)])

/** Words of a bracketed qualifier that belongs to a party's name: "(Maoist)", "(ML)". Hyphened ones need no entry. */
export const NAME_QUALIFIERS: ReadonlySet<string> = new Set(ORGS.nameQualifiers)

/** Lower-case heads of works named by a place word ("Huichon silk mills"), singular and plural, with their singular. */
export const LOWER_WORKS_HEADS: ReadonlyMap<string, string> = new Map(Object.entries(ORGS.lowerWorksHeads))

/** Capitalised function words and dates that do not start a name. */
export const LEADING_SKIP: ReadonlySet<string> = new Set(ORGS.leadingSkip)

/** Days, months and "Juche": not the object of "on …" or "of …" inside a name. */
export const DAY_MONTH: ReadonlySet<string> = new Set(ORGS.dayMonth)

/** Well-known acronyms (case-sensitive) and their long names. */
export const ACRONYMS: ReadonlyMap<string, string> = new Map(Object.entries(ORGS.acronyms))

/** Other short names with their long names ("Chongryon"). */
export const ALIASES: ReadonlyMap<string, string> = new Map(Object.entries(ORGS.aliases))

/** Token sequences that name a body by themselves, keyed by first token: "Rodong Sinmun", "Reuters". */
export const KNOWN_NAMES: ReadonlyMap<string, readonly (readonly string[])[]> = indexByFirst(
  ORGS.knownNames.map((name) => name.replace(/'/g, " '").replace(/ '(s)\b/g, " 's").split(/\s+/)))

/** Countries, continents and regions, as token sequences keyed by first token, case-sensitive. */
export const PLACES_BY_FIRST: ReadonlyMap<string, readonly (readonly string[])[]> = indexByFirst(
  [...PLACES.countries, ...PLACES.regions].map((name) => name.replace(/'/g, " '").replace(/ '(s)\b/g, " 's").split(/\s+/)))

/** Whole names that are places, lower-cased: never an organisation on their own. */
export const PLACE_NAMES: ReadonlySet<string> = new Set([...PLACES.countries, ...PLACES.regions].map((p) => p.toLowerCase()))

/** All-caps tokens that are never an organisation by themselves: DPRK, U.S., GDP. */
export const NON_ORG_ACRONYMS: ReadonlySet<string> = new Set(PLACES.nonOrgAcronyms)
