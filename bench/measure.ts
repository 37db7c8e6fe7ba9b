// One measurement in its own process, so peak memory is this system's alone:
//   tsx bench/measure.ts <system> <articles.jsonl> [limit] [warmup]
// Prints one JSON line: {system, articles, words, seconds, peakRssMb, warmup}. With `warmup`, the system first runs,
// untimed, over that many other articles (those after the `limit` timed ones; fewer when the file ends sooner), so
// the timed pass sees its code compiled and what it keeps from article to article (presswatch remembers the keys of
// organisation names) filled: its throughput on a long input, not the cost of its first articles in a fresh process.
import {readFileSync} from 'node:fs'
import {createDoc} from '../pipeline/doc.ts'
import {extractInputs} from '../pipeline/corpus.ts'

const [system, path, limitArg, warmupArg] = process.argv.slice(2)
if (!system || !path) {
  process.stderr.write('usage: tsx bench/measure.ts <presswatch|presswatch-stream|compromise|wink> <articles.jsonl> [limit] [warmup]\n')
  process.exit(2)
}
const limit = limitArg ? Number(limitArg) : Infinity
const warmup = warmupArg ? Number(warmupArg) : 0
const WORD_RE = /\S+/g

function loadArticles(): {id: string; text: string; title: string; date: string}[] {
  const out = []
  for (const line of readFileSync(path!, 'utf8').split('\n')) {
    if (!line.trim()) continue
    if (out.length >= limit + warmup) break
    const r = JSON.parse(line) as {id: string; text: string; title?: string; date?: string; published?: string}
    out.push({id: r.id, text: r.text, title: r.title ?? '', date: r.date ?? r.published ?? ''})
  }
  return out
}

let articles = 0
let words = 0
let warmed = 0
let seconds = 0
if (system === 'presswatch-stream') {
  // The whole `extract` path as the CLI runs it: streaming read, every stage, entities lines built.
  const start = performance.now()
  await extractInputs([path], {onRecord: (r) => {
    articles++
    words += r.words
  }})
  seconds = (performance.now() - start) / 1000
} else {
  const loaded = loadArticles()
  const docs = loaded.slice(0, limit)
  const warm = loaded.slice(docs.length)
  for (const d of docs) words += (`${d.title}\n\n${d.text}`.match(WORD_RE) ?? []).length
  articles = docs.length
  let run: (d: (typeof docs)[number]) => unknown
  if (system === 'presswatch') {
    const {extractArticle} = await import('../pipeline/extract.ts')
    run = (d) => extractArticle(createDoc(d.text, {format: 'article', headline: d.title, published: d.date}, d.id))
  } else if (system === 'compromise') {
    const nlp = (await import('compromise')).default
    const datesPlugin = (await import('compromise-dates')).default
    nlp.plugin(datesPlugin)
    run = (d) => {
      const doc = nlp(`${d.title}\n\n${d.text}`) as unknown as {people(): {out(f: string): unknown}; organizations(): {out(f: string): unknown}; dates(o?: object): {get(): unknown}}
      return [doc.people().out('array'), doc.organizations().out('array'), doc.dates({today: d.date}).get()]
    }
  } else if (system === 'wink') {
    const winkNLP = (await import('wink-nlp')).default
    const model = (await import('wink-eng-lite-web-model')).default
    // A bare pass: tokenisation only, no annotation pipes (sentence boundaries, POS, NER off).
    const nlp = winkNLP(model, [])
    run = (d) => nlp.readDoc(`${d.title}\n\n${d.text}`).tokens().length()
  } else {
    process.stderr.write(`unknown system ${system}\n`)
    process.exit(2)
  }
  for (const d of warm) run(d)
  warmed = warm.length
  const start = performance.now()
  for (const d of docs) run(d)
  seconds = (performance.now() - start) / 1000
}
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024)
process.stdout.write(JSON.stringify({system, articles, words, seconds: Math.round(seconds * 1000) / 1000, peakRssMb, warmup: warmed}) + '\n')
