import {stringify} from 'csv-stringify/sync'
import type {Row} from './tables.ts'

const FORMULA_START_RE = /^[=+\-@\t\r]/
/** Cells that need quotes: a delimiter, a quote or a line break. */
const NEEDS_QUOTES_RE = /[",\n\r]/
const QUOTE_RE = /"/g
/** Column names csv-stringify would read as a path (`a.b`, `a[0]`): left to csv-stringify. */
const PATH_RE = /[.[\]]/

/**
 * Serialise rows as CSV with a header. Text cells a spreadsheet would run as a formula (starting with
 * = + - @, a tab or a carriage return) get a leading apostrophe; numbers stay numbers (a negative PMI is data). Pure.
 * Strings and numbers are written by a small writer that gives csv-stringify's bytes (RFC 4180 quoting, `\n` after
 * every record, header included) without its per-cell overhead; any other cell type goes through csv-stringify.
 * @example toCsv([{name: '=cmd()', n: -1}], ['name', 'n']) // "name,n\n'=cmd(),-1\n"
 */
export function toCsv(rows: readonly Row[], columns: readonly string[]): string {
  return [...csvChunks(rows, columns)].join('')
}

/**
 * `toCsv` in chunks of about 64 kB, reading `rows` as it goes: a table of a million rows is written without its
 * rows or its text ever being whole in memory. The chunks joined are `toCsv`'s text. A row with a cell of another
 * type than string or number is written by csv-stringify, alone, so its bytes are the library's.
 * @example [...csvChunks([{name: '=cmd()', n: -1}], ['name', 'n'])].join('') // "name,n\n'=cmd(),-1\n"
 */
export function* csvChunks(rows: Iterable<Row>, columns: readonly string[]): Generator<string> {
  if (columns.some((c) => PATH_RE.test(c))) {
    yield viaLibrary([...rows], columns)
    return
  }
  let chunk = columns.map((c) => cell(c)!).join(',') + '\n'
  for (const row of rows) {
    let line = ''
    for (let i = 0; i < columns.length; i++) {
      const text = cell(row[columns[i]!])
      if (text === undefined) {
        line = viaLibrary([row], columns, false).slice(0, -1)
        break
      }
      line += i ? ',' + text : text
    }
    chunk += line + '\n'
    // Yield in slices so a long table does not become one deep rope.
    if (chunk.length > 65536) {
      yield chunk
      chunk = ''
    }
  }
  if (chunk) yield chunk
}

/** Defang a text cell that a spreadsheet would evaluate. @example neutralise('=SUM(A1)') // "'=SUM(A1)" */
export function neutralise(value: string): string {
  return FORMULA_START_RE.test(value) ? `'${value}` : value
}

// --- internal ---

/** One cell's CSV text, or undefined for a type only csv-stringify knows how to cast. */
function cell(value: unknown): string | undefined {
  // A number's text never needs quotes nor neutralising (a leading '-' is data).
  if (typeof value === 'number') return String(value)
  if (typeof value !== 'string') return value === undefined || value === null ? '' : undefined
  const c = value.charCodeAt(0)
  // = + - @ tab CR: the first characters FORMULA_START_RE defangs.
  const text = c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13 ? `'${value}` : value
  return NEEDS_QUOTES_RE.test(text) ? `"${text.replace(QUOTE_RE, '""')}"` : text
}

function viaLibrary(rows: readonly Row[], columns: readonly string[], header = true): string {
  return stringify(rows as Row[], {header, columns: [...columns], cast: {string: neutralise, number: String}})
}
