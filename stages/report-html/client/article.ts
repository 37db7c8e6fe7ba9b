import {TYPE_LABELS, shardOf} from '../shard.ts'
import type {ArticleData} from '../report.ts'
import {entityHref, h, hashId, replace, typeTag} from './dom.ts'
import {loadData, manifest} from './load.ts'

/** The article view: the text with every mention highlighted by type (and labelled in text), a legend, and the entities beside it. */
export async function showArticle(main: HTMLElement): Promise<void> {
  const id = hashId()
  replace(main, h('h1', {}, 'Article'), h('p', {class: 'status', role: 'status'}, 'Loading…'))
  const shard = await loadData<Record<string, ArticleData>>(`articles/${shardOf(id, manifest().articleShards)}`)
  const a = Object.hasOwn(shard, id) ? shard[id] : undefined
  if (!a) {
    replace(main, h('h1', {}, 'Article not found'), h('p', {}, `No article has the id “${id}”. `, h('a', {href: 'tables.html#articles'}, 'Browse the articles.')))
    return
  }
  document.title = `${a.h} · presswatch`
  const text = h('div', {class: 'text', id: 'article-text'})
  let at = 0
  const mentions = [...a.m].sort((x, y) => x[0] - y[0] || y[1] - x[1])
  for (const [start, end, label, value, entity] of mentions) {
    if (start < at) continue // nested or overlapping: the outer mention is shown, the list beside has them all
    text.append(a.t.slice(at, start))
    const surface = a.t.slice(start, end)
    const mark = h('mark', {class: `ent ${safeLabel(label)}`, title: `${TYPE_LABELS[label] ?? label}: ${value}`},
      entity ? h('a', {href: entityHref(entity)}, surface) : surface, h('span', {class: 'label'}, TYPE_LABELS[label] ?? label))
    text.append(mark)
    at = end
  }
  text.append(a.t.slice(at))
  const legend = h('p', {class: 'legend', 'aria-label': 'Legend'}, ...Object.keys(TYPE_LABELS).map((k) => typeTag(k, TYPE_LABELS)))
  const aside = h('aside', {'aria-label': 'Extracted entities'}, h('h2', {}, 'Extracted'))
  for (const label of Object.keys(TYPE_LABELS)) {
    const seen = new Map<string, [string, number]>()
    for (const [, , l, value, entity] of a.m) if (l === label) seen.set(value, [entity, (seen.get(value)?.[1] ?? 0) + 1])
    if (!seen.size) continue
    aside.append(h('h3', {}, typeTag(label, TYPE_LABELS), ` ${seen.size}`), h('ul', {}, ...[...seen].map(([value, [entity, n]]) =>
      h('li', {}, entity ? h('a', {href: entityHref(entity)}, value) : value, n > 1 ? ` ×${n}` : ''))))
  }
  if (a.ti.length) {
    const pairs = [...new Map(a.ti.map((t) => [`${t[0]}\u0000${t[1]}`, t])).values()]
    aside.append(h('h3', {}, 'Person – title'), h('ul', {}, ...pairs.map(([person, title, , , entity]) =>
      h('li', {}, entity ? h('a', {href: entityHref(entity)}, person) : person, ' — ', title))))
  }
  replace(main,
    h('h1', {}, a.h),
    h('p', {class: 'muted'}, [a.d, a.s, id].filter(Boolean).join(' · '), a.u ? ` · source: ${a.u}` : ''),
    legend,
    h('div', {class: 'article'}, h('section', {'aria-label': 'Article text'}, text), aside))
}

const safeLabel = (label: string): string => (/^[A-Z]+$/.test(label) ? label : 'OTHER')
