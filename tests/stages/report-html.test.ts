import {describe, expect, it} from 'vitest'
import {buildReports, reportFiles} from '../../pipeline/reports.ts'
import {CSP, escapeHtml, findEntityDetails, HTML_REPORT_DEFAULTS, htmlReportFiles, monthsOf, shardOf, toDataScript, toHtmlRecord, toHtmlReport, type HtmlRecord} from '../../stages/report-html/index.ts'
import {article, parseCsv, record} from '../helpers.ts'
import {loadReportAssets} from '../../pipeline/assets.ts'
import {smallCorpus} from '../browser/_report.ts'

const INFO = {generatedAt: '2002-12-15', inputs: ['test'], stages: ['test']}
const records = smallCorpus()
const html = (): Map<string, string | Uint8Array> => buildReports(records, [], INFO)
const text = (files: Map<string, string | Uint8Array>, name: string): string => String(files.get(name) ?? '')

describe('report-html', () => {
  it('exports only its public API', async () => {
    expect(Object.keys(await import('../../stages/report-html/index.ts')).sort()).toEqual([
      'CSP', 'HTML_RECORD_FIELDS', 'HTML_REPORT_DEFAULTS', 'NETWORK_DEFAULTS', 'TABLES', 'escapeHtml', 'findEntityDetails', 'findNetwork', 'htmlReportFiles', 'monthsOf',
      'shardOf', 'toArticleData', 'toDataScript', 'toHtmlRecord', 'toHtmlReport', 'toScriptJson',
    ])
  })

  it('needs of a record only what toHtmlRecord keeps: the report of the kept fields is the report of the records', () => {
    // Every field the page can show: some records with a url, a source and titles.
    const full = records.map((x, i) => (i % 3 === 0 ? {...x, url: `https://example.org/${i}`, source: 'Test Agency', file: 'in.jsonl'} : x))
    expect(full.some((x) => x.titles.length > 0 && x.headline && x.published)).toBe(true)
    const kept = full.map(toHtmlRecord)
    expect(kept.every((x) => !('sentences' in x) && !('bodyStart' in x) && x.mentions.every((m) => !('text' in m) && !('rule' in m)))).toBe(true)
    expect(kept.map((x) => x.mentions.length)).toEqual(full.map((x) => x.mentions.length))
    const set = reportFiles(full, [], INFO, {}, false)
    for (const _ of set.files);
    const made = (input: readonly HtmlRecord[]) => toHtmlReport({records: input, tables: set.htmlTables, assets: loadReportAssets()}, INFO, {...HTML_REPORT_DEFAULTS, articleShardBytes: 2000})
    const whole = made(full)
    const slim = made(kept)
    expect([...slim.keys()]).toEqual([...whole.keys()])
    for (const [name, content] of whole) expect(slim.get(name), name).toBe(content)
    expect([...whole.keys()].filter((k) => k.startsWith('data/entities/')).length).toBeGreaterThan(0)
  })

  it('is pure: the same input gives byte-identical files, and the input is not changed', () => {
    const frozen = structuredClone(records)
    const a = html()
    const b = html()
    expect([...a.keys()]).toEqual([...b.keys()])
    for (const [name, content] of a) expect(content, name).toEqual(b.get(name))
    expect(records).toEqual(frozen)
  })

  it('writes the pages, their assets and sharded data scripts', () => {
    const files = toHtmlReport({records, tables: {}, assets: loadReportAssets()}, INFO, {articleShardBytes: 2000, entityShardBytes: 2000, network: {maxNodes: 10, defaultNodes: 5, edgesPerNode: 3, maxEdges: 20, iterations: 10}})
    for (const page of ['index.html', 'tables.html', 'entity.html', 'article.html', 'network.html', 'assets/app.js', 'assets/cytoscape.min.js', 'assets/style.css', 'data/manifest.js']) {
      expect(files.has(page), page).toBe(true)
    }
    const shards = [...files.keys()].filter((k) => k.startsWith('data/articles/'))
    expect(shards.length).toBeGreaterThan(3)
  })

  it('article shards hold what JSON.stringify gives their object, whatever the ids: index-like, repeated, __proto__', () => {
    const base = records.slice(0, 4)
    const odd = [{...base[0]!, id: 'b'}, {...base[1]!, id: '__proto__'}, {...base[2]!, id: '7'}, {...base[3]!, id: 'b'}, {...base[0]!, id: '2'}]
    const files = toHtmlReport({records: odd, tables: {}, assets: loadReportAssets()}, INFO)
    const self: {__pw?: Record<string, Record<string, {h: string}>>} = {}
    new Function('self', String(files.get('data/articles/0.js')))(self)
    const shard = self.__pw!['articles/0']!
    // Index-like ids first in index order, then the others in order, a repeated id where it came first, with its last record.
    expect(Object.keys(shard)).toEqual(['2', '7', 'b', '__proto__'])
    expect(shard.b!.h).toBe(base[3]!.headline ?? 'b')
    expect(Object.hasOwn(shard, '__proto__')).toBe(true)
  })

  it('gives its files in path order, and buildReports lists them after the data files as before', () => {
    const input = {records, tables: {}, assets: loadReportAssets()}
    const paths = [...htmlReportFiles(input, INFO)].map(([path]) => path)
    expect(paths).toEqual([...paths].sort())
    expect(paths).toContain('data/articles/0.js')
    const names = [...html().keys()]
    const first = names.indexOf(paths[0]!)
    expect(names[first - 1]).toBe('cooccurrence.graphml')
    expect(names.slice(first)).toEqual(paths)
  })

  it('shows the latest mentions of an entity first, then in input order and position, as many as the limit', () => {
    // Dates out of order and repeated, several mentions per article, each with its own surface so the order within
    // an article shows: the kept lines are those of a full stable sort of every mention, cut at the limit.
    const dates = ['2003-05-01', '2001-01-01', '2003-05-01', '2002-02-02', '2003-05-01', '2000-01-01', '2002-02-02']
    const many = dates.map((d, i) => {
      const x = record(`k${i}`, d, [[['PERSON', 'Kim Jong Un', `KimA${i}`], ['PERSON', 'Kim Jong Un', `KimB${i}`]], [['PERSON', 'Kim Jong Un', `KimC${i}`]]])
      const text = [...x.text]
      for (const m of x.mentions) text.splice(m.start, m.text.length, ...m.text)
      // Some records list their mentions out of place order: the lines still come by place.
      return {...x, text: text.join(''), mentions: i % 2 ? [...x.mentions].reverse() : x.mentions}
    })
    const tables = {'entities.csv': [{id: 'person:kim-jong-un', name: 'Kim Jong Un', type: 'person', aliases: '', mentions: 21, articles: 7, first_seen: '2000-01-01', last_seen: '2003-05-01'}]}
    const all = many.flatMap((x, i) => x.mentions.map((m) => ({i, start: m.start, date: x.published!, text: m.text})))
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) || a.i - b.i || a.start - b.start)
    for (const limit of [0, 1, 4, 9, 40]) {
      const [detail] = findEntityDetails({records: many, tables}, monthsOf(many), limit)
      expect(detail!.kwic.map((k) => [k[0], k[1], k[3]]), `limit ${limit}`).toEqual(all.slice(0, limit).map((h) => [`k${h.i}`, h.date, h.text]))
    }
  })

  it('gives each line its context with white space made single spaces, less any word the window cuts', () => {
    const texts = [
      // Newlines, tabs and runs of spaces around the mention; the window's edges fall inside words.
      `${'w'.repeat(60)} alpha\n\nbeta\tgamma  Kim  Jong\nUn delta\r\nepsilon   zeta ${'v'.repeat(80)}`,
      // The window ends inside a word: the right context is that word alone, so nothing of it is shown.
      `Kim Jong Un ${'u'.repeat(75)}`,
      // The text starts and ends within the window: no word is cut.
      'Kim Jong Un spoke.',
      // The window starts and ends just after and before a space: its first and last words are whole.
      `${'p'.repeat(10)} ${'q'.repeat(68)} Kim Jong Un ${'r'.repeat(69)} ${'s'.repeat(10)}`,
    ]
    const many = texts.map((text, i) => {
      const start = text.indexOf('Kim')
      const end = text.indexOf('Un', start) + 2
      return {id: `t${i}`, published: `2001-01-0${i + 1}`, text, mentions: [{label: 'PERSON' as const, value: 'Kim Jong Un', start, end, sentence: 0}], titles: []}
    })
    const tables = {'entities.csv': [{id: 'person:kim-jong-un', name: 'Kim Jong Un', type: 'person', aliases: '', mentions: 4, articles: 4, first_seen: '2001-01-01', last_seen: '2001-01-04'}]}
    const [detail] = findEntityDetails({records: many, tables}, monthsOf(many))
    // Latest first; the contexts keep the space next to the mention.
    expect(detail!.kwic.map((k) => k.slice(2))).toEqual([
      [`${'q'.repeat(68)} `, 'Kim Jong Un', ` ${'r'.repeat(69)}`],
      ['', 'Kim Jong Un', ' spoke.'],
      ['', 'Kim Jong Un', ''],
      ['alpha beta gamma ', 'Kim Jong Un', ' delta epsilon zeta'],
    ])
  })

  it('counts by the entities the CSV reports count by: ids resolved in the article, each syndicated story once', () => {
    // "Choe" refers back to Choe Ryong Hae, "PTU" is defined in the text; the second article is a copy of the first.
    const story = [
      '[P:Choe Ryong Hae] visited the [O:Pyongyang Textile Union] (PTU) on Monday with officials of the factory and the city.',
      '[P:Choe] spoke with [P:Pak Pong Ju] about the plan of the [O:PTU] for the coming year and the new machines.',
    ]
    const corpus = [
      article('c1', '2001-03-05', story),
      article('c2', '2001-03-05', story),
      article('c3', '2001-06-09', ['[P:Choe Ryong Hae] and [P:Pak Pong Ju] inspected the [O:Pyongyang Textile Union] in the spring.']),
    ]
    // The report made with `options`, its data scripts run, and the network's edges beside cooccurrence.csv's pairs.
    const load = (options: Parameters<typeof buildReports>[3]) => {
      const files = buildReports(corpus, [], INFO, options)
      const self: {__pw?: Record<string, unknown>} = {}
      for (const [name, content] of files) if (name.startsWith('data/')) new Function('self', String(content))(self)
      const pw = self.__pw!
      const network = pw.network as {nodes: [string][]; edges: [number, number, number[]][]}
      const edges = network.edges.map(([a, b, flat]) => [[network.nodes[a]![0], network.nodes[b]![0]].sort().join(' '), flat.filter((_, i) => i % 2 === 1).reduce((n, c) => n + c, 0)])
      const pairs = parseCsv(text(files, 'cooccurrence.csv')).filter((r) => r.window === 'sentence').map((r) => [`${r.a} ${r.b}`, Number(r.count)])
      const shards = (prefix: string): Record<string, unknown> => Object.assign({}, ...Object.keys(pw).filter((k) => k.startsWith(prefix)).map((k) => pw[k]))
      return {files, edges, pairs, views: shards('entities/') as Record<string, {months: [number, number][]}>, articles: shards('articles/') as Record<string, {m: [number, number, string, string, string][]}>}
    }
    const every = load({countCopies: true})
    const people = load({cooccurTypes: ['PERSON']})
    const plain = load({})
    const {files, edges, views, articles} = plain
    // Each story once: Choe Ryong Hae and Pak Pong Ju share a sentence in c1 and in c3, and in c2 as well when every
    // copy counts; people only, no organisation is in the network.
    expect(edges).toContainEqual(['person:choe-ryong-hae person:pak-pong-ju', 2])
    expect(every.edges).toContainEqual(['person:choe-ryong-hae person:pak-pong-ju', 3])
    expect(people.edges.length).toBeGreaterThan(0)
    expect(people.edges.some(([pair]) => String(pair).includes('org:'))).toBe(false)
    for (const made of [plain, every, people]) for (const edge of made.edges) expect(made.pairs).toContainEqual(edge)
    const entities = parseCsv(text(files, 'entities.csv'))
    expect(entities.map((e) => e.id).sort()).toEqual(['org:pyongyang-textile-union', 'person:choe-ryong-hae', 'person:pak-pong-ju'])
    for (const e of entities) expect(views[e.id!]!.months.reduce((n: number, [, c]) => n + c, 0), e.id).toBe(Number(e.mentions))
    expect(articles.c1!.m.map((m) => m[4])).toEqual(['person:choe-ryong-hae', 'org:pyongyang-textile-union', 'person:choe-ryong-hae', 'person:pak-pong-ju', 'org:pyongyang-textile-union'])
  })

  it('refuses entity ids that do not fit the records', () => {
    const input = {records, tables: {}, assets: loadReportAssets()}
    const ids = records.map((x) => x.mentions.map(() => ''))
    expect(() => [...htmlReportFiles({...input, entities: ids.slice(1)}, INFO)]).toThrow(/entity ids for \d+ records/)
    const short = records.findIndex((x) => x.mentions.length > 0)
    expect(() => [...htmlReportFiles({...input, entities: ids.map((l, i) => (i === short ? l.slice(1) : l))}, INFO)]).toThrow(/entity ids for the \d+ mentions/)
  })

  it('puts the CSP in every page and loads nothing from outside the folder', () => {
    const files = html()
    for (const [name, content] of files) {
      if (!name.endsWith('.html')) continue
      expect(content, name).toContain(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}">`)
      expect(String(content), name).not.toMatch(/(src|href)="(https?:)?\/\//)
    }
    expect(CSP).toContain("default-src 'none'")
    expect(CSP).toContain("connect-src 'none'")
  })

  it('keeps hostile text out of markup: no `<` from the data in any page or data script', () => {
    const files = html()
    for (const [name, content] of files) {
      if (name.startsWith('data/')) expect(String(content), name).not.toContain('<')
      if (name.endsWith('.html')) {
        expect(String(content), name).not.toContain('<script>alert')
        expect(String(content), name).not.toContain('<img src=x')
      }
    }
    expect(text(files, 'index.html')).toContain('Evil &lt;img src=x onerror=alert(1)&gt;')
  })

  it('round-trips data through a data script, running nothing the data holds', () => {
    const value = {t: '</script><script>alert(1)</script>\u2028&', n: [1, 2], u: 'a `${(self.hit = 1)}` b \\ \\` \\u0041 "q" \r\n end\\'}
    const script = toDataScript('k', value)
    const self: Record<string, unknown> = {}
    new Function('self', script)(self)
    expect((self.__pw as Record<string, unknown>).k).toEqual(value)
    expect(self.hit).toBeUndefined()
    // The only backticks are the template's own.
    expect(script.split('`').length).toBe(3)
  })

  it('shards by a hash the browser computes the same way', () => {
    // The values the page script's copy of FNV-1a must give too.
    expect(shardOf('kcna-1997-01-05-001', 7)).toBe(6)
    expect(shardOf('a1', 8)).toBe(7)
    expect(new Set(Array.from({length: 200}, (_, i) => shardOf(`a${i}`, 8))).size).toBe(8)
    expect(shardOf('x', 1)).toBe(0)
  })

  it('lists every month from the first to the last article', () => {
    expect(monthsOf(records).slice(0, 3)).toEqual(['2000-01', '2000-02', '2000-03'])
    expect(monthsOf(records).at(-1)).toBe('2002-12')
    expect(monthsOf(records).length).toBe(36)
  })

  it('bundles the page script from the client sources at run time, with cytoscape beside it', () => {
    const assets = loadReportAssets()
    expect(assets.app).toContain('presswatch:ready')
    expect(assets.app).not.toMatch(/\bimport\s/)
    expect(assets.cytoscape).toContain('cytoscape')
  })
})
