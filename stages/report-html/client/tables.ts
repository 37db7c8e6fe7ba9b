import {articleHref, entityHref, h, replace, type Child} from './dom.ts'
import {loadData, manifest} from './load.ts'

interface TableData {
  readonly columns: readonly string[]
  readonly rows: readonly (readonly (string | number)[])[]
}

const PAGE_SIZE = 50
const HIDDEN = new Set(['id', 'person_id', 'file'])

/** The tables page: one report table at a time (from the fragment), sortable, filterable by text and date range, paginated. */
export async function showTables(main: HTMLElement): Promise<void> {
  const tables = manifest().tables
  const key = tables.some(([k]) => k === location.hash.slice(1)) ? location.hash.slice(1) : (tables[0]?.[0] ?? 'people')
  const label = tables.find(([k]) => k === key)?.[1] ?? key
  const tabs = h('nav', {class: 'tabs', 'aria-label': 'Tables'}, ...tables.map(([k, l]) => h('a', {href: `#${k}`, 'aria-current': k === key ? 'page' : undefined}, l)))
  const status = h('p', {class: 'status', role: 'status', 'aria-live': 'polite'}, 'Loading…')
  replace(main, h('h1', {}, label), tabs, status)
  const data = await loadData<TableData>(`table/${key}`)
  const state = {text: '', from: '', to: '', sort: -1, desc: false, page: 0}
  const text = h('input', {type: 'search', id: 'filter-text', placeholder: 'name, title, …'})
  const from = h('input', {type: 'date', id: 'filter-from'})
  const to = h('input', {type: 'date', id: 'filter-to'})
  const controls = h('form', {class: 'controls', role: 'search', 'aria-label': `Filter ${label}`},
    h('label', {for: 'filter-text'}, 'Contains', text), h('label', {for: 'filter-from'}, 'Seen from', from), h('label', {for: 'filter-to'}, 'Seen to', to))
  controls.addEventListener('submit', (e) => e.preventDefault())
  const table = h('table', {id: 'data-table'})
  const prev = h('button', {type: 'button'}, '← Previous')
  const next = h('button', {type: 'button'}, 'Next →')
  const pageInfo = h('span', {})
  main.append(controls, table, h('div', {class: 'pager'}, prev, pageInfo, next))
  const col = (name: string): number => data.columns.indexOf(name)
  const shown = data.columns.map((c, i) => [c, i] as const).filter(([c]) => !HIDDEN.has(c) || (c === 'id' && col('name') < 0 && col('title') < 0))
  const [dateA, dateB] = col('first_seen') >= 0 ? [col('first_seen'), col('last_seen')] : [col('date'), col('date')]
  const render = (): void => {
    const needle = state.text.toLowerCase()
    let rows = data.rows.filter((r) => {
      if (needle && !r.some((c) => String(c).toLowerCase().includes(needle))) return false
      if (state.from && dateB >= 0 && String(r[dateB] ?? '') < state.from) return false
      if (state.to && dateA >= 0 && (!r[dateA] || String(r[dateA]) > `${state.to}~`)) return false
      return true
    })
    if (state.sort >= 0) {
      const i = state.sort
      const sign = state.desc ? -1 : 1
      rows = [...rows].sort((a, b) => sign * (typeof a[i] === 'number' && typeof b[i] === 'number' ? (a[i] as number) - (b[i] as number) : String(a[i]).localeCompare(String(b[i]))))
    }
    const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE))
    state.page = Math.min(state.page, pages - 1)
    const head = h('tr', {}, ...shown.map(([c, i]) => {
      const button = h('button', {type: 'button'}, c.replace(/_/g, ' '), state.sort === i ? (state.desc ? ' ▼' : ' ▲') : '')
      button.addEventListener('click', () => {
        state.desc = state.sort === i ? !state.desc : typeof data.rows[0]?.[i] === 'number'
        state.sort = i
        render()
      })
      return h('th', {scope: 'col', 'aria-sort': state.sort === i ? (state.desc ? 'descending' : 'ascending') : undefined}, button)
    }))
    const body = h('tbody', {}, ...rows.slice(state.page * PAGE_SIZE, (state.page + 1) * PAGE_SIZE).map((r) =>
      h('tr', {}, ...shown.map(([c, i]) => h('td', {class: typeof r[i] === 'number' ? 'n' : undefined}, cell(key, c, r, col))))))
    replace(table, h('caption', {class: 'muted'}, `${label}: ${rows.length} of ${data.rows.length} rows`), h('thead', {}, head), body)
    replace(pageInfo, `Page ${state.page + 1} of ${pages}`)
    prev.disabled = state.page === 0
    next.disabled = state.page >= pages - 1
    replace(status, `${rows.length} rows match`)
  }
  const onFilter = (): void => {
    Object.assign(state, {text: text.value, from: from.value, to: to.value, page: 0})
    render()
  }
  for (const input of [text, from, to]) input.addEventListener('input', onFilter)
  prev.addEventListener('click', () => ((state.page = Math.max(0, state.page - 1)), render()))
  next.addEventListener('click', () => ((state.page += 1), render()))
  render()
}

// --- internal ---

function cell(key: string, column: string, row: readonly (string | number)[], col: (name: string) => number): Child {
  const value = String(row[col(column)] ?? '')
  if ((key === 'people' || key === 'organisations') && column === 'name') return h('a', {href: entityHref(String(row[col('id')]))}, value)
  if (key === 'titles' && column === 'person' && col('person_id') >= 0) return h('a', {href: entityHref(String(row[col('person_id')]))}, value)
  if (key === 'articles' && column === 'title') return h('a', {href: articleHref(String(row[col('id')]))}, value || String(row[col('id')]))
  return value
}
