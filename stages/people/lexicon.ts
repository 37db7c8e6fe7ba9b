/** Word lists of the `people` stage, built once from the JSON lexicons in `data/lexicons/`. */
import PEOPLE_JSON from '../../data/lexicons/people.json' with {type: 'json'}
import SURNAMES_JSON from '../../data/lexicons/korean-surnames.json' with {type: 'json'}
import SYLLABLES_JSON from '../../data/lexicons/korean-syllables.json' with {type: 'json'}
import TITLE_WORDS_JSON from '../../data/lexicons/title-words.json' with {type: 'json'}
import PLACES_JSON from '../../data/lexicons/organisations-places.json' with {type: 'json'}
import {indexByFirst} from '../tokenise/shared.ts'

const lower = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => w.toLowerCase()))

/** Korean surnames (lower-case), DPRK and Western spellings. */
export const KOREAN_SURNAMES = lower(SURNAMES_JSON.surnames)
/** Romanised syllables that make Korean given names (lower-case). */
export const KOREAN_SYLLABLES = lower(SYLLABLES_JSON.syllables)
/** Common given names (lower-case). */
export const FIRST_NAMES = lower(PEOPLE_JSON.firstNames)
/** Common Chinese surnames in pinyin (lower-case). */
export const CHINESE_SURNAMES = lower(PEOPLE_JSON.chineseSurnames)
/** Words that mark a following capitalised name as a person and are not part of it (lower-case). */
export const TITLES_BEFORE = lower(PEOPLE_JSON.titlesBefore)
/** Titles that alone make the capitalised word after them a person ("President Bush", "coach Hoddle"). */
export const TITLES_STRONG = lower(PEOPLE_JSON.titlesStrong)
/** Countries and regions of one word (lower-case), from the organisations stage's places: "of Britain Andy Brooks". */
export const COUNTRY_WORDS = lower([...PLACES_JSON.countries, ...PLACES_JSON.regions].filter((p) => !/\s/.test(p)))
/** Office nouns (the `titles` stage's heads): the capitalised words after "minister of" name a body, not a person. */
export const OFFICE_HEADS = lower(TITLE_WORDS_JSON.heads)
/** Words before an office noun inside an office (the `titles` stage's modifiers): "military attache", "first secretary". */
export const OFFICE_MODIFIERS = lower(TITLE_WORDS_JSON.modifiers)
/** Office nouns and their modifiers: "Chief Executive", "Vice Chairman" are words of an office, not of a name. */
export const OFFICE_WORDS: ReadonlySet<string> = new Set([...OFFICE_HEADS, ...OFFICE_MODIFIERS])
/** Words that turn a preceding name into the name of a place, body or thing (lower-case). */
export const NON_PERSON_HEADS = lower(PEOPLE_JSON.nonPersonHeads)
/** Nouns that, as the head of "Name, a/an … noun", say the name is a thing ("an Internet paper"). */
export const APPOSITION_THINGS = lower(PEOPLE_JSON.appositionThings)

/** Split a lexicon name into the lower-case parts used for matching: words, hyphenated parts apart. */
export const nameParts = (name: string): string[] => name.toLowerCase().split(/[\s\-‐‑]+/).filter((w) => w && w !== '.')

/** Known people by first part: each entry is the parts of a full name, longest first. */
export const KNOWN_PEOPLE: ReadonlyMap<string, readonly (readonly string[])[]> = indexByFirst(PEOPLE_JSON.knownPeople.map((name) => nameParts(name)))
/** Capitalised sequences that look like names but are not people, by first part. */
export const NOT_PEOPLE: ReadonlyMap<string, readonly (readonly string[])[]> = indexByFirst(PEOPLE_JSON.notPeople.map((name) => nameParts(name)))

// Words that are capitalised at a sentence start or in headlines but never begin a name.
export const NEVER_NAMES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our',
  'in', 'on', 'at', 'for', 'by', 'with', 'from', 'to', 'of', 'and', 'or', 'but', 'as', 'after', 'before', 'when', 'while', 'if',
  'there', 'here', 'then', 'also', 'meanwhile', 'however', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'juche', 'mt', 'god', 'christmas', 'easter', 'north', 'south', 'east', 'west', 'new', 'all', 'no', 'not', 'what', 'who',
  'why', 'how', 'where', 'which', 'its', 'my', 'your', 'one', 'two', 'three', 'first', 'second', 'third', 'last', 'next', 'both',
  'der', 'die', 'das', 'el', 'il', 'los', 'las', 'les', 'only', 'more', 'most', 'some', 'many', 'any', 'every', 'each',
])

/** Verbs that follow a person: "…, said Ann Lee", "Ann Lee said". */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'added', 'stressed', 'noted', 'declared', 'stated', 'urged', 'warned', 'explained', 'asked',
  'wrote', 'announced', 'insisted', 'admitted', 'argued', 'claimed', 'quoted', 'replied', 'recalled',
])

/** Lower-case words that, after "Name ,", say that Name is a person ("Ann Lee, chairman of …"). */
export const APPOSITION_HEADS: ReadonlySet<string> = new Set([
  'chairman', 'chairwoman', 'president', 'vice-president', 'secretary', 'member', 'members', 'director', 'head', 'leader',
  'minister', 'ambassador', 'spokesman', 'spokeswoman', 'premier', 'vice-premier', 'vice-chairman', 'deputy', 'chief',
  'general', 'editor', 'professor', 'researcher', 'correspondent', 'manager', 'coach', 'captain', 'secretary-general',
  'son', 'daughter', 'wife', 'husband', 'father', 'mother', 'brother', 'sister', 'who', 'aged', 'first', 'former', 'senior',
  'honorary', 'representative', 'envoy', 'founder', 'owner', 'governor', 'mayor', 'commander', 'officer', 'lecturer',
  'teacher', 'writer', 'author', 'chef', 'executive', 'vice', 'acting', 'an', 'a',
])

// Verbs of title-case headlines ("Kim Jong Un Visits Pyongyang General Hospital"): the name ends before them.
export const HEADLINE_VERBS: ReadonlySet<string> = new Set([
  'visits', 'visited', 'inspects', 'inspected', 'sends', 'sent', 'receives', 'received', 'gives', 'gave', 'provides', 'meets',
  'met', 'greets', 'congratulates', 'attends', 'calls', 'guides', 'tours', 'watches', 'enjoys', 'appreciates', 'makes',
  'has', 'is', 'was', 'will', 'says', 'said', 'speaks', 'hails', 'praised', 'praises', 'thanks', 'leaves', 'arrives',
  'blasts', 'supports', 'denounces', 'accepted', 'accepts', 'criticizes', 'criticises', 'learns', 'accuses', 'feted', 'greeted',
  'refers', 'urged', 'urges', 'condemns', 'slams', 'assails', 'lauds', 'hosts', 'pays', 'lays', 'presents', 'stresses',
  'welcomes', 'expresses', 'conveys', 'rejects', 'exposes', 'honours', 'honors',
])
