import WORDS from '../../data/lexicons/title-words.json' with {type: 'json'}
import DATES from '../../data/lexicons/dates.json' with {type: 'json'}

/** Office and rank nouns that end a title core ("secretary", "vice-chairman" via its last part, "Marshal"). */
export const HEADS: ReadonlySet<string> = new Set(WORDS.heads)

/** Military ranks: a title of rank words only ("KPA General") stands before a name or alone in a chain. */
export const RANKS: ReadonlySet<string> = new Set(WORDS.ranks)

/** Words that may stand before a head inside a title core ("first vice department director", "Foreign Minister"). */
export const MODIFIERS: ReadonlySet<string> = new Set(WORDS.modifiers)

/** A body's own leader, after "its"/"their" ("led by its national leader X"); the modifiers before it may not be epithets. */
export const POSSESSIVE_LEADER = {possessives: new Set(['its', 'their']), head: 'leader', notModifiers: new Set(['supreme', 'great', 'eternal', 'dear', 'respected', 'beloved'])} as const

/** Capitalised words a lower-case noun may follow inside a name ("the Juche idea", "Songun politics"). */
export const CAPITALISED_ADJECTIVES: ReadonlySet<string> = new Set(WORDS.capitalisedAdjectives)

/** Rank abbreviations written with a period ("Col. General", "Lieut. General"). */
export const RANK_ABBREVIATIONS: ReadonlySet<string> = new Set(Object.keys(WORDS.rankAbbreviations))

/** Honorifics allowed between a title and the name it precedes ("General Secretary Comrade Kim Jong Un"). */
export const BETWEEN_TITLE_AND_NAME: ReadonlySet<string> = new Set(WORDS.betweenTitleAndName)

/** Acronyms and their long forms (lower-case), to tell that "… of the DPRK" and "… of the Democratic People's Republic of Korea" are one office. */
export const ACRONYMS: ReadonlyMap<string, string> = new Map(Object.entries(WORDS.acronyms))

/** Prepositions that continue a title ("of", "to", "for" …); all but "of" need a capitalised word or "the" next. */
export const TITLE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'to', 'for', 'under', 'in', 'on', 'with'])

/** Month and weekday names and their abbreviations (lower-case): "… of the KPA on Dec. 24" ends before a date. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([...Object.keys(DATES.months), ...Object.keys(DATES.weekdays)])

/** Determiners allowed at the start of the noun phrase after a preposition. */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'a', 'an'])

/** Leading articles dropped before a title ("a section chief of …"). */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the'])

/** Adverbs skipped between offices of a chain ("and concurrently director of …", "who is also …"). */
export const CHAIN_ADVERBS: ReadonlySet<string> = new Set(['concurrently', 'also', 'now', 'currently', 'new', 'newly-appointed', 'outgoing', 'incoming'])

/** Lower-case words that never continue a title's noun phrase: verbs, pronouns, conjunctions, time words. */
export const NP_STOP: ReadonlySet<string> = new Set([
  'who', 'whom', 'whose', 'which', 'that', 'this', 'these', 'those', 'and', 'or', 'but', 'as', 'with', 'at', 'by',
  'on', 'in', 'to', 'from', 'for', 'of', 'into', 'after', 'before', 'during', 'since', 'when', 'where', 'while',
  'said', 'says', 'say', 'met', 'meets', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'has', 'have', 'had',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'made', 'makes', 'make', 'sent',
  'sends', 'gave', 'gives', 'took', 'takes', 'told', 'tells', 'noted', 'stressed', 'spoke', 'speaks', 'did', 'does',
  'he', 'she', 'it', 'they', 'we', 'you', 'i', 'him', 'them', 'us', 'me', 'also', 'not', 'there', 'here', 'then',
  'today', 'yesterday', 'tomorrow', 'recently', 'together', 'other', 'others', 'all', 'both', 'each', 'some',
  'many', 'more', 'most', 'respected', 'dear', 'great', 'leader', 'comrade', 'visits', 'visited', 'leads', 'led',
])
