/** Corpus stage `timeline`: who held which title when, title changes, and renamed offices with their periods. */
export {findTitleFacts, mergeTitleTallies, mostUsed, tallyTitles, type TimelineTally, type TitleFact, type TitleRecord} from './find.ts'
export {isInPeriod, normaliseTitle, officeOf} from './normalize.ts'
export {toTimelineRows, toTitleChanges, type NameOf, type TimelineRow, type TitleChangeRow} from './rows.ts'
export {OFFICE_NAMES, type OfficeName} from './lexicon.ts'
