import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {delimiter, join} from 'node:path'
import {describe, expect, it} from 'vitest'

// examples/explore.ipynb runs in a real Jupyter with the tslab kernel, headless, failing on any cell error; the
// executed copy goes to a temporary folder (never into the repository) and its outputs must name the people of
// the sample page. Needs Debian's jupyter-nbconvert and the kernel that `.ci/setup` installs.

const ROOT = join(import.meta.dirname, '..')
const EXAMPLES = join(ROOT, 'examples')
const KERNEL_BIN = join(EXAMPLES, 'kernel', 'node_modules', '.bin')
const nbconvert = ['/usr/bin/jupyter-nbconvert', 'jupyter-nbconvert'].find((c) => spawnSync(c, ['--version'], {encoding: 'utf8'}).status === 0)

interface Notebook {
  readonly cells: readonly {cell_type: string; source: string | string[]; outputs?: {output_type: string; text?: string | string[]; data?: Record<string, string | string[]>}[]}[]
}
const join_ = (s: string | string[] | undefined): string => (Array.isArray(s) ? s.join('') : (s ?? ''))

describe.skipIf(!nbconvert)('examples/explore.ipynb', () => {
  it('executes in Jupyter with the tslab kernel and shows the expected names, a table and a chart', () => {
    // `npm ci && npm test` on a fresh clone has Jupyter (Debian) but not yet the kernel: install it as .ci/setup does.
    if (!existsSync(join(KERNEL_BIN, 'tslab'))) {
      const install = spawnSync('bash', [join(EXAMPLES, 'kernel', 'install.sh')], {encoding: 'utf8', timeout: 600_000})
      expect(install.status, `examples/kernel/install.sh failed: ${install.stderr.slice(-2000)}`).toBe(0)
    }
    const committed = JSON.parse(readFileSync(join(EXAMPLES, 'explore.ipynb'), 'utf8')) as Notebook
    expect(committed.cells.flatMap((c) => c.outputs ?? []), 'the notebook is committed without outputs').toEqual([])
    const out = mkdtempSync(join(tmpdir(), 'presswatch-notebook-'))
    try {
      const run = spawnSync(nbconvert!, ['--to', 'notebook', '--execute', '--ExecutePreprocessor.timeout=600', '--output-dir', out, 'explore.ipynb'],
        {cwd: EXAMPLES, encoding: 'utf8', timeout: 900_000, env: {...process.env, PATH: `${KERNEL_BIN}${delimiter}${process.env.PATH ?? ''}`}})
      expect(run.status, run.stderr.slice(-3000)).toBe(0)
      const executed = JSON.parse(readFileSync(join(out, 'explore.ipynb'), 'utf8')) as Notebook
      const code = executed.cells.filter((c) => c.cell_type === 'code')
      const outputs = code.map((c) => (c.outputs ?? []).map((o) => join_(o.text) + Object.values(o.data ?? {}).map(join_).join('')).join('\n'))
      expect(code.every((c) => (c.outputs ?? []).every((o) => o.output_type !== 'error'))).toBe(true)
      const all = outputs.join('\n')
      for (const name of ['Kim Jong Un', 'Xi Jinping', "Workers' Party of Korea", 'E_LAYER_EXISTS', 'maxTitleTokens 4: 2']) expect(all).toContain(name)
      expect(all).toMatch(/<table class="presswatch">[\s\S]*Kim Jong Un/)
      expect(all).toMatch(/<svg [^>]*role="img"/)
      expect(outputs.at(-1)).toMatch(/^<svg/)
    } finally {
      rmSync(out, {recursive: true, force: true})
    }
  }, 900_000)
})

