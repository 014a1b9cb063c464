import { readFileSync } from 'node:fs'
import { DATASET_VERSION } from '../../lib/release/manifest'
import { browserServer } from './server'
import { parse } from 'csv-parse/sync'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadDataset } from '../../lib/dataset/load'
import { inForceOn } from '../../lib/transforms/as-of'
import { chromiumAvailable, launchBrowser, openHydrated } from '../support/browser'

/** The membership matrix: its CSV/JSON against prisma/data (which the server seeded itself from), and the page in chromium. */

const data = loadDataset()
const statusOn = (party: string, forum: string, day: string) =>
  data.memberships.find((m) => m.party_code === party && m.forum_code === forum && inForceOn({ validFrom: m.valid_from, validTo: m.valid_to }, day))?.status ??
  ''

function splitDownload(text: string) {
  const [table, sources, about, ...rest] = text.split('\r\n\r\n')
  expect(rest).toEqual([])
  const rows = (block: string) => parse(block, { columns: true }) as Record<string, string>[]
  return { table: rows(table), sources: rows(sources), about: Object.fromEntries(rows(about).map((r) => [r.about, r.value])) }
}

const servers = inject('servers')

describe.each(servers)('matrix API on $target', ({ url }) => {
  it('returns the matrix on a date: header, one cell per forum, every status as in the dataset, then the sources', async () => {
    const dayBefore = new Date().toISOString().slice(0, 10)
    const res = await fetch(`${url}/api/matrix.csv?asOf=2017-06-09&forums=SCO,CSTO,EAEU&only=1`)
    expect(res.status).toBe(200)
    const text = await res.text()
    const dayAfter = new Date().toISOString().slice(0, 10)
    expect(text.split('\r\n')[0]).toBe('party_code,party_name,SCO,CSTO,EAEU')
    const { table, sources, about } = splitDownload(text)
    // What the file is: the dataset version, the day it was downloaded, its licence (#21.2).
    expect([dayBefore, dayAfter]).toContain(about.accessed)
    expect(about).toEqual({
      dataset: 'forum-atlas',
      version: DATASET_VERSION,
      accessed: about.accessed,
      licence: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
    })
    const expectedParties = [
      ...new Set(
        data.memberships
          .filter((m) => ['SCO', 'CSTO', 'EAEU'].includes(m.forum_code) && inForceOn({ validFrom: m.valid_from, validTo: m.valid_to }, '2017-06-09'))
          .map((m) => m.party_code),
      ),
    ]
    expect(table.map((r) => r.party_code).sort()).toEqual(expectedParties.sort())
    for (const row of table)
      for (const forum of ['SCO', 'CSTO', 'EAEU']) expect(row[forum], `${row.party_code} ${forum}`).toBe(statusOn(row.party_code, forum, '2017-06-09'))
    expect(table.find((r) => r.party_code === 'IND')?.SCO).toBe('member')
    expect(Object.keys(sources[0])).toEqual(['source_id', 'title', 'publisher', 'url', 'published'])
    const cited = new Set(
      data.memberships
        .filter((m) => ['SCO', 'CSTO', 'EAEU'].includes(m.forum_code) && inForceOn({ validFrom: m.valid_from, validTo: m.valid_to }, '2017-06-09'))
        .map((m) => m.source_id),
    )
    expect(new Set(sources.map((s) => s.source_id))).toEqual(cited)
  })

  it('filters by parties and region and sorts by a forum column, members first', async () => {
    const byParties = splitDownload(await (await fetch(`${url}/api/matrix.csv?asOf=2024-03-01&forums=CSTO&parties=ARM,UZB,KAZ&only=0`)).text()).table
    // Armenia froze its participation in 2024; Uzbekistan's membership has been suspended since 2012
    expect(byParties.map((r) => [r.party_code, r.CSTO])).toEqual([
      ['ARM', 'suspended'],
      ['KAZ', 'member'],
      ['UZB', 'suspended'],
    ])
    const region = splitDownload(await (await fetch(`${url}/api/matrix.csv?asOf=2024-03-01&forums=SCO&region=Central%20Asia&sort=SCO`)).text()).table
    expect(region.map((r) => r.party_code)).toEqual(['KAZ', 'KGZ', 'TJK', 'UZB'])
  })

  it('gives the JSON twin the same cells', async () => {
    const q = 'asOf=2010-01-01&forums=EURASEC,CACO,EAEU&only=0&region=Central%20Asia'
    const json = (await (await fetch(`${url}/api/matrix?${q}`)).json()) as {
      columns: { code: string; existence: string }[]
      rows: { code: string; cells: Record<string, { status: string } | null> }[]
    }
    const { table } = splitDownload(await (await fetch(`${url}/api/matrix.csv?${q}`)).text())
    expect(json.rows.map((r) => r.code)).toEqual(table.map((r) => r.party_code))
    for (const r of json.rows)
      for (const c of ['EURASEC', 'CACO', 'EAEU']) expect(r.cells[c]?.status ?? '').toBe(table.find((t) => t.party_code === r.code)![c])
    expect(json.columns.map((c) => c.existence)).toEqual(['active', 'dissolved', 'not-yet-founded'])
  })

  it.each([
    ['asOf=2017-02-30', 'asOf'],
    ['forums=SCO,XYZ', 'forums'],
    ['parties=KAZ,QQQ', 'parties'],
    ['region=Atlantis', 'region'],
    ['sort=CSTO&forums=SCO', 'sort'],
  ])('answers ?%s with 400 naming %s', async (query, parameter) => {
    for (const path of ['/api/matrix.csv', '/api/matrix']) {
      const res = await fetch(`${url}${path}?${query}`)
      expect(res.status).toBe(400)
      expect(((await res.json()) as { parameter: string }).parameter).toBe(parameter)
    }
  })

  it('exports the COW IGO state-year layout', async () => {
    const res = await fetch(`${url}/api/export/cow-igo.csv?from=2016&to=2018&forums=SCO,CSTO`)
    expect(res.status).toBe(200)
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[]
    expect(Object.keys(rows[0])).toEqual(['ccode', 'iso3', 'state', 'year', 'SCO', 'CSTO'])
    const ind = (y: string) => rows.find((r) => r.iso3 === 'IND' && r.year === y)!
    expect([ind('2016').SCO, ind('2017').SCO]).toEqual(['3', '1'])
    expect(ind('2017').ccode).toBe('750')
    expect(rows.find((r) => r.iso3 === 'MNG' && r.year === '2018')!.SCO).toBe('3')
    for (const [q, p] of [
      ['from=2020&to=2010', 'from'],
      ['to=1945', 'to'],
      ['from=19x1', 'from'],
      ['forums=NOPE', 'forums'],
    ]) {
      const bad = await fetch(`${url}/api/export/cow-igo.csv?${q}`)
      expect(bad.status).toBe(400)
      expect(((await bad.json()) as { parameter: string }).parameter).toBe(p)
    }
  })
})

