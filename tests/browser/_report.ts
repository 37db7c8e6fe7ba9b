import {mkdirSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import type {Label} from '../../pipeline/doc.ts'
import type {Extracted, ExtractedMention} from '../../pipeline/extracted.ts'
import {buildReports} from '../../pipeline/reports.ts'

/** Write every report file under `dir` (the CLI does the same through pipeline/io.ts). */
export function writeReportFolder(dir: string, records: readonly Extracted[]): void {
  const files = buildReports(records, [], {generatedAt: '2020-01-01', inputs: ['test'], stages: ['test']})
  for (const [name, content] of files) {
    const path = join(dir, name)
    mkdirSync(dirname(path), {recursive: true})
    writeFileSync(path, content)
  }
}

/**
 * A hand-written article: `parts` alternate plain text and mentions `[label, surface, value?]`; offsets,
 * sentences (split at '. ') and mentions are computed from them.
 */
export function article(id: string, published: string, headline: string, parts: readonly (string | readonly [Label, string, string?])[]): Extracted {
  let text = ''
  const spans: {label: Label; text: string; value: string; start: number; end: number}[] = []
  for (const p of parts) {
    if (typeof p === 'string') text += p
    else {
      spans.push({label: p[0], text: p[1], value: p[2] ?? p[1], start: text.length, end: text.length + p[1].length})
      text += p[1]
    }
  }
  const sentences: [number, number][] = []
  let start = 0
  for (const m of text.matchAll(/\. /g)) {
    sentences.push([start, m.index + 1])
    start = m.index + 2
  }
  if (start < text.length) sentences.push([start, text.length])
  const sentenceOf = (at: number): number => Math.max(0, sentences.findIndex(([a, b]) => at >= a && at < b))
  const mentions: ExtractedMention[] = spans.map((s) => ({...s, sentence: sentenceOf(s.start), rule: 'test:hand'}))
  return {id, published, headline, source: 'test', text, bodyStart: 0, words: text.split(/\s+/).length, sentences, mentions, titles: [], messages: []}
}

/** A small corpus of hand-written articles, one of them hostile. */
export function smallCorpus(): Extracted[] {
  const out: Extracted[] = []
  const people = ['Kim Il Sung', 'Kim Jong Il', 'Ri Su Yong', 'Pak Pong Ju', 'Choe Ryong Hae', 'Kim Yong Nam']
  const orgs = ['Workers\' Party of Korea', 'Korean People\'s Army', 'Supreme People\'s Assembly', 'KCNA']
  for (let i = 0; i < 40; i++) {
    const p1 = people[i % people.length]!
    const p2 = people[(i * 3 + 1) % people.length]!
    const o = orgs[i % orgs.length]!
    const month = String((i % 12) + 1).padStart(2, '0')
    out.push(article(`a${String(i).padStart(3, '0')}`, `${2000 + (i % 3)}-${month}-1${i % 10}`, `Meeting number ${i}`, [
      'Pyongyang, ', ['DATE', `March ${i + 1}`, `2000-03-${String((i % 28) + 1).padStart(2, '0')}`], ' (KCNA) -- ', ['PERSON', p1], ' met ', ['PERSON', p2],
      ' of the ', ['ORG', o], '. ', ['PERSON', p1], ' spoke at the ', ['ORG', orgs[(i + 1) % orgs.length]!], '. The talks went on.',
    ]))
  }
  const hostile = article('hostile', '2001-06-15', 'Hostile <script>alert(1)</script> headline', [
    'Text with <script>window.__pwned=1;alert(1)</script> and <img src=x onerror="window.__pwned=2"> inside. ',
    ['PERSON', '<b onmouseover=alert(1)>Evil</b> Kim', 'Evil <img src=x onerror=alert(1)>'], ' met ', ['ORG', '</script><script>alert(2)</script>'], '. End.',
  ])
  out.push({...hostile, titles: [{person: 'Evil <img src=x onerror=alert(1)>', title: '<svg onload=alert(3)>', start: 0, end: 4, sentence: 0, rule: 'test:hand'}]})
  return out
}
