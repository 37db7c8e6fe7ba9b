import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import {buildSync} from 'esbuild'
import type {ReportAssets} from '../stages/report-html/index.ts'

let built: ReportAssets | undefined

/**
 * The HTML report's scripts: the page script (stages/report-html/client/*.ts bundled by esbuild into one IIFE) and
 * cytoscape's prebuilt browser build (MIT). Built from the sources at run time, once per process, so no generated
 * bundle lives in the repository; the report stage itself stays pure and receives them as data.
 */
export function loadReportAssets(): ReportAssets {
  if (built) return built
  const entry = fileURLToPath(new URL('../stages/report-html/client/main.ts', import.meta.url))
  const app = buildSync({
    entryPoints: [entry], bundle: true, write: false, format: 'iife', target: 'es2022',
    minify: true, legalComments: 'none', charset: 'utf8', platform: 'browser',
  }).outputFiles[0]!.text
  const cytoscape = readFileSync(createRequire(import.meta.url).resolve('cytoscape/dist/cytoscape.min.js'), 'utf8')
  built = {app, cytoscape}
  return built
}
