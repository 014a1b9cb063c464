import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { chromiumAvailable, launchBrowser, openHydrated } from '../support/browser'
import { browserServer } from './server'

/**
 * The server-drawn charts stay legible on a phone (#20.8): the party Gantt chart has a narrow
 * drawing of its own, and the heatmap, the Euler diagram and the UpSet plot keep their natural size
 * and scroll sideways inside a focusable, named region. Legible here means every text the reader
 * sees is drawn at 10 px or more: its font size times the scale the SVG is drawn at.
 */

const servers = inject('servers')
const hasBrowser = chromiumAvailable()

const CHARTS = [
  { name: 'party Gantt chart', path: '/parties/KAZ', chart: 'figure.gantt' },
  { name: 'alignment heatmap', path: '/alignment', chart: 'figure.heatmap' },
  { name: 'Euler diagram', path: '/overlaps?forums=SCO,EAEU,CSTO', chart: 'figure.euler' },
  { name: 'UpSet plot', path: '/overlaps?forums=SCO,EAEU,CSTO,OTS', chart: 'figure.upset' },
]

/** The smallest on-screen font size, in px, of the texts of the visible SVGs in `selector`, and how many there are. */
async function smallestText(page: Page, selector: string) {
  return page.locator(selector).evaluate((figure) => {
    const sizes: number[] = []
    for (const svg of figure.querySelectorAll('svg')) {
      if (svg.getClientRects().length === 0) continue
      const scale = svg.getScreenCTM()?.a ?? 1
      for (const text of svg.querySelectorAll('text')) {
        if (text.getClientRects().length === 0 || !(text.textContent ?? '').trim()) continue
        sizes.push(parseFloat(getComputedStyle(text).fontSize) * scale)
      }
    }
    return { smallest: Math.min(...sizes), count: sizes.length }
  })
}

describe.skipIf(!hasBrowser).each(browserServer(servers))('charts on a phone, on $target', ({ url }) => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => browser?.close())

  for (const width of [390, 1280]) {
    it.each(CHARTS)(`draws the $name with text of 10 px or more at ${width} px, and the page does not scroll sideways`, async ({ path, chart }) => {
      const page = await browser.newPage({ viewport: { width, height: 844 } })
      try {
        await openHydrated(page, `${url}${path}`)
        await page.locator(chart).scrollIntoViewIfNeeded()
        const { smallest, count } = await smallestText(page, chart)
        expect(count).toBeGreaterThan(5)
        expect(smallest).toBeGreaterThanOrEqual(10)
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
        // A chart wider than the screen scrolls inside a region a keyboard can reach and a screen reader names.
        const region = page.locator(`${chart} .chart-scroll`)
        if (await region.count()) {
          expect(await region.getAttribute('tabindex')).toBe('0')
          expect(await region.getAttribute('aria-label')).toMatch(/scrolls sideways/)
        }
      } finally {
        await page.close()
      }
    })
  }
})
