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
      // Every download names its licence (#21.1), and the row says which applies.
      expect(res.headers.get('link'), hrefs[i]).toBe('<https://creativecommons.org/licenses/by/4.0/>; rel="license"')
      const licence = rows.nth(i).locator('td').nth(3)
      if (hrefs[i] === '/api/export/trade.csv')
        expect(await licence.innerText()).toMatch(/^IMF figures: the IMF’s terms; national figures: their publishers’ terms$/)
      else expect(await licence.getByRole('link', { name: 'CC BY 4.0' }).getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/')
      const header = (await res.text()).split('\n')[0].trim()
      const shown = (await rows.nth(i).locator('td').nth(1).innerText()).replace(/\s+/g, '')
      if (hrefs[i] === '/api/export/cow-igo.csv') expect(header.startsWith('ccode,iso3,state,year,')).toBe(true)
      else expect(header, hrefs[i]).toBe(shown)
    }
    expect(errors).toEqual([])
    // The footer of every page says which licence applies, and links to the licences on /data.
    expect(await page.locator('footer').innerText()).toMatch(
      /The dataset is under CC BY 4\.0 \(credit forum-atlas\); IMF trade figures come under the IMF’s terms/,
    )
    await page.locator('footer').getByRole('link', { name: 'Licences' }).click()
    await page.waitForURL(/\/data#licences$/)
    expect(await page.locator('#licences + p').innerText()).toMatch(/Creative Commons Attribution 4\.0 licence/)
    await page.close()
  })

  it('names the licence on every CSV the API answers', async () => {
    for (const path of [
      '/api/matrix.csv',
      '/api/overlaps.csv',
      '/api/alignment.csv',
      '/api/trade.csv?reporters=KAZ&partners=CHN',
      '/api/applications.csv',
      '/api/changes.csv',
    ]) {
      // Rendered, then again (served by the response cache where it keeps the answer).
      for (const pass of [1, 2]) {
        const res = await fetch(`${url}${path}`)
        expect(res.status, `${path} (${pass})`).toBe(200)
        expect(res.headers.get('link'), `${path} (${pass})`).toBe('<https://creativecommons.org/licenses/by/4.0/>; rel="license"')
        await res.arrayBuffer()
      }
    }
  })
})
