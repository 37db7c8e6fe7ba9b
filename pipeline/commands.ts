import {extractInputs, toEntitiesLine} from './corpus.ts'
import {defaultWorkers} from './pool.ts'
import {RUN_STAGES, runPipeline} from './run-pipeline.ts'
import {runStageCommand, STAGE_NAMES} from './stage-command.ts'
import {PipelineError} from './errors.ts'
import {formatProblem, writeChunk, writeStreamed} from './io.ts'
import {progressFor} from './progress.ts'

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
    help: `  -o, --out DIR          where the reports go (default: reports)
  --workers N            worker threads for extraction (default: cores - 1; 1 extracts in the main thread)
  --from STAGE           rerun from STAGE with DIR/work/ of an earlier --keep-intermediate run, no inputs needed
                         (${RUN_STAGES.join(', ')}); --from ingest reads the inputs given and remakes work/
  --keep-intermediate    keep every stage's output in DIR/work/ (for --from and inspection)
  --fresh                ignore the cache of earlier runs
${COMMON_HELP}`,
    options: {out: {type: 'string', short: 'o'}, strict: {type: 'boolean'}, workers: {type: 'string'}, from: {type: 'string'}, 'keep-intermediate': {type: 'boolean'}, fresh: {type: 'boolean'}},
    async run(positionals, values, io) {
      const out = typeof values.out === 'string' ? values.out : 'reports'
      const workers = values.workers === undefined ? defaultWorkers() : Number(values.workers)
      if (!Number.isInteger(workers) || workers < 1) throw new PipelineError('E_USAGE', `--workers takes a whole number of 1 or more, not \`${String(values.workers)}\``)
      const progress = await progressFor(positionals)
      let failed = false
      const result = await runPipeline(positionals, {
        out,
        workers,
        strict: values.strict === true,
        fresh: values.fresh === true,
        keepIntermediate: values['keep-intermediate'] === true,
        ...(typeof values.from === 'string' ? {from: values.from} : {}),
        onRecord: () => progress.tick(),
        onProblem: (p) => {
          if (p.severity === 'error') failed = true
          io.stderr.write(formatProblem(p))
        },
        onNote: (message) => io.stderr.write(`presswatch: ${message}\n`),
      }).finally(() => progress.stop())
      if (result.problems.some((p) => p.severity === 'error')) failed = true
      io.stderr.write(`presswatch: ${result.articles} articles (${result.cacheHits} from the cache), ${result.problems.length} problems; reports in ${out}/\n`)
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
      const out = typeof values.out === 'string' && values.out !== '' && values.out !== '-' ? values.out : undefined
      const progress = await progressFor(positionals)
      let failed = false
      const extract = async (sink: NodeJS.WritableStream): Promise<void> => {
        await extractInputs(positionals, {
          strict: values.strict === true,
          onRecord: (record) => {
            progress.tick()
            return writeChunk(sink, toEntitiesLine(record))
          },
          onProblem: (p) => {
            if (p.severity === 'error') failed = true
            io.stderr.write(formatProblem(p))
          },
        })
      }
      try {
        // To --out whole or not at all, or to stdout as it comes.
        await (out ? writeStreamed(out, extract) : extract(io.stdout))
      } finally {
        progress.stop()
      }
      return failed ? 1 : 0
    },
  },
  stage: {
    synopsis: 'stage <name> <inputs...> [--out FILE|DIR]',
    summary: 'Run one stage alone: documents JSONL in, documents JSONL (or tables, reports) out.',
    help: `  <name>               one of ${STAGE_NAMES.join(', ')}
  -o, --out FILE|DIR   per-document stages: the JSONL file (default: stdout); corpus and report stages: the folder (default: reports)
  -h, --help           show this help`,
    options: {out: {type: 'string', short: 'o'}},
    async run(positionals, values, io) {
      const [name, ...inputs] = positionals
      return runStageCommand(name, inputs, typeof values.out === 'string' ? values.out : undefined, io)
    },
  },
} satisfies Record<string, Command>
