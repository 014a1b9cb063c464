import type { Browser, Page, Route } from 'playwright-core'
import { browserServer } from './server'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { chromiumAvailable, launchBrowser, waitForHydration } from '../support/browser'

/**
 * A reader who uses a control while the page is still hydrating (a slow phone, a busy server) must
 * not lose it. The test makes that window as long as it likes: it holds back the client scripts,
 * uses the controls of the server-rendered page, checks the page has not hydrated, then lets the
 * scripts run and waits for the view the reader asked for.
 */

const servers = inject('servers')
const hasBrowser = chromiumAvailable()

describe.skipIf(!hasBrowser).each(browserServer(servers))('controls used before hydration on $target', ({ url }) => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => browser?.close())

  /** Opens `path` with every client script held back; `release` lets them run. */
  async function openUnhydrated(path: string): Promise<{ page: Page; release: () => Promise<void> }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const held: Route[] = []
    let released = false
    await page.route('**/_next/static/chunks/*.js', (route) => (released ? route.continue() : void held.push(route)))
    await page.goto(`${url}${path}`, { waitUntil: 'domcontentloaded' })
    return {
      page,
      release: async () => {
        expect(await page.evaluate(() => document.documentElement.hasAttribute('data-hydrated'))).toBe(false)
        released = true
        for (const route of held) await route.continue()
        await waitForHydration(page)
      },
    }
  }

  it('applies a date typed into the matrix before hydration, and a region chosen with it', async () => {
    const { page, release } = await openUnhydrated('/matrix?asOf=2017-06-09&forums=SCO,CSTO,EAEU')
    await page.locator('input[type="date"]').fill('2017-06-08')
    await page.locator('select[name="region"]').selectOption('South Asia')
    await release()
    await expect(page.locator('form.controls').getAttribute('data-replayed')).resolves.toBe('2')
    await page.waitForURL((u) => u.searchParams.get('asOf') === '2017-06-08' && u.searchParams.get('region') === 'South Asia', { timeout: 30_000 })
    await expect.poll(() => page.locator('tr[data-party="IND"] > td[data-forum="SCO"]').getAttribute('data-status'), { timeout: 30_000 }).toBe('observer')
    await page.close()
  })

  it('applies the year slider moved on the map before hydration', async () => {
    const { page, release } = await openUnhydrated('/map?forum=SCO&asOf=2020-01-01')
    await page.locator('input[type="range"]').fill('2019')
    await release()
    await expect(page.locator('form.controls').getAttribute('data-replayed')).resolves.toBe('1')
    await page.waitForURL(/asOf=2019-01-01/, { timeout: 30_000 })
    await page.close()
  })

  it('applies a partner added on /trade and a forum chosen on /events before hydration', async () => {
    const trade = await openUnhydrated('/trade?reporters=KAZ&partners=CHN&from=2005&to=2015')
    // Before hydration a picker is its plain select (components/ui/picker.tsx).
    await trade.page.locator('select[name="partners"]').selectOption(['CHN', 'RUS'])
    await trade.release()
    await trade.page.waitForURL((u) => (u.searchParams.get('partners') ?? '').split(',').includes('RUS'), { timeout: 30_000 })
    await trade.page.close()

    const events = await openUnhydrated('/events')
    await events.page.locator('select[name="forum"]').selectOption('OTS')
    await events.release()
    await events.page.waitForURL(/forum=OTS/, { timeout: 30_000 })
    await events.page.close()
  })

  it('applies a date typed on /alignment before hydration', async () => {
    const { page, release } = await openUnhydrated('/alignment?a=KAZ&b=UZB&asOf=2020-01-01')
    await page.locator('input[type="date"]').fill('2012-06-01')
    await release()
    await page.waitForURL(/asOf=2012-06-01/, { timeout: 30_000 })
    await page.close()
  })
})
