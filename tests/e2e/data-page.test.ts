import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { chromiumAvailable, launchBrowser, openHydrated } from '../support/browser'
import { browserServer } from './server'

/** /data is the page for bulk downloads of everything (#20.2): each link answers with the columns the page says, and the page hydrates without errors. */

const servers = inject('servers')
const hasBrowser = chromiumAvailable()

describe.skipIf(!hasBrowser).each(browserServer(servers))('/data on $target', ({ url }) => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => browser?.close())

  it('lists memberships, the COW layout, events, trade and sources, each answering with the columns shown', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const errors: string[] = []
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    await openHydrated(page, `${url}/data`)
    const rows = page.locator('table', { has: page.locator('caption', { hasText: 'Bulk downloads' }) }).locator('tbody tr')
    const hrefs = await rows.locator('a[download]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))
    expect(hrefs).toEqual(['/api/memberships.csv', '/api/export/cow-igo.csv', '/api/events.csv', '/api/export/trade.csv', '/api/export/sources.csv'])
    for (let i = 0; i < hrefs.length; i++) {
      const res = await fetch(`${url}${hrefs[i]}`)
      expect(res.status, hrefs[i]).toBe(200)
      const header = (await res.text()).split('\n')[0].trim()
      const shown = (await rows.nth(i).locator('td').nth(1).innerText()).replace(/\s+/g, '')
      if (hrefs[i] === '/api/export/cow-igo.csv') expect(header.startsWith('ccode,iso3,state,year,')).toBe(true)
      else expect(header, hrefs[i]).toBe(shown)
    }
    expect(errors).toEqual([])
    await page.close()
  })
})
