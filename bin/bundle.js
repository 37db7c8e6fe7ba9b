// Bundles of the TypeScript sources made by esbuild, kept in node_modules/.cache/presswatch and made again only when
// a file that went into one has changed. Plain JavaScript: the command line loads it before anything can run .ts.
import {createHash} from 'node:crypto'
import {mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

/** The project root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url))
/** Where the bundles are kept. */
export const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'presswatch')
/**
 * How long before a build's start a saved input still keeps the bundle from being kept: mtimes come from the
 * kernel's coarse clock (a tick behind Date.now(), 6 ms seen here) or are rounded to the second (some filesystems),
 * so a save just after the build began can carry an earlier time. Costs one more build after such a save.
 */
export const MTIME_SLACK_MS = 2000

/**
 * The kept bundle `name`, when every file that went into it (as esbuild's metafile listed them) is as it was and
 * it was made by this esbuild with these options (`key`); otherwise undefined.
 * @param {string} name
 * @param {string} key
 * @param {{root?: string, cacheDir?: string}} [where]
 * @returns {string | undefined} the bundle's path
 */
export function freshBundle(name, key, {root = ROOT, cacheDir = CACHE_DIR} = {}) {
  let manifest
  try {
    manifest = JSON.parse(readFileSync(join(cacheDir, `${name}.json`), 'utf8'))
  } catch {
    return undefined
  }
  if (manifest.key !== key || typeof manifest.file !== 'string' || typeof manifest.inputs !== 'object') return undefined
  try {
    for (const [input, hash] of Object.entries(manifest.inputs)) if (hashOf(readFileSync(resolve(root, input))) !== hash) return undefined
    // The bundle itself: named by its hash, and checked, so a half-made or edited file is never run.
    const file = join(cacheDir, manifest.file)
    return manifest.file === `${name}-${hashOf(readFileSync(file))}.mjs` ? file : undefined
  } catch {
    return undefined
  }
}

/**
 * Keep the bundle of an esbuild result (built with `write: false`, `metafile: true` and one output file) as `name`,
 * with the hash of each of its inputs, and return its path. Files appear whole (written aside, then renamed), so
 * processes building at once each leave a complete bundle and the last manifest wins.
 * @param {string} name
 * @param {string} key
 * @param {{outputFiles?: {contents: Uint8Array}[], metafile?: {inputs: Record<string, unknown>}}} result
 * @param {{root?: string, cacheDir?: string, startedAt?: number}} [where] `startedAt`: when the build began (ms since
 *   the epoch, as `Date.now()`); an input modified since then keeps the bundle from being kept
 * @returns {string}
 */
export function keepBundle(name, key, result, {root = ROOT, cacheDir = CACHE_DIR, startedAt = 0} = {}) {
  const contents = result.outputFiles?.[0]?.contents
  if (!contents || !result.metafile) throw new Error('keepBundle needs an esbuild result with write: false and metafile: true')
  mkdirSync(cacheDir, {recursive: true})
  const inputs = {}
  // A file saved while the build ran may differ from what was built: then the bundle is used once and not kept
  // (no manifest names it), so the next run builds again. "While" starts MTIME_SLACK_MS early (see there).
  let changed = false
  for (const input of Object.keys(result.metafile.inputs).sort()) {
    const path = resolve(root, input)
    inputs[input] = hashOf(readFileSync(path))
    if (startedAt > 0 && statSync(path).mtimeMs >= startedAt - MTIME_SLACK_MS) changed = true
  }
  const file = `${name}-${hashOf(contents)}.mjs`
  writeWhole(join(cacheDir, file), contents)
  if (changed) return join(cacheDir, file)
  writeWhole(join(cacheDir, `${name}.json`), JSON.stringify({key, file, inputs}))
  // Older bundles of this name go (best effort: another process may be reading one it just chose).
  for (const old of readdirSync(cacheDir)) {
    if (old !== file && old.startsWith(`${name}-`) && old.endsWith('.mjs')) rmSync(join(cacheDir, old), {force: true})
  }
  return join(cacheDir, file)
}

/**
 * The key of a bundle: this file, esbuild's version, the build options and the project files esbuild reads besides
 * the sources (tsconfig.json, package.json), so a change of any makes it again.
 */
