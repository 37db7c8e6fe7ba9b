import {spawnSync} from 'node:child_process'
import {readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

// Importing a module must not read or write files, print, add globals or change the environment (STYLE §9):
// a notebook imports stages freely. Each module is imported in a fresh Node with fs, console and the standard
// streams wrapped by tests/side-effects/preload.mjs; module loading itself (including JSON lexicons imported
// `with {type: 'json'}`) is not counted.

const ROOT = join(import.meta.dirname, '..')
/**
 * Browser code of the HTML report: bundled into the report and run by the page, never imported by Node code
 * (it needs a `document`), so it is not a Node module to check.
 */
const BROWSER_ONLY = /^stages\/report-html\/client\//

const modules = (): string[] => {
  const files = readdirSync(join(ROOT, 'pipeline')).map((f) => `pipeline/${f}`)
  for (const entry of readdirSync(join(ROOT, 'stages'), {recursive: true, withFileTypes: true})) {
    if (entry.isFile()) files.push(join(entry.parentPath, entry.name).slice(ROOT.length + 1).replaceAll('\\', '/'))
  }
  return files.filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts')).sort()
}

interface Report {
  readonly results: readonly {module: string; error?: string; globals: string[]; env: string[]}[]
  readonly calls: readonly {module: string; kind: string; name: string; arg: string; stack: string[]}[]
  readonly exitCode: number | null
}

function importAll(files: readonly string[]): Report {
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--import', './tests/side-effects/preload.mjs', 'tests/side-effects/check.ts', ...files],
    {cwd: ROOT, encoding: 'utf8', timeout: 300_000, env: {...process.env, NODE_OPTIONS: ''}})
  const last = child.stdout.trim().split('\n').at(-1) ?? ''
  if (child.status !== 0 || !last.startsWith('{')) throw new Error(`import check failed (exit ${child.status}): ${child.stderr.slice(-2000)}`)
  return JSON.parse(last) as Report
}

/** What importing a module did, one line per finding (empty when it did nothing). */
function findings(report: Report): string[] {
  const out: string[] = []
  for (const r of report.results) {
    if (r.error) out.push(`${r.module}: import failed: ${r.error}`)
    for (const g of r.globals) out.push(`${r.module}: new global \`${g}\``)
    for (const e of r.env) out.push(`${r.module}: ${e}`)
  }
  for (const c of report.calls) out.push(`${c.module}: ${c.kind}.${c.name}(${c.arg}) ${c.stack[0] ?? ''}`)
  if (report.exitCode !== null) out.push(`process.exitCode set to ${report.exitCode}`)
  return out
}

describe('importing a module has no side effects', () => {
  it('every module under pipeline/ and stages/ (fresh process, fs and console wrapped)', () => {
    const files = modules().filter((f) => !BROWSER_ONLY.test(f))
    expect(files.length).toBeGreaterThan(40)
    const report = importAll(files)
    expect(report.results.map((r) => r.module)).toEqual(files)
    expect(findings(report)).toEqual([])
  }, 300_000)

  it('the check sees a file read and a print at import', () => {
    const report = importAll(['tests/side-effects/noisy.ts'])
    expect(findings(report).join('\n')).toMatch(/readFileSync[\s\S]*console\.log/)
  }, 120_000)

  it('the evaluation script runs only when started as a script', () => {
    expect(findings(importAll(['pipeline/eval-cli.ts']))).toEqual([])
  }, 120_000)
})
