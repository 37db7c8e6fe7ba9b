// Recipe: flat rows for a table (console.table, CSV, a data frame), an HTML table and an SVG chart.
import assert from 'node:assert/strict'
import {analyse, entities, toBarChartSvg, toHtmlTable, toRows} from 'presswatch'
import {toCsv} from 'presswatch/stages/report-csv'

const doc = analyse('Kim Jong Un met Xi Jinping in Pyongyang on June 20, 2019.', {meta: {published: '2019-06-20'}})
const rows = toRows(doc) // one row per mention: article, label, text, value, start, end, sentence, rule
const csv = toCsv(rows, Object.keys(rows[0]!))
const table = toHtmlTable(toRows(entities([doc])))
const chart = toBarChartSvg(entities([doc]), {label: 'name', value: 'mentions'})

assert.deepEqual(rows.map((r) => [r.label, r.text]), [['PERSON', 'Kim Jong Un'], ['PERSON', 'Xi Jinping'], ['DATE', 'June 20, 2019']])
assert.match(csv, /^article,label,text,value,start,end,sentence,rule\n/)
assert.match(table, /<td>Xi Jinping<\/td>/)
assert.match(chart, /^<svg [^>]*role="img"/)
