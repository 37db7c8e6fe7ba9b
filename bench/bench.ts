// `npm run bench [-- --mode extract|run|all] [--articles N] [--repeat N] [--corpus PATH]`
// extract: presswatch extract against compromise people()/organizations()/dates() and a bare wink-nlp pass, on the
//          same articles, each in its own process, the fastest of --repeat runs (throughput, peak RSS, ratios); plus extract's peak RSS on the
//          corpus and on the corpus four times over (streaming: it must not grow).
// run:     `presswatch run` end to end with 1 and N workers (identical reports); then, with the default worker count
//          as an analyst runs it: incremental rerun with 100 new articles, `run --from report-html` after
//          `run --keep-intermediate` (same reports), run on 1x/2x/4x the corpus (linear time, memory under 1 GB).
// Results go to reports/bench/bench-<date>.json and a table on stdout.
import {execFile} from 'node:child_process'
import {cpSync, createReadStream, createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism, cpus, tmpdir, totalmem} from 'node:os'
import {join, resolve} from 'node:path'
import {createInterface} from 'node:readline'
import {pathToFileURL} from 'node:url'
import {defaultWorkers} from '../pipeline/pool.ts'
import {parseArgs, promisify} from 'node:util'
import {workerBundle} from '../bin/bundle.js'

const exec = promisify(execFile)
const ROOT = resolve(import.meta.dirname, '..')
const {values} = parseArgs({options: {mode: {type: 'string', default: 'all'}, articles: {type: 'string', default: '1500'}, repeat: {type: 'string', default: '3'}, corpus: {type: 'string', default: join(ROOT, '..', 'shared', 'corpus', 'articles.jsonl')}}})
const corpus = resolve(values.corpus!)
const sample = Number(values.articles)
const repeat = Math.max(1, Number(values.repeat))
const results: Record<string, unknown> = {date: new Date().toISOString(), machine: `${cpus()[0]?.model ?? 'cpu'} x${availableParallelism()}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`, corpus}
const rows: [string, string][] = []
// Corpus copies and report folders of the timed runs (3 GB for the shared corpus): removed when the bench ends, even
// by an error or an interrupt.
const tmp = mkdtempSync(join(tmpdir(), 'presswatch-bench-'))
process.on('exit', () => rmSync(tmp, {recursive: true, force: true}))
// An interrupt stops the measured process first, so nothing writes into the folder as it is removed.
const stop = new AbortController()
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.on(signal, () => {
    stop.abort()
    process.exit(code)
  })
}

interface Measure {system: string; articles: number; words: number; seconds: number; peakRssMb: number; warmup?: number}

async function measure(system: string, path: string, limit?: number, warmup = 0): Promise<Measure> {
  const {stdout} = await exec('node', ['--import', 'tsx', join(ROOT, 'bench', 'measure.ts'), system, path, ...(limit ? [String(limit), String(warmup)] : [])], {cwd: ROOT, maxBuffer: 1 << 26, signal: stop.signal})
  return JSON.parse(stdout.trim().split('\n').pop()!) as Measure
}

/**
 * Time `presswatch run` in a child process as `bin/presswatch.js` runs it (modules from the kept bundle, then
 * boundHeapGrowth()); returns the seconds from the process' start to its end and its peak RSS.
 */
async function timeRun(inputs: string[], out: string, args: string[] = []): Promise<{seconds: number; peakRssMb: number}> {
  const script = `const {loadCli}=await import(${JSON.stringify(pathToFileURL(join(ROOT, 'bin', 'bundle.js')).href)});const {boundHeapGrowth,main}=await loadCli();boundHeapGrowth();const code=await main(${JSON.stringify(['run', ...inputs, '--out', out, ...args])},{stdout:process.stdout,stderr:{write(){return true}}});console.log(JSON.stringify({code,seconds:performance.now()/1000,peakRssMb:Math.round(process.resourceUsage().maxRSS/1024)}))`
  const {stdout} = await exec('node', ['--input-type=module', '-e', script], {cwd: ROOT, env: {...process.env, CI: 'true'}, maxBuffer: 1 << 26, signal: stop.signal})
  const r = JSON.parse(stdout.trim().split('\n').pop()!) as {code: number; seconds: number; peakRssMb: number}
  if (r.code !== 0) throw new Error(`run failed with exit ${r.code}`)
  return {seconds: Math.round(r.seconds * 100) / 100, peakRssMb: r.peakRssMb}
}

