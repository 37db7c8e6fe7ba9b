// Recipe: read articles from a folder, a JSONL corpus (the first few) or a string.
import assert from 'node:assert/strict'
import {fromJsonl, fromText, readArticles} from 'presswatch'

const docs = await readArticles('data/samples') // raw documents: `ingest` has not run yet
const text = fromText('Kim Jong Un met Xi Jinping in Pyongyang.', {published: '2019-06-20', id: 'a1'})
const lines = fromJsonl('{"id": "b1", "title": "Talks", "text": "Xi Jinping met Kim Jong Un.", "published": "2019-06-21"}')

assert.deepEqual(docs.map((d) => d.id), ['000_d6c66752962f85b6'])
assert.equal(text.meta.published, '2019-06-20')
assert.equal(lines[0]?.meta.headline, 'Talks')
