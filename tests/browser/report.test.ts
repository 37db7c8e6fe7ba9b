import {mkdirSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {HAS_CHROMIUM, launch, openPage, pageUrl, SKIP_REASON, type PageLog} from './_browser.ts'
import {smallCorpus, writeReportFolder} from './_report.ts'

const ROOT = join(import.meta.dirname, '..', '.tmp', 'report-small')
const SHOTS = join(import.meta.dirname, '..', 'screenshots')

describe.skipIf(!HAS_CHROMIUM)('HTML report in chromium (hand-written corpus with a hostile article)', () => {
  let browser: Browser
  const logs: [string, PageLog][] = []
  const open = async (path: string): Promise<Page> => {
    const {page, log} = await openPage(browser, ROOT)
    logs.push([path, log])
    page.on('dialog', (d) => {
      log.errors.push(`dialog opened: ${d.message()}`)
      void d.dismiss()
    })
    await page.goto(pageUrl(ROOT, path))
    await page.waitForFunction(() => document.body.dataset.page === 'index' || performance.getEntriesByName('presswatch:ready').length > 0)
    return page
  }
  const shot = (page: Page, name: string): Promise<Buffer> => page.screenshot({path: join(SHOTS, `${name}.png`), fullPage: true})

  beforeAll(async () => {
    rmSync(ROOT, {recursive: true, force: true})
    mkdirSync(SHOTS, {recursive: true})
    writeReportFolder(ROOT, smallCorpus())
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('shows the overview with counts, a chart and links', async () => {
    const page = await open('index.html')
    expect(await page.locator('h1').textContent()).toBe('presswatch report')
    expect(await page.locator('svg.chart rect.bar').count()).toBeGreaterThan(10)
    expect(await page.locator('a[href^="entity.html#"]').count()).toBeGreaterThan(5)
    await shot(page, 'small-overview')
  })

  it('sorts, filters and pages the tables', async () => {
    const page = await open('tables.html#people')
    const rows = page.locator('#data-table tbody tr')
    expect(await rows.count()).toBe(7)
    await page.fill('#filter-text', 'kim')
    expect(await rows.count()).toBe(4)
    await page.fill('#filter-text', '')
    await page.fill('#filter-from', '2002-01-01')
    expect(await rows.count()).toBe(4)
    await page.getByRole('button', {name: 'name'}).click()
    expect(await rows.first().locator('td').first().textContent()).toBe('Choe Ryong Hae')
    await page.goto(pageUrl(ROOT, 'tables.html#articles'))
    await page.waitForSelector('#data-table caption')
    expect(await page.locator('#data-table caption').textContent()).toContain('41 of 41')
    expect(await rows.count()).toBe(41)
    await shot(page, 'small-tables')
  })

  it('shows an entity with its chart, associations and context lines linking to articles', async () => {
    const page = await open('entity.html#person%3Akim-jong-il')
    expect(await page.locator('h1').textContent()).toContain('Kim Jong Il')
    expect(await page.locator('svg.chart rect.bar').count()).toBeGreaterThan(3)
    expect(await page.locator('table.kwic tbody tr').count()).toBeGreaterThan(5)
    await page.locator('table.kwic a').first().click()
    await page.waitForFunction(() => location.pathname.endsWith('article.html'))
    await page.waitForSelector('#article-text')
    expect(await page.locator('#article-text mark.ent').count()).toBeGreaterThan(3)
    await shot(page, 'small-entity-to-article')
  })

  it('shows a hostile article as text and runs nothing from it', async () => {
    const page = await open('article.html#hostile')
    const text = await page.locator('#article-text').textContent()
    expect(text).toContain('<script>window.__pwned=1;alert(1)</script>')
    expect(text).toContain('<img src=x onerror="window.__pwned=2">')
    expect(await page.locator('h1').textContent()).toBe('Hostile <script>alert(1)</script> headline')
    expect(await page.locator('main img, main script, main svg[onload], main b').count()).toBe(0)
    expect(await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned)).toBeUndefined()
    expect(await page.locator('mark.ent.PERSON').textContent()).toContain('<b onmouseover=alert(1)>Evil</b> Kim')
    expect(await page.locator('aside').textContent()).toContain('<svg onload=alert(3)>')
    await shot(page, 'small-hostile-article')
    const entity = await open('entity.html#person%3Aevil-img-src-x-onerror-alert-1')
    expect(await entity.locator('h1').textContent()).toContain('Evil <img src=x onerror=alert(1)>')
  })

  it('renders the network, filters it, and a click on a node opens the entity', async () => {
    const page = await open('network.html')
    const nodes = async (): Promise<number> => Number(await page.locator('#cy').getAttribute('data-nodes'))
    const edges = async (): Promise<number> => Number(await page.locator('#cy').getAttribute('data-edges'))
    expect(await nodes()).toBe(12)
    expect(await page.evaluate(() => (window as unknown as {presswatchNetwork: {nodes(): {length: number}}}).presswatchNetwork.nodes().length)).toBe(12)
    expect(await page.locator('#cy canvas').count()).toBeGreaterThan(0)
    await shot(page, 'small-network')
    await page.uncheck('#net-type-PERSON')
    expect(await nodes()).toBe(5)
    expect(await page.locator('#net-list li').count()).toBe(5)
    await page.check('#net-type-PERSON')
    const before = await edges()
    await page.fill('#net-min', '5')
    await page.locator('#net-min').dispatchEvent('change')
    expect(await edges()).toBeLessThan(before)
    await page.selectOption('#net-from', '2002-01')
    expect(await nodes()).toBeLessThan(12)
    const target = await page.evaluate(() => {
      const cy = (window as unknown as {presswatchNetwork: import('cytoscape').Core}).presswatchNetwork
      const node = cy.nodes().filter((n) => n.data('name') === 'Kim Jong Il').first() as import('cytoscape').NodeSingular
      const p = node.renderedPosition()
      const box = document.getElementById('cy')!.getBoundingClientRect()
      return {x: box.left + p.x, y: box.top + p.y, name: node.data('name') as string}
    })
    await page.mouse.move(target.x, target.y)
    expect(await page.locator('#net-hover').textContent()).toContain(target.name)
    await page.mouse.click(target.x, target.y)
    await page.waitForFunction(() => location.pathname.endsWith('entity.html'))
    await page.waitForFunction(() => performance.getEntriesByName('presswatch:ready').length > 0)
    expect(await page.locator('h1').textContent()).toContain('Kim Jong Il')
  })

  it('reaches the controls from the keyboard', async () => {
    const page = await open('network.html')
    const reached = new Set<string>()
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab')
      reached.add(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || ''))
    }
    expect([...reached]).toEqual(expect.arrayContaining(['net-from', 'net-to', 'net-type-PERSON', 'net-min', 'net-count']))
  })

  it('logged no console errors, failed requests or requests leaving the report folder', () => {
    for (const [path, log] of logs) expect(log, path).toEqual({errors: [], failed: [], outside: []})
  })
})

if (!HAS_CHROMIUM) it.skip(SKIP_REASON, () => {})
