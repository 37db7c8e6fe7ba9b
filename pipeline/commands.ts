import {createWriteStream} from 'node:fs'
import {rename} from 'node:fs/promises'
import {finished} from 'node:stream/promises'
import {extractInputs, PLAN_NAMES, toEntitiesLine} from './corpus.ts'
import {buildReports} from './reports.ts'
import {PipelineError} from './errors.ts'
import {writeReports, type Problem} from './io.ts'
import {createProgress} from './progress.ts'

type Values = Record<string, unknown>
type Streams = {stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream}

/** One CLI command: its synopsis, options (for `node:util` parseArgs) and what it does. */
export interface Command {
  readonly synopsis: string
  readonly summary: string
  readonly help: string
  readonly options: Record<string, {type: 'string' | 'boolean'; short?: string; multiple?: boolean}>
  run(positionals: string[], values: Values, io: Streams): Promise<number>
}

const formatProblem = (p: Problem): string =>
  `${p.file}${p.line ? `:${p.line}` : ''}${p.id ? ` (${p.id})` : ''}: ${p.severity}: ${p.reason}\n`

const requireInputs = (positionals: string[]): void => {
  if (positionals.length === 0) throw new PipelineError('E_USAGE', 'No inputs given; name at least one file or folder')
}

const COMMON_HELP = `  --strict            stop at the first input that fails
  -h, --help          show this help`

/** The CLI commands. */
export const COMMANDS = {
  run: {
    synopsis: 'run <inputs...> [--out DIR]',
    summary: 'Run the whole pipeline and write every report (CSV, JSONL, HTML).',
    help: `  -o, --out DIR       where the reports go (default: reports)\n${COMMON_HELP}`,
    options: {out: {type: 'string', short: 'o'}, strict: {type: 'boolean'}},
    async run(positionals, values, io) {
      requireInputs(positionals)
      const out = typeof values.out === 'string' ? values.out : 'reports'
      const progress = createProgress(0)
      let failed = false
      const {records, problems} = await extractInputs(positionals, {
        keep: true,
        strict: values.strict === true,
        onRecord: () => progress.tick(),
        onProblem: (p) => {
          if (p.severity === 'error') failed = true
          io.stderr.write(formatProblem(p))
        },
      }).finally(() => progress.stop())
      const files = buildReports(records, problems, {generatedAt: records.reduce((d, r) => (r.published && r.published > d ? r.published : d), ''), inputs: positionals, stages: PLAN_NAMES})
      await writeReports(out, files, ['work'])
      io.stderr.write(`presswatch: ${records.length} articles, ${problems.length} problems; reports in ${out}/\n`)
      return failed ? 1 : 0
    },
  },
  extract: {
    synopsis: 'extract <inputs...> [--out FILE]',
    summary: 'Extract people, organisations, titles and dates: one JSON line per article (stdout by default).',
    help: `  -o, --out FILE      write the JSONL here (default: stdout)\n${COMMON_HELP}`,
    options: {out: {type: 'string', short: 'o'}, strict: {type: 'boolean'}},
    async run(positionals, values, io) {
      requireInputs(positionals)
      const outPath = typeof values.out === 'string' && values.out !== '-' ? values.out : undefined
      const tmp = outPath ? `${outPath}.tmp-${process.pid}` : undefined
      const sink: NodeJS.WritableStream = tmp ? createWriteStream(tmp) : io.stdout
      const progress = createProgress(0)
      let failed = false
      const write = (line: string): Promise<void> | void => {
        if (!sink.write(line)) return new Promise((resolve) => sink.once('drain', () => resolve()))
      }
      try {
        await extractInputs(positionals, {
          strict: values.strict === true,
          onRecord: (record) => {
            progress.tick()
            return write(toEntitiesLine(record))
          },
          onProblem: (p) => {
            if (p.severity === 'error') failed = true
            io.stderr.write(formatProblem(p))
          },
        })
      } finally {
        progress.stop()
        if (tmp) {
          sink.end()
          await finished(sink as NodeJS.WritableStream & import("node:stream").Writable)
        }
      }
      if (tmp && outPath) await rename(tmp, outPath)
      return failed ? 1 : 0
    },
  },
} satisfies Record<string, Command>
