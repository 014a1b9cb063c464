import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { chromiumAvailable, launchBrowser, openHydrated, pick } from '../support/browser'
import { browserServer } from './server'

/** Back undoes a change of view, on every view (issue #20.4): it used to leave matrix, trade, map and events. */

const servers = inject('servers')
const hasBrowser = chromiumAvailable()

const VIEWS: [string, string, (page: Page) => Promise<unknown>, RegExp][] = [
  ['/matrix', '/matrix?asOf=2020-01-01&forums=SCO,CSTO', (p) => p.locator('select[name="sort"]').selectOption('region'), /sort=region/],
  ['/trade', '/trade?reporters=KAZ&partners=CHN,RUS,WLD&from=2010&to=2020', (p) => p.locator('select[name="flow"]').selectOption('export'), /flow=export/],
  ['/map', '/map?forum=SCO&asOf=2020-01-01', (p) => pick(p, 'Forum', 'CSTO', /Collective Security/), /forum=CSTO/],
  ['/events', '/events?year=2024', (p) => pick(p, 'Forum', 'OTS', /Organization of Turkic States/), /forum=OTS/],
  ['/overlaps', '/overlaps?forums=SCO,EAEU,CSTO&asOf=2020-01-01', (p) => p.locator('input[type="date"][name="asOf"]').fill('2012-01-01'), /asOf=2012-01-01/],
  ['/alignment', '/alignment?parties=KAZ,UZB,RUS&asOf=2020-01-01', (p) => p.locator('input[type="date"][name="asOf"]').fill('2012-01-01'), /asOf=2012-01-01/],
]

describe.skipIf(!hasBrowser).each(browserServer(servers))('Back on $target', ({ url }) => {
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  })
  afterAll(async () => browser?.close())

  it.each(VIEWS)('%s: Back undoes a change of view and stays on the page', async (_name, path, change, changed) => {
    await openHydrated(page, `${url}/`)
    await openHydrated(page, `${url}${path}`)
    const before = new URL(page.url())
    await Promise.all([page.waitForURL(changed, { timeout: 45_000 }), change(page)])
    await page.goBack()
    await page.waitForURL((u) => u.pathname === before.pathname && !changed.test(u.search), { timeout: 45_000 })
    expect(new URL(page.url()).pathname).toBe(before.pathname)
  })
})
