import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {build, type BuildOptions} from 'esbuild'
import {describe, expect, it} from 'vitest'
import {bundleKey, freshBundle, keepBundle, sourceMetaPlugin} from '../bin/bundle.js'

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
    const make = async (): Promise<string> => keepBundle('t', bundleKey('1', options), await build({...options, plugins: [sourceMetaPlugin]}), {root, cacheDir})
    return {root, cacheDir, options, make}
  }

  it('is reused while its inputs are unchanged, and each module keeps its own import.meta', async () => {
    const {root, cacheDir, options, make} = project()
    const file = await make()
    expect(freshBundle('t', bundleKey('1', options), {root, cacheDir})).toBe(file)
    const mod = await import(pathToFileURL(file).href)
    expect(mod.value).toBe('Pyongyang 1')
    expect(mod.here).toBe(pathToFileURL(join(root, 'src', 'main.ts')).href)
    expect(mod.dir).toBe(join(root, 'src'))
    expect(mod.quoted).toEqual(['import.meta.url', 'false'])
  })

  it('is stale when a source, a bundled JSON file, the options or the bundle itself change', async () => {
    const {root, cacheDir, options, make} = project()
    const key = bundleKey('1', options)
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
    expect(freshBundle('t', bundleKey('2', options), {root, cacheDir})).toBeUndefined()
    expect(freshBundle('t', bundleKey('1', {...options, minify: true}), {root, cacheDir})).toBeUndefined()
    writeFileSync(again, 'export const value = "edited"\n')
    expect(fresh()).toBeUndefined()
    expect(freshBundle('other', key, {root, cacheDir})).toBeUndefined()
  })
})