const hasBrowser = chromiumAvailable()

describe.skipIf(!hasBrowser).each(browserServer(servers))('matrix page on $target', ({ url, target }) => {
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
  })
  afterAll(async () => browser?.close())

  const cell = (party: string, forum: string) => page.locator(`tr[data-party="${party}"] > td[data-forum="${forum}"]`)
  const waitForUrl = (re: RegExp) => page.waitForURL(re, { timeout: 45_000 })

  it('changes the date and marks what changed since the previous year', async () => {
    await openHydrated(page, `${url}/matrix?asOf=2017-06-09&forums=SCO,CSTO,EAEU&region=South%20Asia,Central%20Asia`)
    expect(await cell('IND', 'SCO').getAttribute('data-status')).toBe('member')
    expect(await cell('IND', 'SCO').getAttribute('class')).toMatch(/changed/)
    await page.locator('input[type="date"]').fill('2017-06-08')
    await waitForUrl(/asOf=2017-06-08/)
    await expect.poll(() => cell('IND', 'SCO').getAttribute('data-status')).toBe('observer')
    await page.locator('input[type="range"]').fill('2015')
    await waitForUrl(/asOf=2015-06-08/)
    await expect.poll(() => cell('KAZ', 'EAEU').getAttribute('data-status')).toBe('member')
    // Kyrgyzstan joined the EAEU on 6 Aug 2015: not yet on 8 Jun 2015
    expect(await cell('KGZ', 'EAEU').getAttribute('data-status')).toBe('')
    await expect.poll(() => page.locator('caption').first().innerText()).toMatch(/8 Jun 2015/)
  })

  it('plays through the years one step at a time', async () => {
    await openHydrated(page, `${url}/matrix?asOf=2019-03-01&forums=SCO`)
    await page.getByRole('button', { name: /Play/ }).click()
    await waitForUrl(/asOf=2020-03-01/)
    await waitForUrl(/asOf=2021-03-01/)
    await page.getByRole('button', { name: /Pause/ }).click()
    expect(await page.locator('output').innerText()).toMatch(/^202[12]$/)
  })

  it('filters by name and sorts by a forum column through the URL', async () => {
    await openHydrated(page, `${url}/matrix?asOf=2024-03-01&forums=SCO,CSTO`)
    await page.getByRole('searchbox').fill('stan')
    await page.getByRole('searchbox').press('Enter')
    await waitForUrl(/q=stan/)
    await expect.poll(async () => (await page.locator('tbody th a').allInnerTexts()).every((n) => /stan/i.test(n))).toBe(true)
    await page.getByRole('link', { name: /\(Collective Security Treaty Organization\), sort/ }).click()
    await waitForUrl(/sort=CSTO/)
    await expect.poll(() => page.locator('tbody tr[data-party]').first().locator('th a').innerText()).toBe('Kazakhstan')
    const statuses = await page.locator('td[data-forum="CSTO"]').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-status')))
    const firstEmpty = statuses.indexOf('')
    expect(firstEmpty === -1 || statuses.slice(firstEmpty).every((s) => s === '')).toBe(true)
  })

  it('downloads exactly the rows and columns on screen, and they agree with the dataset', async () => {
    await openHydrated(page, `${url}/matrix?asOf=2023-07-05&forums=SCO,EAEU,OTS&region=Central%20Asia,South%20Caucasus&sort=SCO`)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()])
    const { table, sources } = splitDownload(readFileSync(await download.path(), 'utf8'))
    const onScreen = await page
      .locator('tbody tr[data-party]')
      .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-party'), ...[...tr.querySelectorAll('td')].map((td) => td.getAttribute('data-status'))]))
    expect(table.map((r) => [r.party_code, r.SCO, r.EAEU, r.OTS])).toEqual(onScreen)
    for (const r of table) for (const f of ['SCO', 'EAEU', 'OTS']) expect(r[f]).toBe(statusOn(r.party_code, f, '2023-07-05'))
    expect(sources.length).toBeGreaterThan(0)
    expect(await page.locator('.source-list li').count()).toBe(sources.length)
  })

  it('pages through parties and forums at large sizes, while the download keeps the whole matrix', async () => {
    await openHydrated(page, `${url}/matrix?asOf=2024-03-01&only=0&pageSize=30&colPageSize=5`)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()])
    const whole = splitDownload(readFileSync(await download.path(), 'utf8')).table
    const forums = Object.keys(whole[0]).slice(2)
    expect(whole.length).toBeGreaterThan(60)
    expect(await page.locator('caption').first().innerText()).toContain(`parties 1–30 of ${whole.length} × forums 1–5 of ${forums.length}`)
    await page.getByRole('link', { name: 'next parties →' }).first().click()
    await page.waitForURL(/[?&]page=2/)
    await page.getByRole('link', { name: 'next forums →' }).click()
    await page.waitForURL(/[?&]colPage=2/)
    expect(page.url()).toMatch(/[?&]page=2/)
    const rows = await page
      .locator('tbody tr[data-party]')
      .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-party'), ...[...tr.querySelectorAll('td')].map((td) => td.getAttribute('data-status'))]))
    const shownForums = forums.slice(5, 10)
    expect(rows).toEqual(whole.slice(30, 60).map((r) => [r.party_code, ...shownForums.map((f) => r[f])]))
    expect(await page.locator('table').first().locator('thead th').allInnerTexts()).toEqual(
      expect.arrayContaining(shownForums.map((f) => expect.stringContaining(f))),
    )
  })

  it('restores a shared permalink exactly', async () => {
    const link = `${url}/matrix?asOf=2012-06-07&kinds=treaty_organization&region=Central%20Asia&sort=CSTO&dir=desc&q=an`
    await openHydrated(page, link)
    expect(await page.locator('input[type="date"]').inputValue()).toBe('2012-06-07')
    expect(await page.locator('select[name="region"]').inputValue()).toBe('Central Asia')
    expect(await page.locator('select[name="sort"]').inputValue()).toBe('CSTO')
    expect(await page.locator('select[name="dir"]').inputValue()).toBe('desc')
    expect(await page.getByRole('checkbox', { name: 'Summit formats' }).isChecked()).toBe(false)
    expect(await page.locator('table').first().locator('thead th').allInnerTexts()).not.toContain(expect.stringMatching(/C5\+US/))
    const names = await page.locator('tbody th a').allInnerTexts()
    expect(names.every((n) => /an/i.test(n))).toBe(true)
    expect(await cell('UZB', 'CSTO').getAttribute('data-status')).toBe('member')
    await page.screenshot({ path: `screenshots/${target}-matrix-1280.png` })
  })

  it('chooses forums one by one from the checklist, by keyboard, keeping focus; "Sort by" offers the forums shown', async () => {
    await openHydrated(page, `${url}/matrix?asOf=2024-03-01&forums=SCO,CSTO`)
    await page.getByText('Choose forums one by one').click()
    // Each box is named by the forum's name and short name (not a code alone).
    const box = (code: string) => page.locator(`.forum-checks input[value="${code}"]`)
    expect(await page.getByRole('checkbox', { name: 'Eurasian Economic Union EAEU', exact: true }).count()).toBe(1)
    const eaeu = box('EAEU')
    expect(await eaeu.isChecked()).toBe(false)
    expect(await box('SCO').isChecked()).toBe(true)
    await eaeu.focus()
    await page.keyboard.press('Space')
    await page.waitForURL(/EAEU/)
    await expect.poll(() => page.locator('thead th').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('EAEU')]))
    const chosen = new URL(page.url()).searchParams.get('forums')!.split(',')
    expect(chosen.sort()).toEqual(['CSTO', 'EAEU', 'SCO'])
    // The checkbox was not replaced: it still has the focus, and the choice survived the navigation.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('EAEU')
    expect(await eaeu.isChecked()).toBe(true)
    await page.keyboard.press('Space')
    await expect.poll(() => new URL(page.url()).searchParams.get('forums')?.split(',').sort()).toEqual(['CSTO', 'SCO'])
    expect(await eaeu.isChecked()).toBe(false)
    const sortOptions = await page.locator('select[name="sort"] option').allInnerTexts()
    expect(sortOptions.filter((o) => /members first/.test(o)).sort()).toEqual(['CSTO: members first', 'SCO: members first'])
    // Two quick clicks, the second before the first one's view has arrived: both count.
    await box('OTS').click()
    await box('EAEU').click()
    await expect.poll(() => new URL(page.url()).searchParams.get('forums')?.split(',').sort()).toEqual(['CSTO', 'EAEU', 'OTS', 'SCO'])
    // When the URL changes from elsewhere, the boxes follow: back to kinds, every forum is ticked.
    await page.getByRole('button', { name: 'Reset to kinds' }).click()
    await expect.poll(() => new URL(page.url()).searchParams.has('forums')).toBe(false)
    await expect.poll(() => box('C5+US').isChecked()).toBe(true)
    expect(await page.locator('.forum-checks input:not(:checked)').count()).toBe(0)
    // Find a forum by part of its name: the other boxes are hidden, and the count is said.
    const find = page.getByRole('searchbox', { name: 'Find a forum' })
    await find.fill('turkic')
    await expect.poll(() => page.locator('.forum-checks input:visible').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(['OTS'])
    expect(await page.locator('.checklist-find [role="status"]').innerText()).toMatch(/^1 of \d+ shown$/)
    await find.fill('')
    await expect.poll(() => page.locator('.forum-checks input:visible').count()).toBe(await page.locator('.forum-checks input').count())
    // With a page of forums, "Sort by" lists that page's forums, and the one sorted by.
    await openHydrated(page, `${url}/matrix?asOf=2024-03-01&colPageSize=3&colPage=2&sort=SCO`)
    const heads = (await page.locator('thead th').allInnerTexts()).join(' ')
    const offered = (await page.locator('select[name="sort"] option').allInnerTexts()).filter((o) => /members first/.test(o)).map((o) => o.split(':')[0])
    expect(offered).toContain('SCO')
    expect(offered.length).toBeLessThanOrEqual(4)
    for (const code of offered.filter((c) => c !== 'SCO')) expect(heads).toContain(code)
  })

  it('shows details of a cell on focus and moves between cells with the arrow keys', async () => {
    await openHydrated(page, `${url}/matrix?asOf=2024-03-01&forums=CSTO,SCO&parties=ARM,KAZ&only=0`)
    await page.locator('tbody th').first().focus()
    await page.keyboard.press('ArrowRight')
    const details = page.locator('.cell-details')
    await expect.poll(() => details.innerText()).toMatch(/Armenia in CSTO/)
    expect(await details.innerText()).toMatch(/Suspended since/)
    expect(await details.locator('a').count()).toBe(1)
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => details.innerText()).toMatch(/Kazakhstan in CSTO/)
  })

  it('on a phone, a cell’s details follow the cell when the reader scrolls after tapping it (#20.5)', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true })
    try {
      await openHydrated(phone, `${url}/matrix?asOf=2024-03-01&forums=CSTO,SCO`)
      const cell = phone.locator('tbody td[data-status="member"]').first()
      await cell.scrollIntoViewIfNeeded()
      await cell.tap()
      const details = phone.locator('.cell-details')
      await details.waitFor()
      const gap = async () => (await details.boundingBox())!.y - (await cell.boundingBox())!.y
      const before = await gap()
      await phone.evaluate(() => window.scrollBy(0, 120))
      // The popover moved with its cell: the same distance from it after the scroll.
      await expect.poll(gap).toBeCloseTo(before, 0)
      await phone.evaluate(() => window.scrollBy(0, 5000))
      await expect.poll(() => details.count()).toBe(0) // its cell is off screen
    } finally {
      await phone.close()
    }
  })

  it('renders from the URL alone with JavaScript disabled, and explains a bad link', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const noJs = await context.newPage()
    await noJs.goto(`${url}/matrix?asOf=2017-06-09&forums=SCO&region=South%20Asia`)
    expect(await noJs.locator('tr[data-party="IND"] > td[data-forum="SCO"]').getAttribute('data-status')).toBe('member')
    await noJs.goto(`${url}/matrix?asOf=2017-02-30`)
    expect(await noJs.getByRole('alert').innerText()).toMatch(/asOf/)
    await context.close()
  })

  it('sorts by a column head with JavaScript disabled: the head is a link to the sorted view', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const noJs = await context.newPage()
    await noJs.goto(`${url}/matrix?asOf=2024-03-01&forums=SCO,CSTO&q=stan`)
    const head = noJs.locator('thead th').filter({ hasText: 'CSTO' })
    expect(await head.getAttribute('aria-sort')).toBeNull()
    await noJs.getByRole('link', { name: /\(Collective Security Treaty Organization\), sort ascending/ }).click()
    await noJs.waitForURL(/sort=CSTO/)
    expect(await head.getAttribute('aria-sort')).toBe('ascending')
    const statuses = await noJs.locator('td[data-forum="CSTO"]').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-status')))
    expect(statuses[0]).toBe('member')
    const firstEmpty = statuses.indexOf('')
    expect(firstEmpty === -1 || statuses.slice(firstEmpty).every((s) => s === '')).toBe(true)
    // Following the head again reverses the order; the other choices stay in the address.
    await noJs.getByRole('link', { name: /\(Collective Security Treaty Organization\), sort descending/ }).click()
    await noJs.waitForURL(/dir=desc/)
    expect(noJs.url()).toMatch(/q=stan/)
    expect(await head.getAttribute('aria-sort')).toBe('descending')
    const reversed = await noJs.locator('td[data-forum="CSTO"]').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-status')))
    expect(reversed.at(-1)).toBe('member')
    await context.close()
  })

  it('is readable on a phone: the table scrolls, the page does not', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } })
    await openHydrated(phone, `${url}/matrix?asOf=2025-01-01&region=Central%20Asia`)
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(1)
    const scroller = await phone.locator('.sticky-table').evaluate((el) => el.scrollWidth > el.clientWidth)
    expect(scroller).toBe(true)
    await phone.locator('.sticky-table').scrollIntoViewIfNeeded()
    await phone.screenshot({ path: `screenshots/${target}-matrix-390.png` })
    await phone.close()
  })

  it('on a phone, folds the controls into one line that says what the view shows, and the table starts on the first screen (#20.16)', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } })
    try {
      await openHydrated(phone, `${url}/matrix?asOf=2025-01-01&forums=SCO,CSTO,EAEU&region=Central%20Asia`)
      const summary = phone.locator('.controls-fold > summary')
      expect(await summary.innerText()).toMatch(/^Change the view:\s*1 Jan 2025 · 3 forums · Central Asia — change$/)
      expect(await phone.locator('form.controls').isVisible()).toBe(false)
      const top = await phone
        .locator('table.data')
        .first()
        .evaluate((t) => t.getBoundingClientRect().top + window.scrollY)
      expect(top).toBeLessThan(844)
      // Opening it gives the controls, which work as on a wide screen.
      await summary.click()
      await phone.locator('select[name="region"]').selectOption('')
      await phone.waitForURL((u) => !u.searchParams.has('region'))
      await expect.poll(() => summary.innerText()).toMatch(/1 Jan 2025 · 3 forums · parties in any of them$/)
    } finally {
      await phone.close()
    }
    // On a wide screen the controls are open and the line is not shown.
    await openHydrated(page, `${url}/matrix?asOf=2025-01-01`)
    expect(await page.locator('.controls-fold > summary').isVisible()).toBe(false)
    expect(await page.locator('form.controls').isVisible()).toBe(true)
  })
})
