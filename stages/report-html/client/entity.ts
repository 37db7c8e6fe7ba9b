import {TYPE_LABELS, shardOf} from '../shard.ts'
import type {EntityDetail} from '../model.ts'
import {monthChart, titleTimeline} from './charts.ts'
import {articleHref, entityHref, h, hashId, replace, typeTag} from './dom.ts'
import {loadData, manifest} from './load.ts'

/** The entity view: aliases, mentions over time, titles over time, associated entities and keyword-in-context lines. */
export async function showEntity(main: HTMLElement): Promise<void> {
  const id = hashId()
  const {months, entityShards} = manifest()
  replace(main, h('h1', {}, 'Entity'), h('p', {class: 'status', role: 'status'}, 'Loading…'))
  const shard = await loadData<Record<string, EntityDetail>>(`entities/${shardOf(id, entityShards)}`)
  const e = Object.hasOwn(shard, id) ? shard[id] : undefined
  if (!e) {
    replace(main, h('h1', {}, 'Entity not found'), h('p', {}, `No entity has the id “${id}”. `, h('a', {href: 'tables.html#people'}, 'Browse the tables.')))
    return
  }
  document.title = `${e.name} · presswatch`
  const facts = h('dl', {class: 'facts'},
    h('dt', {}, 'Type'), h('dd', {}, typeTag(e.type, TYPE_LABELS)),
    h('dt', {}, 'Mentions'), h('dd', {}, e.mentions), h('dt', {}, 'Articles'), h('dd', {}, e.articles),
    h('dt', {}, 'First seen'), h('dd', {}, e.first || '–'), h('dt', {}, 'Last seen'), h('dd', {}, e.last || '–'),
    h('dt', {}, 'Aliases'), h('dd', {}, e.aliases.length ? e.aliases.join(' · ') : 'none'))
  const titles = e.titles.length
    ? [titleTimeline(months, e.titles), h('table', {},
        h('thead', {}, h('tr', {}, ...['Title', 'Mentions', 'First', 'Last'].map((c) => h('th', {scope: 'col'}, c)))),
        h('tbody', {}, ...e.titles.map(([t, n, a, b]) => h('tr', {}, h('td', {}, t), h('td', {class: 'n'}, n), h('td', {}, a), h('td', {}, b))))) ]
    : [h('p', {class: 'muted'}, 'No titles recorded.')]
  const related = e.related.length
    ? h('table', {},
        h('thead', {}, h('tr', {}, ...['Entity', 'Type', 'Sentences together', 'NPMI'].map((c) => h('th', {scope: 'col'}, c)))),
        h('tbody', {}, ...e.related.map(([rid, name, type, count, npmi]) =>
          h('tr', {}, h('td', {}, h('a', {href: entityHref(rid)}, name)), h('td', {}, typeTag(type, TYPE_LABELS)), h('td', {class: 'n'}, count), h('td', {class: 'n'}, npmi.toFixed(3))))))
    : h('p', {class: 'muted'}, 'No co-occurring entities.')
  const kwic = h('table', {class: 'kwic'},
    h('thead', {}, h('tr', {}, ...['Date', 'Before', 'Mention', 'After'].map((c) => h('th', {scope: 'col'}, c)))),
    h('tbody', {}, ...e.kwic.map(([aid, date, l, m, r]) =>
      h('tr', {}, h('td', {}, h('a', {href: articleHref(aid), title: `Article ${aid}`}, date || aid)), h('td', {class: 'l'}, l), h('td', {class: 'm'}, m), h('td', {class: 'r'}, r)))))
  replace(main,
    h('h1', {}, e.name, ' ', typeTag(e.type, TYPE_LABELS)), facts,
    h('h2', {}, 'Mentions over time'), monthChart(months, e.months, `Bar chart of mentions of ${e.name} per month`),
    h('h2', {}, 'Titles over time'), ...titles,
    h('h2', {}, 'Appears most with (by NPMI)'), related,
    h('h2', {}, `In context (latest ${e.kwic.length} of ${e.mentions} mentions)`), kwic)
}
