import {realpathSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {EVAL_SETS, evaluateSet, hasShared, SHARED_DIR} from './evaluate.ts'

/** `npm run eval`: print F1 per field on every evaluation set (the shared scorer's numbers); resolves to an exit code. */
export async function evalMain(out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  if (!hasShared()) {
    err.write(`No shared evaluation material at ${SHARED_DIR}; set PRESSWATCH_SHARED to its folder.\n`)
    return 2
  }
  for (const set of EVAL_SETS) {
    const scores = await evaluateSet(set)
    out.write(`${set.name.padEnd(20)} ${Object.entries(scores).map(([k, v]) => `${k}=${v.toFixed(3)}`).join(' ')}\n`)
  }
  return 0
}

// Runs only as a script, never on import.
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
  process.exitCode = await evalMain()
}