/** Write the corpus `times` times over with distinct ids (and, for `extra`, new articles made from earlier ones). */
async function multiply(times: number, extra = 0): Promise<string> {
  const path = join(tmp, `corpus-x${times}${extra ? `-plus${extra}` : ''}.jsonl`)
  const out = createWriteStream(path)
  for (let copy = 1; copy <= times; copy++) {
    const lines = createInterface({input: createReadStream(corpus, 'utf8'), crlfDelay: Infinity})
    for await (const line of lines) {
      if (!line.trim()) continue
      if (copy === 1) out.write(line + '\n')
      else {
        const r = JSON.parse(line) as {id: string}
        out.write(JSON.stringify({...r, id: `${r.id}-copy${copy}`}) + '\n')
      }
    }
  }
  if (extra) {
    const lines = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).slice(0, extra)
    for (const [i, line] of lines.entries()) {
      const r = JSON.parse(line) as {id: string; text: string}
      out.write(JSON.stringify({...r, id: `${r.id}-new${i}`, text: `${r.text}\nThe report was updated.`}) + '\n')
    }
  }
  out.end()
  await new Promise<void>((r) => out.on('close', () => r()))
  return path
}

/** True when two report folders hold the same files with the same bytes (work/ aside). */
const sameReports = (a: string, b: string): boolean => {
  const list = (dir: string): string[] => readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).filter((f) => !f.startsWith('work')).sort()
  const fa = list(a)
  return fa.join('\n') === list(b).join('\n') && fa.every((f) => readFileSync(join(a, f)).equals(readFileSync(join(b, f))))
}
/** Articles each system runs over, untimed, before its warm pass. */
const WARMUP = 500
const ratio = (x: number, y: number): number => Math.round((x / y) * 100) / 100

if (values.mode === 'extract' || values.mode === 'all') {
  // Each system several times, in turns, and its fastest run kept: one run of about a second moves by a quarter
  // from one try to the next on this kind of machine, which is more than the margins the ratios are judged by.
  // Each system is timed cold (its first articles in a fresh process, compiling its code as it goes) and warm (after
  // an untimed pass over WARMUP other articles): the warm pass is its throughput on a long input, the targets'
  // measure; the cold one shows what a short run pays on top.
  const runs: Record<string, Measure[]> = {presswatch: [], compromise: [], wink: []}
  const warmRuns: Record<string, Measure[]> = {presswatch: [], compromise: [], wink: []}
  for (let i = 0; i < repeat; i++) {
    for (const system of Object.keys(runs)) {
      runs[system]!.push(await measure(system, corpus, sample))
      warmRuns[system]!.push(await measure(system, corpus, sample, WARMUP))
    }
  }
  const fastest = (list: Measure[]): Measure => list.reduce((a, b) => (b.seconds < a.seconds ? b : a))
  const [pw, co, wi] = [fastest(runs.presswatch!), fastest(runs.compromise!), fastest(runs.wink!)]
  const [pwWarm, coWarm, wiWarm] = [fastest(warmRuns.presswatch!), fastest(warmRuns.compromise!), fastest(warmRuns.wink!)]
  // Fewer than WARMUP when the corpus has fewer articles after the timed ones.
  const warmed = Math.min(...Object.values(warmRuns).flat().map((m) => m.warmup ?? 0))
  const secondsOf = (bySystem: Record<string, Measure[]>) => Object.fromEntries(Object.entries(bySystem).map(([system, list]) => [system, list.map((m) => m.seconds)]))
  const rate = (m: Measure) => ({articlesPerSecond: Math.round(m.articles / m.seconds), wordsPerSecond: Math.round(m.words / m.seconds), peakRssMb: m.peakRssMb})
  const streamed = await measure('presswatch-stream', corpus)
  const streamed4 = await measure('presswatch-stream', await multiply(4))
  results.extract = {
    articles: pw.articles, words: pw.words,
    presswatch: rate(pw), compromise: rate(co), winkBare: rate(wi),
    ratioToCompromise: ratio(co.seconds, pw.seconds), ratioToWinkBare: ratio(wi.seconds, pw.seconds),
    repeat, secondsOfEachRun: secondsOf(runs),
    warm: {
      warmupArticles: warmed, presswatch: rate(pwWarm), compromise: rate(coWarm), winkBare: rate(wiWarm),
      ratioToCompromise: ratio(coWarm.seconds, pwWarm.seconds), ratioToWinkBare: ratio(wiWarm.seconds, pwWarm.seconds),
      secondsOfEachRun: secondsOf(warmRuns),
    },
    streamCorpus: rate(streamed), streamCorpusX4: rate(streamed4), rssGrowthX4: ratio(streamed4.peakRssMb, streamed.peakRssMb),
  }
  rows.push(
    [`presswatch extract (${pw.articles} articles, fastest of ${repeat}), cold / warm`, `${rate(pw).wordsPerSecond} / ${rate(pwWarm).wordsPerSecond} words/s, ${pw.peakRssMb} MB`],
    ['compromise people/organizations/dates, cold / warm', `${rate(co).wordsPerSecond} / ${rate(coWarm).wordsPerSecond} words/s, ${co.peakRssMb} MB`],
    ['wink-nlp bare readDoc, cold / warm', `${rate(wi).wordsPerSecond} / ${rate(wiWarm).wordsPerSecond} words/s, ${wi.peakRssMb} MB`],
    [`ratio to compromise, cold / warm (after ${warmed} other articles) (target >= 10)`, `${ratio(co.seconds, pw.seconds)} / ${ratio(coWarm.seconds, pwWarm.seconds)}`],
    [`ratio to wink bare, cold / warm (after ${warmed} other articles) (target >= 0.35)`, `${ratio(wi.seconds, pw.seconds)} / ${ratio(wiWarm.seconds, pwWarm.seconds)}`],
    [`extract streaming, corpus (${streamed.articles})`, `${rate(streamed).wordsPerSecond} words/s, peak ${streamed.peakRssMb} MB`],
    [`extract streaming, corpus x4 (${streamed4.articles})`, `${rate(streamed4).wordsPerSecond} words/s, peak ${streamed4.peakRssMb} MB`],
  )
}

