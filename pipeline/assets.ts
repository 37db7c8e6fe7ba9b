import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import {buildSync, type BuildOptions, type BuildResult} from 'esbuild'
import type {ReportAssets} from '../stages/report-html/index.ts'
import {keptOrBuilt, ROOT} from '../bin/bundle.js'

let built: ReportAssets | undefined

/**
 * The HTML report's scripts: the page script (stages/report-html/client/*.ts bundled by esbuild into one IIFE) and
 * cytoscape's prebuilt browser build (MIT). The page script is built from the sources when they change and kept in
 * node_modules/.cache/presswatch (bin/bundle.js) meanwhile, so no generated bundle lives in the repository and a
 * run does not spend the build's 0.2 s each time; the report stage itself stays pure and receives them as data.
 */
export function loadReportAssets(): ReportAssets {
  if (built) return built
  built = {app: pageScript(), cytoscape: readFileSync(createRequire(import.meta.url).resolve('cytoscape/dist/cytoscape.min.js'), 'utf8')}
  return built
}

// --- internal ---

function pageScript(): string {
  const options: BuildOptions & {write: false; metafile: true} = {
    entryPoints: [fileURLToPath(new URL('../stages/report-html/client/main.ts', import.meta.url))], absWorkingDir: ROOT,
    bundle: true, write: false, metafile: true, format: 'iife', target: 'es2022', minify: true, legalComments: 'none',
    charset: 'utf8', platform: 'browser', logLevel: 'silent',
  }
  let made: BuildResult<typeof options> | undefined
  try {
    return readFileSync(keptOrBuilt('report-app', options, () => (made = buildSync(options))), 'utf8')
  } catch {
    // No cache to read or write (a read-only install): built for this run only, once.
    return (made ?? buildSync(options)).outputFiles[0]!.text
  }
}
