import {EVAL_SETS, evaluateSet, hasShared, SHARED_DIR} from './evaluate.ts'

// `npm run eval`: print F1 per field on every evaluation set (the shared scorer's numbers).
if (!hasShared()) {
  process.stderr.write(`No shared evaluation material at ${SHARED_DIR}; set PRESSWATCH_SHARED to its folder.\n`)
  process.exitCode = 2
} else {
  for (const set of EVAL_SETS) {
    const scores = await evaluateSet(set)
    process.stdout.write(`${set.name.padEnd(20)} ${Object.entries(scores).map(([k, v]) => `${k}=${v.toFixed(3)}`).join(' ')}\n`)
  }
}
