// Recipe: tune one stage's option and compare, with the stage or with its pure finder.
import assert from 'node:assert/strict'
import {analyse, readArticles} from 'presswatch'
import {findTitles} from 'presswatch/stages/titles'

const [raw] = await readArticles('data/samples')
const linked = analyse(raw!, {stages: ['ingest', 'tokenise', 'people', 'organisations']})
const full = analyse(linked, {stages: ['titles']}) // maxTitleTokens: 30 (the default)
const short = analyse(linked, {stages: ['titles'], options: {titles: {maxTitleTokens: 4}}})
const found = findTitles(linked, {maxTitleTokens: 4}) // the same, without making a new document

assert.equal(full.titles.length, 6)
assert.deepEqual(short.titles.map((t) => t.title), ['General Secretary', 'General Secretary'])
assert.deepEqual(found.titles, short.titles)
