import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'

/** Debian's chromium, installed by .ci/setup; the browser tests skip without it (never download a browser). */
export const CHROMIUM = '/usr/bin/chromium'
export const HAS_CHROMIUM = existsSync(CHROMIUM)
export const SKIP_REASON = `browser tests skipped: ${CHROMIUM} is absent (run .ci/setup to install Debian's chromium)`

/** Launch headless chromium with the flags this machine needs (no background networking); playwright gives it a fresh profile. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
      '--disable-sync'],
  })
}

/** What went wrong while a page was open: console errors, page errors, failed requests, requests that left the folder. */
export interface PageLog {
  readonly errors: string[]
  readonly failed: string[]
  readonly outside: string[]
}

/** A new page that records its console errors, uncaught errors, failed requests and any request not under `root`. */
export async function openPage(browser: Browser, root: string): Promise<{page: Page; log: PageLog}> {
  const page = await browser.newPage({viewport: {width: 1280, height: 900}})
  const log: PageLog = {errors: [], failed: [], outside: []}
  const base = pathToFileURL(root).href
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text())
  })
  page.on('pageerror', (e) => log.errors.push(String(e)))
  page.on('requestfailed', (r) => log.failed.push(`${r.url()}: ${r.failure()?.errorText ?? ''}`))
  page.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('data:')) log.outside.push(r.url())
  })
  return {page, log}
}

/** The file:// address of a report page. */
export const pageUrl = (root: string, path: string): string => `${pathToFileURL(join(root, path.split('#')[0]!)).href}${path.includes('#') ? `#${path.split('#')[1]}` : ''}`
