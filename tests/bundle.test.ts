import {existsSync, mkdtempSync, mkdirSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {build, type BuildOptions} from 'esbuild'
import {describe, expect, it} from 'vitest'
import {bundleKey, freshBundle, keepBundle, MTIME_SLACK_MS, sourceMetaPlugin} from '../bin/bundle.js'

// The command line runs from a bundle of the sources kept in node_modules/.cache: it must never run stale code.
describe('kept bundles (bin/bundle.js)', () => {
  const project = (): {root: string; cacheDir: string; options: BuildOptions; make: () => Promise<string>} => {
    const root = mkdtempSync(join(tmpdir(), 'presswatch-bundle-'))
    mkdirSync(join(root, 'src', 'deep'), {recursive: true})
    writeFileSync(join(root, 'src', 'main.ts'), "import {word} from './deep/word.ts'\nimport data from './deep/data.json' with {type: 'json'}\nexport const here: string = import.meta.url\nexport const dir: string = import.meta.dirname\nexport const value = `${word} ${data.n}`\nexport const quoted = ['import.meta.url', `${import.meta.dirname === undefined}`]\n")
    writeFileSync(join(root, 'src', 'deep', 'word.ts'), "export const word: string = 'Pyongyang'\nexport const wordUrl = import.meta.url\n")
    writeFileSync(join(root, 'src', 'deep', 'data.json'), '{"n": 1}')
    const cacheDir = join(root, 'cache')
    const options: BuildOptions & {write: false; metafile: true} = {entryPoints: [join(root, 'src', 'main.ts')], absWorkingDir: root, bundle: true, format: 'esm', platform: 'node', write: false, metafile: true, logLevel: 'silent'}
    const make = async (): Promise<string> => keepBundle('t', bundleKey('1', options, {root}), await build({...options, plugins: [sourceMetaPlugin]}), {root, cacheDir})
    return {root, cacheDir, options, make}
  }

  it('is reused while its inputs are unchanged, and each module keeps its own import.meta', async () => {
    const {root, cacheDir, options, make} = project()
    const file = await make()
    expect(freshBundle('t', bundleKey('1', options, {root}), {root, cacheDir})).toBe(file)
    const mod = await import(pathToFileURL(file).href)
    expect(mod.value).toBe('Pyongyang 1')
    expect(mod.here).toBe(pathToFileURL(join(root, 'src', 'main.ts')).href)
    expect(mod.dir).toBe(join(root, 'src'))
    expect(mod.quoted).toEqual(['import.meta.url', 'false'])
  })

  it('is stale when a source, a bundled JSON file, the options or the bundle itself change', async () => {
    const {root, cacheDir, options, make} = project()
    const key = bundleKey('1', options, {root})
    const fresh = (): string | undefined => freshBundle('t', key, {root, cacheDir})
    await make()
    writeFileSync(join(root, 'src', 'deep', 'word.ts'), "export const word: string = 'Wonsan'\n")
    expect(fresh()).toBeUndefined()
    const file = await make()
    expect(fresh()).toBe(file)
    expect((await import(pathToFileURL(file).href)).value).toBe('Wonsan 1')
    writeFileSync(join(root, 'src', 'deep', 'data.json'), '{"n": 2}')
    expect(fresh()).toBeUndefined()
    const again = await make()
    expect(fresh()).toBe(again)
    expect(freshBundle('t', bundleKey('2', options, {root}), {root, cacheDir})).toBeUndefined()
    expect(freshBundle('t', bundleKey('1', {...options, minify: true}, {root}), {root, cacheDir})).toBeUndefined()
    writeFileSync(again, 'export const value = "edited"\n')
    expect(fresh()).toBeUndefined()
    expect(freshBundle('other', key, {root, cacheDir})).toBeUndefined()
  })

  it('is not kept when a source changed while it was built, and is stale when tsconfig.json or package.json change', async () => {
    const {root, cacheDir, options} = project()
    const key = bundleKey('1', options, {root})
    const sources = [join(root, 'src', 'main.ts'), join(root, 'src', 'deep', 'word.ts'), join(root, 'src', 'deep', 'data.json')]
    const saved = (ms: number): void => sources.forEach((file) => utimesSync(file, ms / 1000, ms / 1000))
    // Nothing saved since well before the build began: kept.
    saved(Date.now() - MTIME_SLACK_MS - 5000)
    keepBundle('t', key, await build({...options, plugins: [sourceMetaPlugin]}), {root, cacheDir, startedAt: Date.now()})
    expect(freshBundle('t', key, {root, cacheDir})).toBeDefined()
    const startedAt = Date.now()
    const result = await build({...options, plugins: [sourceMetaPlugin]})
    // Saved after the build began: what was built may not be what is on disk.
    writeFileSync(join(root, 'src', 'deep', 'word.ts'), "export const word: string = 'Kaesong'\n")
    const file = keepBundle('t', key, result, {root, cacheDir, startedAt})
    expect(existsSync(file)).toBe(true)
    // Kept, its manifest would list the new file's hash beside code built from the old one, and pass as fresh.
    expect(freshBundle('t', key, {root, cacheDir})).toBeUndefined()
    // The same save stamped a few ms before the start, as the kernel's coarse clock does: still not kept.
    saved(Date.now() - MTIME_SLACK_MS - 5000)
    keepBundle('t', key, await build({...options, plugins: [sourceMetaPlugin]}), {root, cacheDir, startedAt: Date.now()})
    const later = Date.now()
    const built = await build({...options, plugins: [sourceMetaPlugin]})
    writeFileSync(join(root, 'src', 'deep', 'word.ts'), "export const word: string = 'Sinuiju'\n")
    utimesSync(join(root, 'src', 'deep', 'word.ts'), (later - 6) / 1000, (later - 6) / 1000)
    keepBundle('t', key, built, {root, cacheDir, startedAt: later})
    expect(freshBundle('t', key, {root, cacheDir})).toBeUndefined()
    keepBundle('t', key, await build({...options, plugins: [sourceMetaPlugin]}), {root, cacheDir})
    expect(freshBundle('t', key, {root, cacheDir})).toBeDefined()
    writeFileSync(join(root, 'tsconfig.json'), '{"compilerOptions": {"target": "ES2022"}}')
    expect(bundleKey('1', options, {root})).not.toBe(key)
    const withTsconfig = bundleKey('1', options, {root})
    writeFileSync(join(root, 'package.json'), '{"sideEffects": false}')
    expect(bundleKey('1', options, {root})).not.toBe(withTsconfig)
  })
})
