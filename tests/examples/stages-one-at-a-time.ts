// Recipe: run stages one at a time and look at the mentions.
import assert from 'node:assert/strict'
import {analyse, mentionsOf, readArticles} from 'presswatch'

const [raw] = await readArticles('data/samples')
const article = analyse(raw!, {stages: ['ingest', 'tokenise']}) // headline, date and body from the page dump
const withPeople = analyse(article, {stages: ['people']})
const people = mentionsOf(withPeople, 'PERSON').map((m) => m.value)
const doc = analyse(withPeople, {stages: ['organisations', 'titles', 'dates']}) // the rest of the plan

assert.equal(article.meta.published, '2021-07-11')
assert.deepEqual([...new Set(people)], ['Kim Jong Un', 'Xi Jinping'])
assert.ok(doc.titles.some((t) => t.person === 'Xi Jinping' && t.title.startsWith('General Secretary')))
assert.throws(() => analyse(doc, {stages: ['people']}), {code: 'E_LAYER_EXISTS'}) // a stage never runs twice on a doc
