// Imports each module named on the command line, one after the other, and prints (on the saved stdout) what each
// import did: fs and console calls (recorded by preload.mjs), new globals, changed environment, exit code.
import {pathToFileURL} from 'node:url'

const state = (globalThis as unknown as {__sideEffects: {calls: unknown[]; current: string; write: (s: string) => boolean}}).__sideEffects
const results: {module: string; error?: string; globals: string[]; env: string[]}[] = []
for (const file of process.argv.slice(2)) {
  state.current = file
  const globals = new Set(Object.getOwnPropertyNames(globalThis))
  const env = JSON.stringify(process.env)
  let error: string | undefined
  try {
    await import(pathToFileURL(file).href)
  } catch (cause) {
    error = String(cause)
  }
  results.push({
    module: file,
    ...(error ? {error} : {}),
    globals: Object.getOwnPropertyNames(globalThis).filter((g) => !globals.has(g)),
    env: env === JSON.stringify(process.env) ? [] : ['process.env changed'],
  })
}
state.current = ''
state.write(JSON.stringify({results, calls: state.calls, exitCode: process.exitCode ?? null}) + '\n')
