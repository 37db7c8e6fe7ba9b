// Preloaded (`node --import tsx --import ./preload.mjs`) before any project module: wraps fs, console and the
// standard streams so that `check.ts` can see what importing each module does. Records, never blocks.
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import {syncBuiltinESMExports} from 'node:module'

const calls = []
globalThis.__sideEffects = {calls, current: '', write: process.stdout.write.bind(process.stdout)}

// Module loading (Node's loaders, source maps, tsx's transform) reads files too; that is not the module reading them.
// Only the direct caller is looked at: a module's own top-level code also runs below loader frames.
const LOADER_RE = /node:internal\/(?:modules|source_map)|node_modules[\\/]tsx[\\/]/

function record(kind, name, args) {
  const stack = (new Error().stack ?? '').split('\n').slice(3)
  if (LOADER_RE.test(stack[0] ?? '')) return
  calls.push({module: globalThis.__sideEffects.current, kind, name, arg: String(args[0] ?? '').slice(0, 200), stack: stack.slice(0, 6).map((l) => l.trim())})
}

const FS_NAMES = ['readFileSync', 'readFile', 'readdirSync', 'readdir', 'statSync', 'stat', 'lstatSync', 'lstat', 'existsSync',
  'accessSync', 'access', 'openSync', 'open', 'opendir', 'createReadStream', 'createWriteStream', 'writeFileSync', 'writeFile',
  'appendFileSync', 'appendFile', 'mkdirSync', 'mkdir', 'mkdtemp', 'mkdtempSync', 'rmSync', 'rm', 'renameSync', 'rename', 'watch']
for (const [target, label] of [[fs, 'fs'], [fsp, 'fs/promises']]) {
  for (const name of FS_NAMES) {
    const original = target[name]
    if (typeof original !== 'function') continue
    target[name] = function (...args) {
      record(label, name, args)
      return original.apply(this, args)
    }
  }
}
for (const name of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'table', 'dir']) {
  const original = console[name]
  console[name] = function (...args) {
    record('console', name, args)
    return original.apply(this, args)
  }
}
for (const stream of ['stdout', 'stderr']) {
  const original = process[stream].write.bind(process[stream])
  process[stream].write = (...args) => {
    record(stream, 'write', args)
    return original(...args)
  }
}
syncBuiltinESMExports()
