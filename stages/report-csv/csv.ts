import {stringify} from 'csv-stringify/sync'
import type {Row} from './tables.ts'

const FORMULA_START_RE = /^[=+\-@\t\r]/

/**
 * Serialise rows as CSV with a header. Text cells a spreadsheet would run as a formula (starting with
 * = + - @, a tab or a carriage return) get a leading apostrophe; numbers stay numbers (a negative PMI is data). Pure.
 * @example toCsv([{name: '=cmd()', n: -1}], ['name', 'n']) // "name,n\n'=cmd(),-1\n"
 */
export function toCsv(rows: readonly Row[], columns: readonly string[]): string {
  return stringify(rows as Row[], {header: true, columns: [...columns], cast: {string: neutralise, number: String}})
}

/** Defang a text cell that a spreadsheet would evaluate. */
export function neutralise(value: string): string {
  return FORMULA_START_RE.test(value) ? `'${value}` : value
}