export function bundleKey(esbuildVersion, options, {root = ROOT} = {}) {
  const read = (name) => {
    try {
      return readFileSync(join(root, name), 'utf8')
    } catch {
      return ''
    }
  }
  return hashOf([readFileSync(fileURLToPath(import.meta.url), 'utf8'), esbuildVersion, JSON.stringify(options), read('tsconfig.json'), read('package.json')].join('\0'))
}

/**
 * An esbuild plugin that gives each bundled .ts or .js file its own `import.meta.url`, `import.meta.dirname` and
 * `import.meta.filename` (its place among the sources, not the bundle's), so paths found from them (lexicons, the
 * worker script, the report's client sources) are the same bundled or not.
 */
export const sourceMetaPlugin = {
  name: 'presswatch-source-meta',
  setup(build) {
    build.onLoad({filter: /\.[jt]s$/}, (args) => {
      const meta = {url: pathToFileURL(args.path).href, dirname: dirname(args.path), filename: args.path}
      // Not right after a quote or backtick, so a name quoted in a comment or a string stays as it is (a string with
      // text before the name would still be rewritten; no source holds one).
      const contents = readFileSync(args.path, 'utf8').replace(META_RE, (_, name) => JSON.stringify(meta[name]))
      return {contents, loader: args.path.endsWith('.ts') ? 'ts' : 'js'}
    })
  },
}

/**
 * The command line's modules (`pipeline/cli.ts`): from the kept bundle, made first when absent or stale (about
 * 0.3 s, once), which starts several times faster than tsx compiling and loading each module on every run; through
 * tsx when no bundle can be made (a read-only install).
 */
export async function loadCli() {
  const throughTsx = async () => {
    const {register} = await import('tsx/esm/api')
    register()
    return import('../pipeline/cli.ts')
  }
  let file
  try {
    file = await nodeBundle('cli', 'pipeline/cli.ts')
  } catch {
    // No bundle (the cache cannot be written, or a source does not compile: tsx then reports where).
    return throughTsx()
  }
  try {
    return await import(pathToFileURL(file).href)
  } catch (error) {
    // Removed by another run that made a newer one since it was chosen: run the sources. Any other error (one
    // a module throws as it loads) is the program's, and raised.
    if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes(file)) return throughTsx()
    throw error
  }
}

/**
 * The extraction worker's module (`pipeline/worker.ts`) as a kept bundle, made first when absent or stale, so each
 * worker thread of the pool loads one plain module (about 0.1 s) instead of registering tsx and compiling every
 * source (about 1 s of CPU per thread); undefined when no bundle can be made or kept (a read-only install), and the
 * pool then loads the sources through tsx.
 * @returns {Promise<string | undefined>} the bundle's path
 */
export async function workerBundle() {
  try {
    return await nodeBundle('worker', 'pipeline/worker.ts')
  } catch {
    return undefined
  }
}

/**
 * The path of the bundle `name` of esbuild `options`: the kept one when fresh, else the one `build(options)` makes
 * (sync or async), kept for the next run. Throws when the bundle can be neither built nor kept.
 * @param {string} name
 * @param {object} options
 * @param {(options: object) => any} build
 * @returns {string | Promise<string>}
 */
export function keptOrBuilt(name, options, build) {
  const key = bundleKey(esbuildVersion(), options)
  const kept = freshBundle(name, key)
  if (kept) return kept
  const startedAt = Date.now()
  const keep = (result) => keepBundle(name, key, result, {startedAt})
  const result = build(options)
  return result instanceof Promise ? result.then(keep) : keep(result)
}

/** The installed esbuild's version. */
export function esbuildVersion() {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules', 'esbuild', 'package.json'), 'utf8')).version
}

// --- internal ---

/** The kept bundle `name` of the Node module `entry` (relative to the root), its packages left external; made when stale. */
function nodeBundle(name, entry) {
  const options = {
    entryPoints: [join(ROOT, entry)], absWorkingDir: ROOT, bundle: true, packages: 'external',
    format: 'esm', platform: 'node', target: 'node20', write: false, metafile: true, logLevel: 'silent',
  }
  return keptOrBuilt(name, options, async (o) => (await import('esbuild')).build({...o, plugins: [sourceMetaPlugin]}))
}

const META_RE = /(?<!['"`\w.])import\.meta\.(url|dirname|filename)\b/g

function hashOf(data) {
  return createHash('sha1').update(data).digest('hex').slice(0, 16)
}

function writeWhole(path, data) {
  const tmp = `${path}.tmp-${process.pid}`
  writeFileSync(tmp, data)
  renameSync(tmp, path)
}
