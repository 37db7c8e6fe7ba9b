import type {Doc, Layer} from './doc.ts'
import {readDocs} from './docs-io.ts'
import {PipelineError} from './errors.ts'
import {toExtracted} from './extracted.ts'
import {formatProblem, openBlockWriter, readInputs, resolveInside, writeChunk, writeContentTo, writeStreamed, type FileContent} from './io.ts'
import {DEFAULT_PLAN, STAGES} from './registry.ts'
import {reportFiles} from './reports.ts'
import {isReportData, runInfo} from './run-pipeline.ts'
import {applyStage} from './run.ts'
import type {Stage} from './stage.ts'

/** Corpus and report stages `presswatch stage` runs, with the report files each writes. */
const CORPUS_STAGES: Readonly<Record<string, (name: string) => boolean>> = {
  resolve: (name) => name === 'entities.csv',
  cooccur: (name) => name.startsWith('cooccurrence'),
  'report-csv': isReportData,
  'report-html': (name) => !isReportData(name),
}

/** Every stage name `presswatch stage` accepts, in pipeline order. */
export const STAGE_NAMES: readonly string[] = [...Object.keys(STAGES), ...Object.keys(CORPUS_STAGES)]

/** The layers every corpus stage needs: the output of the whole per-document plan. */
const CORPUS_REQUIRES: readonly Layer[] = DEFAULT_PLAN.flatMap((s) => s.provides)

/** Which stage provides a layer, for the message that tells the user what to run first. */
const PROVIDER = new Map<Layer, string>(DEFAULT_PLAN.flatMap((s) => s.provides.map((l) => [l, s.name] as const)))

type Streams = {stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream}

/** Check a doc has what `stage` needs; throws `E_MISSING_LAYER` naming the stage to run first. */
export function requireLayers(doc: Doc, stage: string, layers: readonly Layer[]): void {
  const missing = layers.find((l) => !doc.layers.includes(l))
  if (missing === undefined) return
  const provider = PROVIDER.get(missing) ?? 'ingest'
  throw new PipelineError('E_MISSING_LAYER', `${stage} needs ${missing} on doc \`${doc.id}\`: run \`presswatch stage ${provider}\` first`)
}

/**
 * `presswatch stage <name> <inputs...> [--out FILE|DIR]`: run one stage alone. ingest reads raw inputs; the
 * other per-document stages read and write documents as JSONL; corpus and report stages read documents and
 * write their tables or reports (into DIR).
 */
export async function runStageCommand(name: string | undefined, inputs: readonly string[], out: string | undefined, io: Streams): Promise<number> {
  if (!name || !STAGE_NAMES.includes(name)) {
    throw new PipelineError('E_UNKNOWN_STAGE', `Unknown stage \`${name ?? ''}\`; expected one of ${STAGE_NAMES.join(', ')}`)
  }
  if (inputs.length === 0) throw new PipelineError('E_USAGE', `No inputs given for stage \`${name}\``)
  const corpus = CORPUS_STAGES[name]
  if (corpus) {
    const records = []
    for (const input of inputs) {
      for await (const doc of readDocs(input)) {
        requireLayers(doc, name, CORPUS_REQUIRES)
        records.push(toExtracted(doc))
      }
    }
    const dir = out ?? 'reports'
    // Each file is made only when reached, and a stage that writes data makes nothing of the HTML.
    for (const [file, content] of reportFiles(records, [], runInfo(records), {}, name === 'report-html').files) {
      if (corpus(file)) await writeInside(dir, file, content)
    }
    return 0
  }
  const stage: Stage<any> = STAGES[name as keyof typeof STAGES]
  let failed = false
  const run = async (sink: NodeJS.WritableStream, toFile: boolean): Promise<void> => {
    // A file is written in blocks (see openBlockWriter); stdout a line at a time, so a reader sees each as it comes.
    const lines = toFile ? openBlockWriter(sink) : {write: (text: string) => writeChunk(sink, text), close: async () => undefined}
    const emit = (doc: Doc): Promise<void> | undefined => lines.write(JSON.stringify(doc) + '\n')
    try {
      if (name === 'ingest') {
        for await (const item of readInputs(inputs)) {
          if ('problem' in item) {
            io.stderr.write(formatProblem(item.problem))
            if (item.problem.severity === 'error') failed = true
            continue
          }
          await emit(applyStage(item.doc, stage))
        }
        return
      }
      for (const input of inputs) {
        for await (const doc of readDocs(input)) {
          requireLayers(doc, name, stage.requires)
          await emit(applyStage(doc, stage))
        }
      }
    } finally {
      await lines.close()
    }
  }
  // To --out whole or not at all (the file keeps what it held when the stage fails), or to stdout as it comes.
  await (out && out !== '-' ? writeStreamed(out, (sink) => run(sink, true)) : run(io.stdout, false))
  return failed ? 1 : 0
}

// --- internal ---

function writeInside(dir: string, name: string, content: FileContent): Promise<void> {
  return writeStreamed(resolveInside(dir, name), (stream) => writeContentTo(stream, content))
}
