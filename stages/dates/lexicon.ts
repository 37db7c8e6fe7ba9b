import DATES from '../../data/lexicons/dates.json' with {type: 'json'}

/** Month names and abbreviations (lower case, no period) → month number 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map(Object.entries(DATES.months))
/** Month words that are also common English words or abbreviations ("may", "march"): need a day, a year or a cue. */
export const MONTHS_NEEDING_CONTEXT: ReadonlySet<string> = new Set(DATES.monthsNeedingContext)
/** Full month names as short as an abbreviation (four letters or fewer): a period after one is no abbreviation's. */
export const FULL_SHORT_MONTHS: ReadonlySet<string> = new Set(['may', 'june', 'july'])
/** Weekday names and abbreviations → 0 = Sunday … 6 = Saturday. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(Object.entries(DATES.weekdays))
/** Small number words ("two years ago"); -1 = a vague quantity ("several"), which names no date. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(Object.entries(DATES.numberWords))
/** Words before a bare month name that make it a date ("in March", "last June"). */
export const MONTH_CONTEXT_BEFORE: ReadonlySet<string> = new Set(DATES.monthContextBefore)
/** Capitalised words that may stand before a year ("In 2021"); any other capitalised word makes a name ("Unit 1224"). */
export const YEAR_CONTEXT_BEFORE: ReadonlySet<string> = new Set(DATES.yearContextBefore)
/** Words before a four-digit number that make it a count, code or quantity, not a year. */
export const NOT_YEAR_BEFORE: ReadonlySet<string> = new Set(DATES.notYearBefore)
/** Words after a four-digit number that make it a quantity ("2000 tons"), not a year. */
export const NOT_YEAR_AFTER: ReadonlySet<string> = new Set(DATES.notYearAfter)
/** Function words that may follow "the July 4": any other word makes the date part of a name ("the July 4 Joint Statement"). */
export const ATTRIBUTIVE_OK: ReadonlySet<string> = new Set(DATES.attributiveOk)
/** Words before "the 9th" that make the ordinal a day of the month. */
export const ORDINAL_DAY_BEFORE: ReadonlySet<string> = new Set(DATES.ordinalDayBefore)
/** Words in the few tokens before a relative date that point it to the future. */
export const FUTURE_CUES: ReadonlySet<string> = new Set(DATES.futureCues)
/** Words before "today" that make it mean "nowadays" ("as today", "even today"). */
export const NOWADAYS_BEFORE: ReadonlySet<string> = new Set(DATES.nowadaysBefore)
/** Words after "today" that make it mean "nowadays" ("today when", "today's world"). */
export const NOWADAYS_AFTER: ReadonlySet<string> = new Set(DATES.nowadaysAfter)
/** Parts of a day after "this"/"last" ("this morning", "last night"). */
export const DAY_PARTS: ReadonlySet<string> = new Set(DATES.dayParts)

/** Juche year N is Gregorian N + 1911 (Juche 1 = 1912, Kim Il Sung's birth year). */
export const JUCHE_OFFSET = 1911

/** Words right before a weekday that point it to the future ("until Tuesday", "by Friday"). */
export const WEEKDAY_FUTURE_BEFORE: ReadonlySet<string> = new Set(DATES.weekdayFutureBefore)

/** Words after a yearless "June 15" that make it the name of a thing ("October 4 declaration", "Dec. 15 medals"). */
export const NAMED_DATE_NOUNS: ReadonlySet<string> = new Set(DATES.namedDateNouns)