/** The corpus split in two halves (alternate articles), for the parallel ceiling. */
async function halves(): Promise<[string, string]> {
  const lines = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim())
  const paths = [join(tmp, 'half-0.jsonl'), join(tmp, 'half-1.jsonl')] as [string, string]
  paths.forEach((path, k) => writeFileSync(path, lines.filter((_, i) => i % 2 === k).join('\n') + '\n'))
  return paths
}

if (values.mode === 'run' || values.mode === 'all') {
  const n = availableParallelism()
  // Untimed: a run on the sample makes the kept bundles (command line, page script) if a source changed since, so
  // no timed run pays for building them.
  await timeRun([join(ROOT, 'data', 'samples')], join(tmp, 'warm'))
  // The sample is too small for a pool, so the workers' bundle is made here, not in the timed run with N workers.
  await workerBundle()
  // What two cores of this machine give this workload at best: each half of the corpus extracted alone, then both
  // at once in two processes. Their slowdown together (shared memory bandwidth and cache, the collector's helper
  // threads) bounds any speed-up from splitting the work in two, before any cost of the split itself.
  const [h0, h1] = await halves()
  const alone = [await measure('presswatch', h0), await measure('presswatch', h1)]
  const together = await Promise.all([measure('presswatch', h0), measure('presswatch', h1)])
  const ceiling = ratio(alone[0]!.seconds + alone[1]!.seconds, Math.max(together[0]!.seconds, together[1]!.seconds))
  const one = await timeRun([corpus], join(tmp, 'r1'), ['--workers', '1', '--fresh'])
  const many = await timeRun([corpus], join(tmp, 'rn'), ['--workers', String(n), '--fresh'])
  const identical = sameReports(join(tmp, 'r1'), join(tmp, 'rn'))
  // The other measures are of a plain run, as an analyst starts it: the default worker count (one fewer than the
  // cores), whose time is the baseline of the incremental, report-html and linear ratios.
  const defaults = defaultWorkers()
  const [first, firstDir] = defaults === 1 ? [one, 'r1'] : defaults === n ? [many, 'rn'] : [await timeRun([corpus], join(tmp, 'rd'), ['--fresh']), 'rd']
  const plus = await multiply(1, 100)
  // In a copy of the first run's folder (its cache with it), so the first run's reports stay for the comparisons.
  cpSync(join(tmp, firstDir), join(tmp, 'inc'), {recursive: true})
  const incremental = await timeRun([plus], join(tmp, 'inc'))
  // Only the HTML again, from the work/ of a run that kept it: twice, as the first rerun also warms the file cache.
  const kept = await timeRun([corpus], join(tmp, 'ki'), ['--keep-intermediate'])
  const html = [await timeRun([], join(tmp, 'ki'), ['--from', 'report-html']), await timeRun([], join(tmp, 'ki'), ['--from', 'report-html'])]
  const htmlSame = sameReports(join(tmp, 'ki'), join(tmp, 'r1'))
  const x2 = await timeRun([await multiply(2)], join(tmp, 'x2'), ['--fresh'])
  const x4 = await timeRun([await multiply(4)], join(tmp, 'x4'), ['--fresh'])
  results.run = {
    workers: n, oneWorker: one, allWorkers: many, speedup: ratio(one.seconds, many.seconds), identicalReports: identical,
    parallelCeiling: {halvesAlone: alone.map((m) => m.seconds), halvesTogether: together.map((m) => m.seconds), ceiling},
    defaultWorkers: defaults, plainRun: first,
    incremental: {...incremental, ratioToFirst: ratio(incremental.seconds, first.seconds)},
    reportHtmlOnly: {keepIntermediate: kept, reruns: html, ratioToKeepIntermediate: html.map((h) => ratio(h.seconds, kept.seconds)), ratioToRun: html.map((h) => ratio(h.seconds, first.seconds)), identicalReports: htmlSame},
    linear: {x1: first.seconds, x2: x2.seconds, x4: x4.seconds, x2PerX1: ratio(x2.seconds, first.seconds), x4PerX1: ratio(x4.seconds, first.seconds)},
    peakRssMbX4: x4.peakRssMb,
  }
  rows.push(
    ['run, 1 worker', `${one.seconds} s, ${one.peakRssMb} MB`],
    [`run, ${n} workers`, `${many.seconds} s, ${many.peakRssMb} MB`],
    [`speed-up with ${n} workers (target >= 1.7)`, String(ratio(one.seconds, many.seconds))],
    ['machine ceiling: 2 halves in 2 processes vs one after the other', `${ceiling} (${alone.map((m) => m.seconds).join(' + ')} s alone, ${together.map((m) => m.seconds).join(' / ')} s together)`],
    ['reports identical (1 vs N workers)', String(identical)],
    [`plain run (default: ${defaults} worker${defaults === 1 ? '' : 's'}), the baseline below`, `${first.seconds} s, ${first.peakRssMb} MB`],
    ['rerun + 100 new articles, share of first run (target < 0.2)', `${ratio(incremental.seconds, first.seconds)} (${incremental.seconds} s)`],
    ['run --keep-intermediate, then --from report-html twice', `${kept.seconds} s, then ${html.map((h) => h.seconds).join(' / ')} s`],
    [`report-html alone, share of the plain run (target < 0.1)`, html.map((h) => ratio(h.seconds, first.seconds)).join(' / ')],
    ['report-html alone, share of the run that kept work/', html.map((h) => ratio(h.seconds, kept.seconds)).join(' / ')],
    ['reports after report-html alone identical to a full run', String(htmlSame)],
    ['run on 2x / 4x corpus, time ratio to 1x (linear: 2 / 4)', `${ratio(x2.seconds, first.seconds)} / ${ratio(x4.seconds, first.seconds)}`],
    ['run on 4x corpus, peak RSS (target < 1024 MB)', `${x4.peakRssMb} MB`],
  )
}

mkdirSync(join(ROOT, 'reports', 'bench'), {recursive: true})
const file = join(ROOT, 'reports', 'bench', `bench-${String(results.date).slice(0, 19).replace(/:/g, '')}.json`)
writeFileSync(file, JSON.stringify(results, null, 2) + '\n')
const width = Math.max(...rows.map(([k]) => k.length))
process.stdout.write(`${results.machine}\n${rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n')}\nwritten: ${file}\n`)
