import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {countArticles} from '../../pipeline/io.ts'

describe('countArticles (the progress bar total)', () => {
  it('counts JSONL lines and one per page or text file, skipping unknown and missing inputs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'presswatch-count-'))
    writeFileSync(join(dir, 'a.jsonl'), '{"id":"1","text":"x"}\n{"id":"2","text":"y"}\n{"id":"3","text":"z"}\n')
    writeFileSync(join(dir, 'b.txt'), 'An article.')
    writeFileSync(join(dir, 'c.html'), '<p>An article.</p>')
    writeFileSync(join(dir, 'notes.md'), '# not one')
    expect(await countArticles([dir, join(dir, 'missing.jsonl')])).toBe(5)
  })
})
