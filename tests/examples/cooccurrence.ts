// Recipe: who appears with whom across a corpus, and who is named when.
import assert from 'node:assert/strict'
import {cooccurrence, entities, readArticles, timeline, toRecords} from 'presswatch'

const records = toRecords(await readArticles('examples/tiny-corpus.jsonl')) // the whole plan on each article, once
const people = entities(records, {types: ['PERSON']})
const pairs = cooccurrence(records, {window: 'sentence', types: ['PERSON']})
const years = timeline(records, {period: 'year', types: ['PERSON']}).filter((r) => r.name === 'Xi Jinping')

assert.equal(people[0]?.name, 'Kim Jong Un')
assert.deepEqual([pairs[0]?.aName, pairs[0]?.bName, pairs[0]?.count], ['Kim Jong Un', 'Xi Jinping', 4])
assert.deepEqual(years.map((r) => [r.period, r.articles]), [['2019', 1], ['2020', 1]])
