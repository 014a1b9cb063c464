import { mkdirSync } from 'node:fs'
import { browserServer } from './server'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { chromiumAvailable, launchBrowser, openHydrated } from '../support/browser'

/** The pages in a real browser, as a reader meets them; screenshots land in screenshots/. */

const servers = inject('servers')
const hasBrowser = chromiumAvailable()

describe.skipIf(!hasBrowser).each(browserServer(servers))('pages on $target', ({ url, target }) => {
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    mkdirSync('screenshots', { recursive: true })
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  })
  afterAll(async () => browser?.close())

  const shot = (name: string) => page.screenshot({ path: `screenshots/${target}-${name}.png`, fullPage: true })

  it('home: says what the dashboard holds', async () => {
    const res = await openHydrated(page, url)
    expect(res?.status()).toBe(200)
    const stats = await page.getByRole('list', { name: 'What the dashboard holds' }).innerText()
    expect(stats).toMatch(/\d+\s+parties/)
    expect(stats).toMatch(/\d+\s+membership intervals/)
    expect(stats).toMatch(/\d+\s+trade figures/)
    expect(await page.getByText('Newest dated fact').innerText()).toMatch(/\d{4}/)
    for (const label of ['Forums', 'Parties', 'Sources', 'Data & API']) {
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).count()).resolves.toBe(1)
    }
    expect(await page.locator('footer').innerText()).toMatch(/Direction of Trade Statistics/)
    await shot('home')
  })

  it('home: each example question opens its view without a problem (#20.14)', async () => {
    await openHydrated(page, url)
    const links = await page
      .getByRole('region', { name: 'Start with a question' })
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!))
    expect(links.length).toBeGreaterThanOrEqual(4)
    for (const href of links) {
      const res = await fetch(`${url}${href}`)
      expect(res.status, href).toBe(200)
      expect(await res.text(), href).not.toContain('This link has a problem')
    }
  })

  it('forum page: members by status with dates, and a sourced history', async () => {
    await openHydrated(page, `${url}/forums/SCO`)
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Shanghai Cooperation Organisation')
    const members = await page.getByRole('region', { name: 'Members', exact: true }).innerText()
    expect(members).toMatch(/India\s+since 9 Jun 2017/)
    expect(members).toMatch(/Belarus\s+since 4 Jul 2024/)
    const history = page.locator('table', { has: page.locator('caption', { hasText: 'all membership intervals' }) })
    const indiaRows = history.locator('tbody tr').filter({ has: page.locator('th', { hasText: /^India$/ }) })
    expect(await indiaRows.count()).toBe(2)
    expect(await indiaRows.first().innerText()).toMatch(/Observer\s+5 Jul 2005\s+8 Jun 2017/)
    expect(await history.locator('tbody tr cite a').count()).toBe(await history.locator('tbody tr').count())
    await shot('forum-sco')
  })

  it('forum page: a treaty with withdrawals and a frozen participation (CSTO)', async () => {
    await openHydrated(page, `${url}/forums/CSTO`)
    expect(await page.getByRole('region', { name: 'Suspended', exact: true }).innerText()).toMatch(/Armenia/)
    await shot('forum-csto')
  })

  it('party page: memberships today and a dated history', async () => {
    await openHydrated(page, `${url}/parties/UZB`)
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Uzbekistan')
    const today = await page.locator('table', { has: page.locator('caption', { hasText: 'In force on' }) }).innerText()
    expect(today).toMatch(/Shanghai Cooperation Organisation\s+Member/)
    // its CSTO membership has been suspended since 2012 (never restored or ended)
    expect(today).toMatch(/Collective Security Treaty Organization\s+Suspended/)
    const history = await page.locator('table', { has: page.locator('caption', { hasText: 'all membership intervals' }) }).innerText()
    expect(history.match(/Collective Security Treaty Organization/g)?.length).toBeGreaterThanOrEqual(2)
    await shot('party-uzb')
  })

  it('party page: trade partners ranked for a chosen year and flow, as the API ranks them, and their concentration', async () => {
    await openHydrated(page, `${url}/parties/KAZ`)
    const section = page.locator('#trade-partners')
    await section.getByLabel('Year', { exact: true }).selectOption('2005')
    await section.getByLabel('Flow', { exact: true }).selectOption('export')
    await Promise.all([page.waitForURL(/tradeYear=2005/), section.getByRole('button', { name: 'Show' }).click()])
    const table = page.locator('table.partner-ranking')
    await expect(table.locator('caption').innerText()).resolves.toMatch(/^Exports of Kazakhstan by partner, 2005/)
    const api = await (await fetch(`${url}/api/trade/partners?reporter=KAZ&year=2005&flow=export`)).json()
    const names = await table.locator('tbody th').allInnerTexts()
    expect(names.length).toBe(api.ranking.partners.length)
    const shares = await table.locator('tbody td.share').allInnerTexts()
    expect(shares.map((s) => s.trim())).toEqual(api.ranking.partners.map((p: { share: number }) => `${p.share.toFixed(1)}%`))
    expect(names[0]).toMatch(/European Union/)
    expect(await page.locator('.concentration svg circle').count()).toBe(api.concentration.length)
    await shot('party-kaz-partners')

    await openHydrated(page, `${url}/parties/KAZ?tradeYear=1950`)
    expect(await page.locator('#trade-partners [role=alert]').innerText()).toMatch(/tradeYear.*no ranking for 1950/)
    await expect(table.locator('caption').innerText()).resolves.toMatch(/, 2020:/)
  })

  it('a phone-width reader gets the same pages without overflow of the page itself', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } })
    for (const path of [
      '/forums/OIC',
      '/parties/KAZ',
      '/alignment?a=KAZ&b=UZB&party=UZB',
      '/data',
      '/matrix',
      '/trade',
      '/overlaps',
      '/map',
      '/events',
      '/api',
    ]) {
      await openHydrated(phone, `${url}${path}`)
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow, path).toBeLessThanOrEqual(1)
    }
    await openHydrated(phone, `${url}/forums/OIC`)
    await phone.screenshot({ path: `screenshots/${target}-forum-oic-phone.png`, fullPage: false })
    await phone.close()
  })

  it('unknown codes: a proper 404 page', async () => {
    const res = await openHydrated(page, `${url}/parties/ZZZ`)
    expect(res?.status()).toBe(404)
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Not found')
    await shot('not-found')
  })
})
