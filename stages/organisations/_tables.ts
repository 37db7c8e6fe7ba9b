import type {Doc, Token} from '../../pipeline/doc.ts'
import {isCap} from '../tokenise/shared.ts'
import type {Candidate} from './_scan.ts'
import {placeAt, surface} from './_tokens.ts'

/** Sports whose results and standings list clubs (not players, not countries' athletes). */
const TEAM_SPORTS_RE = /^(?:SOCCER|FOOTBALL|CRICKET|BASEBALL|BASKETBALL|RUGBY(?: UNION| LEAGUE)?|(?:ICE )?HOCKEY|NHL|NBA|NFL|AMERICAN FOOTBALL|VOLLEYBALL|HANDBALL|AUSTRALIAN RULES)\s*-/
const NAME_LINK: ReadonlySet<string> = new Set(["'s", 'of', '&'])
/** Words between two clubs in a match report: "Leicestershire beat Somerset", "Ajax drew with PSV". */
const MATCH_VERBS: ReadonlySet<string> = new Set(['beat', 'beats', 'defeated', 'thrashed', 'edged', 'routed', 'hammered', 'crushed',
  'overcame', 'outclassed', 'stunned', 'upset', 'edged', 'downed', 'v', 'vs', 'drew', 'lost', 'against'])
const VERB_TAIL: ReadonlySet<string> = new Set(['with', 'to'])
/** Words that open table lines without being clubs. */
const NOT_TEAMS: ReadonlySet<string> = new Set(['halftime', 'half-time', 'attendance', 'scorers', 'result', 'results', 'standings',
  'division', 'group', 'pool', 'round', 'week', 'played', 'euro', 'the', 'total', 'extras', 'fall', 'bowling', 'score', 'scores',
  'innings', 'close', 'points', 'note', 'leading', 'final', 'semifinal', 'semifinals', 'quarterfinal', 'quarterfinals',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'at', 'in', 'on', 'and', 'but', 'with'])
const YEAR_RE = /^(?:19|20)\d\d$/
const MAX_TEAM_WORDS = 4

/**
 * Club names in a team-sport wire story: the names that open result and standings lines ("Aberdeen 3 Celtic 1",
 * "Stoke 4 3 1 0 7 4 10", "KANSAS CITY AT DETROIT"), then every other place the story names the same club.
 * Countries are left out (a national side is its country). Pure.
 */
export function findTableTeams(doc: Doc, found: readonly Candidate[]): Candidate[] {
  const {tokens} = doc
  if (!TEAM_SPORTS_RE.test(doc.text.slice(Number(doc.meta.bodyStart ?? 0), Number(doc.meta.bodyStart ?? 0) + 40).trimStart()) &&
    !TEAM_SPORTS_RE.test(doc.text.trimStart())) return []
  const covered = new Array<number>(tokens.length).fill(0)
  for (const c of found) covered.fill(1, c.start, c.end)
  const persons = new Array<number>(tokens.length).fill(0)
  for (const m of doc.mentions) if (m.label === 'PERSON') persons.fill(1, m.start, m.end)
  const teams = new Set<string>()
  let first = true
  for (const [start, end] of lines(tokens)) {
    if (first) { first = false; continue } // the headline: "SOCCER - ROMANIA BEAT LITHUANIA"
    let i = start
    for (let guard = 0; guard < 4 && i < end; guard++) {
      const name = teamAt(tokens, i, end)
      if (name < 0) break
      let k = name
      if (tokens[k]?.text === '(' && tokens[k + 2]?.text === ')') k += 3 // "Benetton ( Italy ) 92"
      const numbers = countNumbers(tokens, k, end)
      if (YEAR_RE.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === '-') break // a dateline: "LONDON 1996-08-30"
      const at = tokens[k]?.text === 'AT' || tokens[k]?.norm === 'v' || tokens[k]?.norm === 'vs'
      if (numbers === 0 && !(at && guard === 0)) break
      if (!persons[i] && placeAt(tokens, i, name) !== name) teams.add(keyOf(tokens, i, name))
      i = at ? k + 1 : k + numbers
    }
  }
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!MATCH_VERBS.has(tokens[i]!.norm) || !isCap(tokens[i - 1])) continue
    let before = i - 1
    while (before > 0 && isCap(tokens[before - 1]) && i - before < MAX_TEAM_WORDS && !tokens[before]!.nl) before--
    const k = VERB_TAIL.has(tokens[i + 1]!.norm) ? i + 2 : i + 1
    const after = teamAt(tokens, k, tokens.length)
    if (after < 0 || (tokens[i]!.norm === 'lost' && k === i + 1) || (tokens[i]!.norm === 'drew' && k === i + 1)) continue
    for (const [s, e] of [[before, i], [k, after]] as const) {
      if (!persons[s] && placeAt(tokens, s, e) !== e && !NOT_TEAMS.has(tokens[s]!.norm)) teams.add(keyOf(tokens, s, e))
    }
  }
  if (teams.size === 0) return []
  const out: Candidate[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !isCap(tokens[i]) || (i > 0 && isCap(tokens[i - 1]) && !tokens[i]!.nl)) continue
    for (let n = MAX_TEAM_WORDS; n >= 1; n--) {
      if (i + n > tokens.length || isCap(tokens[i + n]) || !teams.has(keyOf(tokens, i, i + n))) continue
      out.push({start: i, end: i + n, rule: 'organisations:sports-table'})
      i += n - 1
      break
    }
  }
  return out
}

// --- internal ---

function* lines(tokens: readonly Token[]): Generator<[number, number]> {
  let start = 0
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i]!.nl) {
      yield [start, i]
      start = i
    }
  }
}

/** End of a club name of capitalised words at `i` ("Queen 's Park", "St Johnstone"), or -1. */
function teamAt(tokens: readonly Token[], i: number, end: number): number {
  const first = tokens[i]
  if (!first || !isCap(first) || /^\p{Lu}\.$/u.test(first.text) || NOT_TEAMS.has(first.norm)) return -1
  let e = i + 1
  let words = 1
  while (e < end && words < MAX_TEAM_WORDS) {
    const t = tokens[e]!
    if (isCap(t) && t.text !== 'AT') { e++; words++; continue }
    if (NAME_LINK.has(t.norm) && isCap(tokens[e + 1]) && e + 1 < end) { e++; continue }
    break
  }
  return e
}

function countNumbers(tokens: readonly Token[], k: number, end: number): number {
  let n = 0
  while (k + n < end && (tokens[k + n]!.kind === 'number' || tokens[k + n]!.text === '.' && tokens[k + n + 1]?.kind === 'number')) n++
  return n
}

function keyOf(tokens: readonly Token[], start: number, end: number): string {
  let key = ''
  for (let k = start; k < end; k++) key += (k > start ? ' ' : '') + surface(tokens[k]!)
  return key
}
