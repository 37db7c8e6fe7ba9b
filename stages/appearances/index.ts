/** Corpus stage `appearances`: who took part in which event when (event date from the text), last appearances and absences. */
export {daysBetween, findAppearances, mergeAppearanceTallies, tallyAppearances, type Appearance, type AppearanceTally, type PersonAppearances} from './find.ts'
export {ABSENCE_DEFAULTS, toAbsenceRows, toAppearanceRow, toAppearanceSummary, type AbsenceOptions, type AbsenceRow, type AppearanceRow, type AppearanceSummaryRow} from './rows.ts'
export {COMPANION_RE, EVENT_VERBS} from './lexicon.ts'
