import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { chromiumAvailable, launchBrowser, openHydrated } from '../support/browser'

/**
 * The print stylesheet: a printed view keeps its title, date and parameters, the page's address
 * and its sources, and the table or chart (with the chart's numbers opened); navigation, controls
 * and buttons are left out; table rows are not split across pages.
 */

const servers = inject('servers')
const hasBrowser = chromiumAvailable()
const server = servers[0]

// checkVisibility: a closed <details> hides its content with content-visibility: hidden, which keeps
// the layout its content last had (after printing it open, a box of full size) without painting it.
const shown = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const style = getComputedStyle(el)
      const rect = el.getBoundingClientRect()
      return el.checkVisibility() && style.display !== 'none' && style.visibility !== 'hidden' && rect.width > 0 && rect.height > 0
    })

describe.skipIf(!hasBrowser)(`printing on ${server.target}`, () => {
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  })
  afterAll(async () => browser?.close())

  it('prints the matrix with its title, date, address, parameters and sources, without navigation or controls', async () => {
    const path = '/matrix?asOf=2012-06-07&forums=SCO,CSTO,EAEU,EURASEC&region=Central%20Asia'
    await openHydrated(page, `${server.url}${path}`)
    // On screen: navigation and controls, no print header.
    expect(await shown(page, '.site-header nav')).toBe(true)
    expect(await shown(page, '.print-source')).toBe(false)
    await page.emulateMedia({ media: 'print' })
    for (const hidden of ['.site-header nav', 'form.controls', '.table-actions', '.skip', 'a.sort .sort-mark'])
      expect(await shown(page, hidden), hidden).toBe(false)
    for (const kept of ['h1', 'main table caption', 'main thead th a.sort', '.print-source', 'ol.source-list', '.site-footer'])
      expect(await shown(page, kept), kept).toBe(true)
    const header = await page.locator('.print-source').innerText()
    expect(header).toContain(`${server.url}${path}`)
    expect(header).toMatch(/asOf = 2012-06-07/)
    expect(header).toMatch(/forums = SCO,CSTO,EAEU,EURASEC/)
    expect(header).toMatch(/region = Central Asia/)
    expect(await page.locator('main table caption').first().innerText()).toMatch(/7 Jun 2012/)
    // The column heads (sort links on screen) are printed as text.
    expect(await page.locator('main thead').first().innerText()).toMatch(/SCO[\s\S]*CSTO[\s\S]*EURASEC/)
    expect(
      await page
        .locator('main tbody tr')
        .first()
        .evaluate((tr) => getComputedStyle(tr).breakInside),
    ).toBe('avoid')
    expect(
      await page
        .locator('main thead')
        .first()
        .evaluate((t) => getComputedStyle(t).display),
    ).toBe('table-header-group')
    // The printed sources show their addresses.
    const firstSource = page.locator('ol.source-list a[href^="http"]').first()
    expect(await firstSource.evaluate((a) => getComputedStyle(a, '::after').content)).toMatch(/^" <" attr\(href\)|https?:/)
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pdf.length).toBeGreaterThan(10_000)
    await page.emulateMedia({ media: 'screen' })
  })

  it('prints a chart page with the chart, its caption and its numbers opened', async () => {
    await openHydrated(page, `${server.url}/trade?reporters=KAZ&partners=CHN,RUS,WLD&from=2000&to=2020`)
    // a reader's first move loads the charts' code (components/charts/when-visible.tsx)
    await page.mouse.move(10, 10)
    await page.locator('svg.recharts-surface').first().waitFor({ timeout: 60_000 })
    await page.emulateMedia({ media: 'print' })
    expect(await shown(page, 'form.controls')).toBe(false)
    expect(await shown(page, 'figure.chart svg.recharts-surface')).toBe(true)
    expect(await page.locator('figure.chart figcaption').first().innerText()).toMatch(/total trade \(exports \+ imports\), 2000–2020, US\$/)
    // The numbers of the growth chart, in a closed <details> on screen, are printed.
    expect(await shown(page, 'details.chart-data table')).toBe(true)
    expect(await shown(page, 'details.chart-data summary')).toBe(false)
    expect(
      await page
        .locator('figure.chart')
        .first()
        .evaluate((f) => getComputedStyle(f).breakInside),
    ).toBe('avoid')
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    await page.emulateMedia({ media: 'screen' })
    expect(await shown(page, 'details.chart-data table')).toBe(false)
  })
})
