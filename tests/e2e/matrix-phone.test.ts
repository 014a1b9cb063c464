import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { chromiumAvailable, launchBrowser, openHydrated } from '../support/browser'
import { browserServer } from './server'

/**
 * A phone gets a first window of the matrix the size of its screen (lib/http/device.ts): chromium,
 * told it is a phone as Lighthouse and Chrome on Android are (user-agent metadata, mobile), sends
 * `Sec-CH-UA-Mobile: ?1` by itself, and the page holds 30 parties × 8 forums instead of 100 × 20.
 * The pager reaches the rest; `pageSize` and `colPageSize` still choose; caches keep the two apart.
 */

const servers = inject('servers')
const hasBrowser = chromiumAvailable()

describe.skipIf(!hasBrowser).each(browserServer(servers))('the matrix on a phone on $target', ({ url }) => {
  let browser: Browser
  let phone: BrowserContext
  let wide: BrowserContext
  beforeAll(async () => {
    browser = await launchBrowser()
    phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    wide = await browser.newContext({ viewport: { width: 390, height: 844 } })
  })
  afterAll(async () => browser?.close())

  /** A page of `context` whose browser describes itself as a phone (or not) in its own client hints. */
  async function pageOf(context: BrowserContext, mobile: boolean) {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    const userAgent = await page.evaluate(() => navigator.userAgent)
    await cdp.send('Emulation.setUserAgentOverride', {
      userAgent,
      userAgentMetadata: {
        brands: [{ brand: 'Chromium', version: '156' }],
        platform: 'Android',
        platformVersion: '14',
        architecture: '',
        model: 'Pixel',
        mobile,
      },
    })
    return page
  }

  const shape = async (page: Awaited<ReturnType<typeof pageOf>>) => ({
    rows: await page.locator('table.data tbody tr[data-party]').count(),
    caption: await page.locator('table.data caption').first().innerText(),
  })

  it('shows a phone 30 parties × 8 forums, and the pager reaches the rest', async () => {
    const page = await pageOf(phone, true)
    const hints: (string | undefined)[] = []
    page.on('request', (r) => r.isNavigationRequest() && hints.push(r.headers()['sec-ch-ua-mobile']))
    const response = await openHydrated(page, `${url}/matrix?asOf=2024-07-04&only=0`)
    expect(hints[0]).toBe('?1')
    expect(await response!.headerValue('vary')).toMatch(/Sec-CH-UA-Mobile/i)
    const first = await shape(page)
    expect(first.rows).toBe(30)
    expect(first.caption).toMatch(/^parties 1–30 of \d+ × forums 1–8 of \d+ on 4 Jul 2024$/)
    const firstParties = await page.locator('tbody tr[data-party]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-party')))
    // the next page of parties: rows 31–60, in the same order as the wide page's rows 31–60
    await page.locator('.matrix-pager a[rel=next]', { hasText: 'next parties' }).first().click()
    await page.waitForURL(/page=2/)
    await page.locator('table.data caption', { hasText: 'parties 31–60' }).first().waitFor()
    const secondParties = await page.locator('tbody tr[data-party]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-party')))
    const widePage = await pageOf(wide, false)
    await openHydrated(widePage, `${url}/matrix?asOf=2024-07-04&only=0`)
    const all = await widePage.locator('tbody tr[data-party]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-party')))
    expect([...firstParties, ...secondParties]).toEqual(all.slice(0, 60))
    await page.close()
    await widePage.close()
  })

  it('shows a browser that does not say it is a phone 100 × 20, and a chosen window on either', async () => {
    const page = await pageOf(wide, false)
    await openHydrated(page, `${url}/matrix?asOf=2024-07-04&only=0`)
    const shown = await shape(page)
    expect(shown.rows).toBe(100)
    expect(shown.caption).toMatch(/^parties 1–100 of \d+ × forums 1–20 of \d+/)
    const small = await pageOf(phone, true)
    await openHydrated(small, `${url}/matrix?asOf=2024-07-04&only=0&pageSize=50&colPageSize=12`)
    expect((await shape(small)).caption).toMatch(/^parties 1–50 of \d+ × forums 1–12 of \d+/)
    await openHydrated(small, `${url}/ru/matrix?asOf=2024-07-04&only=0`)
    expect(await small.locator('table.data tbody tr[data-party]').count()).toBe(30)
    await page.close()
    await small.close()
  })
})
