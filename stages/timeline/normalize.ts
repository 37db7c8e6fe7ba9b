import {OFFICE_NAMES, TITLE_EXPANSIONS, TITLE_PHRASES, type OfficeName} from './lexicon.ts'

const DIACRITIC_RE = /[\u0300-\u036f]/g
const QUOTE_RE = /[’‘`´]/g
const SPACE_RE = /\s+/g
const VICE_RE = /\bvice[\s\u2010-\u2014-]+/g
const EDGE_RE = /^(?:the|a|an)\s+|[\s.,;:]+$/g
const OF_THE_RE = /\bof the\b/g
// The state's own name closing a title adds nothing: KCNA's offices are the DPRK's unless said otherwise.
const OWN_STATE_RE = / of (?:the )?(?:dprk|democratic people's republic of korea)$/
const BODIES = [...new Set([...TITLE_EXPANSIONS.values()])].filter((b) => b.includes(' ')).sort((a, b) => b.length - a.length)

/**
 * The key under which one office written several ways is one row: lower case, acronyms expanded (WPK → workers'
 * party of korea), "vice chairman" = "vice-chairman", "WPK first secretary" = "first secretary of the WPK",
 * "of the" = "of", and a closing "of the DPRK" dropped. Pure.
 * @example normaliseTitle('WPK First Secretary') // "first secretary of workers' party of korea"
 */
export function normaliseTitle(title: string): string {
  let t = title.normalize('NFKD').replace(DIACRITIC_RE, '').replace(QUOTE_RE, "'").toLowerCase().replace(SPACE_RE, ' ').trim()
  t = t.replace(EDGE_RE, '').replace(VICE_RE, 'vice-').replace(/\bdefense\b/g, 'defence')
  t = t.split(' ').map((w) => TITLE_EXPANSIONS.get(w.replace(/,$/, '')) ?? w).join(' ')
  for (const [from, to] of TITLE_PHRASES) if (t.includes(from)) t = t.split(from).join(to)
  for (const body of BODIES) {
    if (t.startsWith(body + ' ') && !t.slice(body.length).includes(' of ')) {
      t = `${t.slice(body.length + 1)} of ${body}`
      break
    }
  }
  return t.replace(OF_THE_RE, 'of').replace(SPACE_RE, ' ').trim().replace(OWN_STATE_RE, '')
}

const BY_KEY: ReadonlyMap<string, readonly OfficeName[]> = OFFICE_NAMES.reduce((map, n) => {
  const key = normaliseTitle(n.name)
  map.set(key, [...(map.get(key) ?? []), n])
  return map
}, new Map<string, OfficeName[]>())

/**
 * The renamed office a title key names, with the name's period that holds on `date` (or the nearest period when
 * none holds: the title is then used outside its period, e.g. retrospectively). Undefined for offices not in
 * `data/lexicons/offices.json`. Pure.
 * @example officeOf('premier', '2021-01-01') // {office: 'premier', name: 'premier', from: '1998-09-05', to: '', …}
 */
export function officeOf(key: string, date: string): OfficeName | undefined {
  const names = BY_KEY.get(key)
  if (!names) return undefined
  const holding = names.find((n) => isInPeriod(n, date))
  if (holding || !date) return holding ?? names[0]
  return [...names].sort((a, b) => distance(a, date) - distance(b, date) || (a.from < b.from ? -1 : 1))[0]
}

/** Whether `date` falls in the period of an office name. @example isInPeriod(officeOf('premier', '2021-01-01')!, '2021-01-01') // true */
export function isInPeriod(n: OfficeName, date: string): boolean {
  return date !== '' && date >= n.from && (n.to === '' || date < n.to)
}

// --- internal ---

function distance(n: OfficeName, date: string): number {
  const d = Date.parse(date)
  if (Number.isNaN(d)) return Infinity
  if (date < n.from) return Date.parse(n.from) - d
  return n.to ? d - Date.parse(n.to) : 0
}
