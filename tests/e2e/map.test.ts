import { mkdirSync, readFileSync } from 'node:fs'
import { browserServer } from './server'
import { parse } from 'csv-parse/sync'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadDataset } from '../../lib/dataset/load'
import { inForceOn } from '../../lib/transforms/as-of'
import { chromiumAvailable, launchBrowser, openHydrated, pick } from '../support/browser'

/** The membership map in chromium, against prisma/data (which each server seeded itself from). */

const data = loadDataset()
const kindOf = new Map(data.parties.map((p) => [p.code, p.kind]))
const inForce = (forum: string, day: string) =>
  data.memberships.filter((m) => m.forum_code === forum && inForceOn({ validFrom: m.valid_from, validTo: m.valid_to }, day))
const statusOn = (party: string, forum: string, day: string) => inForce(forum, day).find((m) => m.party_code === party)?.status ?? ''

const servers = inject('servers')
const hasBrowser = chromiumAvailable()

// The colours of the matrix chips (app/globals.css, Okabe–Ito), as chromium reports a fill.
const FILL = { member: 'rgb(0, 114, 178)', suspended: 'url("#map-hatch-suspended")', none: 'rgb(221, 225, 230)' }

describe.skipIf(!hasBrowser).each(browserServer(servers))('map page on $target', ({ url, target }) => {
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    mkdirSync('screenshots', { recursive: true })
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
  })
  afterAll(async () => browser?.close())

  const country = (code: string) => page.locator(`svg.map path[data-code="${code}"]`)
  const fillOf = (code: string) => country(code).evaluate((el) => getComputedStyle(el).fill)
  const waitForUrl = (re: RegExp) => page.waitForURL(re, { timeout: 45_000 })
  const legendCount = (status: string) => page.locator(`.map-legend li[data-status="${status}"] .count`).innerText()

  it('changes the date and sees Uzbekistan go from member to suspended in the CSTO, and outside it before 2006', async () => {
    // The dataset: member again from 23 Jun 2006 until 27 Jun 2012, then suspended (its participation, then
    // from 19 Dec 2012 its membership); outside the treaty from 1999 to 2006.
    expect([statusOn('UZB', 'CSTO', '2012-06-27'), statusOn('UZB', 'CSTO', '2012-07-01'), statusOn('UZB', 'CSTO', '2003-01-01')]).toEqual([
      'member',
      'suspended',
      '',
    ])
    await openHydrated(page, `${url}/map?forum=CSTO&asOf=2012-06-27`)
    expect(await country('UZB').getAttribute('data-status')).toBe('member')
    expect(await fillOf('UZB')).toBe(FILL.member)
    expect(await country('UZB').locator('title').textContent()).toBe('Uzbekistan: member since 23 Jun 2006')
    expect(await legendCount('member')).toBe(String(inForce('CSTO', '2012-06-27').filter((m) => m.status === 'member').length))

    await page.locator('input[type="date"]').fill('2012-07-01')
    await waitForUrl(/asOf=2012-07-01/)
    await expect.poll(() => country('UZB').getAttribute('data-status')).toBe('suspended')
    expect(await fillOf('UZB')).toBe(FILL.suspended)
    expect(await country('UZB').locator('title').textContent()).toBe('Uzbekistan: suspended since 28 Jun 2012')
    expect(await legendCount('suspended')).toBe('1')
    expect(await legendCount('member')).toBe(String(inForce('CSTO', '2012-07-01').filter((m) => m.status === 'member').length))

    await page.locator('input[type="date"]').fill('2003-01-01')
    await waitForUrl(/asOf=2003-01-01/)
    await expect.poll(() => country('UZB').getAttribute('data-status')).toBe('')
    expect(await fillOf('UZB')).toBe(FILL.none)
    expect(await country('UZB').locator('title').textContent()).toBe('Uzbekistan: no status in CSTO')
    expect(await legendCount('suspended')).toBe('0')
    // Kazakhstan stayed a member throughout, in the same colour.
    expect(await fillOf('KAZ')).toBe(FILL.member)
  })

  it('colours every country as the dataset says, and lists the same parties in the table', async () => {
    const day = '2017-06-09'
    await openHydrated(page, `${url}/map?forum=SCO&asOf=${day}&view=world`)
    const drawn = await page
      .locator('svg.map path[data-code]')
      .evaluateAll((els) => els.map((el) => [el.getAttribute('data-code')!, el.getAttribute('data-status')!]))
    expect(drawn.length).toBeGreaterThan(50)
    for (const [code, status] of drawn) expect(status, code).toBe(statusOn(code, 'SCO', day))
    const expected = inForce('SCO', day)
      .map((m) => [m.party_code, m.status])
      .sort()
    const rows = await page
      .locator('table.map-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-code'), tr.getAttribute('data-status')]))
    expect(rows.sort()).toEqual(expected)
    expect(await page.locator('svg.map').getAttribute('role')).toBe('img')
    const count = (status: string) => inForce('SCO', day).filter((m) => m.status === status).length
    expect(await page.locator('svg.map').getAttribute('aria-label')).toMatch(
      new RegExp(`^Map of SCO on 9 Jun 2017: ${count('member')} members, ${count('observer')} observers, ${count('partner')} partners\\.`),
    )
  })

  it('switches between the region and the world, and lists who is outside the regional frame', async () => {
    await openHydrated(page, `${url}/map?forum=OIC&asOf=2020-01-01`)
    expect(await page.locator('svg.map').getAttribute('data-view')).toBe('region')
    expect(await country('NGA').count()).toBe(0)
    expect(await page.locator('.outside-frame li[data-code="NGA"]').textContent()).toMatch(/Nigeria: .*member since 1986/)
    expect(await country('UZB').getAttribute('data-status')).toBe('member')
    await page.screenshot({ path: `screenshots/${target}-map-region-1280.png`, fullPage: true })

    await page.getByRole('radio', { name: 'World' }).check()
    await waitForUrl(/view=world/)
    await expect.poll(() => page.locator('svg.map').getAttribute('data-view')).toBe('world')
    expect(await country('NGA').getAttribute('data-status')).toBe('member')
    expect(await page.locator('.outside-frame').count()).toBe(0)
    // Bahrain is too small for the world outlines at 1:110m: it is drawn from 1:50m, with a dot.
    expect(await country('BHR').getAttribute('data-status')).toBe('member')
    expect(await page.locator('svg.map circle[data-marker="BHR"]').count()).toBe(1)
    await page.screenshot({ path: `screenshots/${target}-map-world-1280.png`, fullPage: true })

    await page.getByRole('radio', { name: 'Region' }).check()
    await expect.poll(() => page.locator('svg.map').getAttribute('data-view')).toBe('region')
    expect(new URL(page.url()).searchParams.has('view')).toBe(false)
  })

  it('restores a shared permalink exactly, and a changed view survives a reload', async () => {
    await openHydrated(page, `${url}/map?forum=EAEU&asOf=2015-06-08&view=world`)
    expect(await page.locator('input[type="hidden"][name="forum"]').inputValue()).toBe('EAEU')
    expect(await page.locator('input[type="date"]').inputValue()).toBe('2015-06-08')
    expect(await page.getByRole('radio', { name: 'World' }).isChecked()).toBe(true)
    // Kyrgyzstan joined the EAEU on 6 Aug 2015, Armenia on 2 Jan 2015.
    expect(await country('KGZ').getAttribute('data-status')).toBe('')
    expect(await country('ARM').getAttribute('data-status')).toBe('member')

    await page.locator('input[type="range"]').fill('2016')
    await waitForUrl(/asOf=2016-06-08/)
    await expect.poll(() => country('KGZ').getAttribute('data-status')).toBe('member')
    const shown = await page
      .locator('svg.map path[data-code]')
      .evaluateAll((els) => els.map((el) => `${el.getAttribute('data-code')}=${el.getAttribute('data-status')}`))
    const again = await browser.newPage()
    await openHydrated(again, page.url())
    expect(
      await again.locator('svg.map path[data-code]').evaluateAll((els) => els.map((el) => `${el.getAttribute('data-code')}=${el.getAttribute('data-status')}`)),
    ).toEqual(shown)
    expect(await again.locator('input[type="hidden"][name="forum"]').inputValue()).toBe('EAEU')
    expect(await again.locator('svg.map').getAttribute('data-view')).toBe('world')
    await again.close()

    await pick(page, 'Forum', 'CSTO', /Collective Security/)
    await waitForUrl(/forum=CSTO/)
    expect(page.url()).toMatch(/asOf=2016-06-08/)
    await expect.poll(() => country('KGZ').locator('title').textContent()).toMatch(/^Kyrgyzstan: member since/)
  })

  it('lists the parties without territory beside the map, with their status and why they are not drawn', async () => {
    const day = '2024-01-01'
    await openHydrated(page, `${url}/map?forum=ECO&asOf=${day}`)
    const expected = inForce('ECO', day)
      .filter((m) => kindOf.get(m.party_code) !== 'state')
      .map((m) => m.party_code)
      .sort()
    expect(expected).toEqual(['IEC', 'OTS', 'XNC'])
    const listed = page.locator('.off-map li')
    expect((await listed.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-code')))).sort()).toEqual(expected)
    expect(await page.locator('.off-map li[data-code="OTS"]').innerText()).toMatch(/observer since Oct 2014 — not drawn: an international organization/)
    expect(await page.locator('.off-map li[data-code="XNC"]').innerText()).toMatch(/not drawn: has no ISO 3166-1 code/)
    for (const code of expected) expect(await country(code).count()).toBe(0)

    await openHydrated(page, `${url}/map?forum=C5%2BEU&asOf=${day}`)
    expect(await page.locator('.off-map li[data-code="EU"]').innerText()).toMatch(/European Union: .*member since 27 Mar 2007 — not drawn: a bloc of states/s)
  })

  it('downloads the rows of the view, and they agree with the table on screen', async () => {
    await openHydrated(page, `${url}/map?forum=CSTO&asOf=2012-07-01`)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()])
    const rows = parse(readFileSync(await download.path(), 'utf8'), { columns: true }) as Record<string, string>[]
    const onScreen = await page
      .locator('table.map-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => `${tr.getAttribute('data-code')}=${tr.getAttribute('data-status')}`))
    expect(rows.map((r) => `${r.party_code}=${r.status}`).sort()).toEqual(onScreen.sort())
    expect(rows.every((r) => r.forum_code === 'CSTO')).toBe(true)
    expect(rows.find((r) => r.party_code === 'UZB')).toMatchObject({ status: 'suspended', valid_from: '2012-06-28', valid_to: '2012-12-18' })
  })

  it('renders from the URL alone without JavaScript, and explains a bad link', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const noJs = await context.newPage()
    await noJs.goto(`${url}/map?forum=CSTO&asOf=2012-07-01`)
    expect(await noJs.locator('svg.map path[data-code="UZB"]').getAttribute('data-status')).toBe('suspended')
    for (const [query, parameter] of [
      ['view=europe', 'view'],
      ['forum=NOPE', 'forum'],
      ['asOf=2012-02-30', 'asOf'],
      ['forums=SCO', 'forums'],
    ]) {
      await noJs.goto(`${url}/map?${query}`)
      expect(await noJs.getByRole('alert').innerText(), query).toMatch(new RegExp(`${parameter}:`))
      expect(await noJs.locator('svg.map path[data-code="UZB"]').count()).toBe(1)
    }
    await context.close()
  })

  it('says when the forum did not exist on the date', async () => {
    await openHydrated(page, `${url}/map?forum=EAEU&asOf=2010-01-01`)
    expect(await page.getByRole('status').filter({ hasText: 'did not exist yet' }).count()).toBe(1)
    expect(await page.locator('svg.map path[data-status]:not([data-status=""])').count()).toBe(0)
  })

  it('fits a phone: the map scales down, the page does not scroll sideways', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } })
    await openHydrated(phone, `${url}/map?forum=SCO&asOf=2025-01-01`)
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(1)
    const width = await phone.locator('svg.map').evaluate((el) => el.getBoundingClientRect().width)
    expect(width).toBeLessThanOrEqual(390)
    expect(width).toBeGreaterThan(300)
    await phone.screenshot({ path: `screenshots/${target}-map-390.png`, fullPage: true })
    await phone.close()
  })
})
