import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { chromiumAvailable, launchBrowser, openHydrated } from '../support/browser'

/**
 * Keyboard-only use of the three interactive views: real key presses (Tab, Shift+Tab, arrows,
 * Space, Enter) — no clicks, no fill — change a filter or the date, and the address and the view
 * follow. Also: the skip link, a visible focus ring on every stop, and no keyboard trap.
 */

const servers = inject('servers')
const hasBrowser = chromiumAvailable()
const server = servers[0]

interface Focused {
  tag: string
  role: string | null
  type: string | null
  name: string | null
  text: string
  label: string
  inMain: boolean
  outline: { style: string; width: number }
  visible: boolean
}

const focused = (page: Page) =>
  page.evaluate((): Focused => {
    const el = document.activeElement as HTMLElement
    const style = getComputedStyle(el)
    const rect = el.getBoundingClientRect()
    return {
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute('role'),
      type: el.getAttribute('type'),
      name: el.getAttribute('name'),
      text: (el.textContent ?? '').trim().slice(0, 80),
      label: (el.closest('label')?.textContent ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? '').trim(),
      inMain: Boolean(el.closest('main')),
      outline: { style: style.outlineStyle, width: parseFloat(style.outlineWidth) },
      visible: rect.width > 0 && rect.height > 0 && rect.right > 0 && rect.bottom > 0,
    }
  })

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
async function tabTo(page: Page, match: (f: Focused) => boolean, { back = false, max = 200 } = {}): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
    const f = await focused(page)
    if (match(f)) return f
  }
  throw new Error(`no element matched after ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}`)
}

describe.skipIf(!hasBrowser)(`keyboard-only use on ${server.target}`, () => {
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  })
  afterAll(async () => browser?.close())

  it('offers a skip link first, visible when focused, that jumps past the navigation', async () => {
    await openHydrated(page, `${server.url}/matrix`)
    await page.keyboard.press('Tab')
    const skip = await focused(page)
    expect(skip.text).toBe('Skip to content')
    expect(skip.visible).toBe(true)
    expect(skip.outline.style).not.toBe('none')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    expect((await focused(page)).inMain).toBe(true)
  })

  it('matrix: the year slider moves with the arrow keys; every stop on the way shows a focus ring', async () => {
    await openHydrated(page, `${server.url}/matrix?asOf=2017-06-09&forums=SCO,CSTO,EAEU`)
    const stops: Focused[] = []
    await tabTo(page, (f) => {
      stops.push(f)
      return f.type === 'range'
    })
    for (const stop of stops) expect(stop.outline.style, `${stop.tag} ${stop.text || stop.name}`).not.toBe('none')
    for (const stop of stops) expect(stop.outline.width, `${stop.tag} ${stop.text || stop.name}`).toBeGreaterThanOrEqual(2)
    await page.keyboard.press('ArrowLeft')
    await page.waitForURL(/asOf=2016-06-09/)
    await expect.poll(() => page.locator('caption').first().innerText()).toMatch(/9 Jun 2016/)
    // The table follows the date: Kazakhstan in the EAEU (founded 2015) on 9 Jun 2016.
    expect(await page.locator('tr[data-party="KAZ"] > td[data-forum="EAEU"]').getAttribute('data-status')).toBe('member')
    // The slider kept the focus through the navigation, so the next press moves it again.
    await page.keyboard.press('ArrowLeft')
    await page.waitForURL(/asOf=2015-06-09/)
  })

  it('matrix: the date field changes with the arrow keys and keeps the focus; a select changes the order', async () => {
    await openHydrated(page, `${server.url}/matrix?asOf=2017-06-09&forums=SCO,CSTO,EAEU`)
    await tabTo(page, (f) => f.type === 'date')
    // The first segment (the month, in an English locale) goes up by one.
    await page.keyboard.press('ArrowUp')
    await page.waitForURL(/asOf=2017-07-09/)
    expect((await focused(page)).type).toBe('date')
    await page.keyboard.press('ArrowUp')
    await page.waitForURL(/asOf=2017-08-09/)
    // On to "Sort by", then pick the third option with the arrow keys.
    await tabTo(page, (f) => f.name === 'sort')
    await page.keyboard.press('ArrowDown')
    await page.waitForURL(/sort=region/)
    await page.keyboard.press('ArrowDown')
    await page.waitForURL(/sort=code/)
    // Shift+Tab goes back the same way: no trap.
    const back = await tabTo(page, (f) => f.type === 'date', { back: true })
    expect(back.type).toBe('date')
  })

  // The sort happens in place (MatrixGrid navigates without scrolling): the column head the reader
  // pressed Enter on must still be the focused element afterwards, ascending and then descending.
  it('matrix: sorting by a column head from the keyboard keeps the focus on that head', async () => {
    await openHydrated(page, `${server.url}/matrix?asOf=2017-06-09&forums=SCO,CSTO,EAEU`)
    const headLink = 'thead th a.sort[href*="sort=SCO"]'
    await page.focus(headLink)
    await page.keyboard.press('Enter')
    await page.waitForURL(/sort=SCO(?!&dir)/)
    await page.locator('thead th[aria-sort="ascending"]').waitFor()
    const afterFirst = await page.evaluate(() => ({
      head: document.activeElement?.closest('th')?.textContent ?? '',
      isSortLink: document.activeElement?.matches('a.sort'),
    }))
    expect(afterFirst.isSortLink).toBe(true)
    expect(afterFirst.head).toMatch(/^SCO/)
    await page.keyboard.press('Enter')
    await page.waitForURL(/sort=SCO&dir=desc/)
    await page.locator('thead th[aria-sort="descending"]').waitFor()
    expect(await page.evaluate(() => document.activeElement?.closest('th')?.getAttribute('aria-sort'))).toBe('descending')
  })

  it('matrix: the table is a grid — arrow keys move between cells', async () => {
    await openHydrated(page, `${server.url}/matrix?asOf=2017-06-09&forums=SCO,CSTO,EAEU`)
    const first = await tabTo(page, (f) => f.tag === 'th' && f.inMain)
    expect(first.text).toMatch(/^Afghanistan/)
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowDown')
    const cell = await page.evaluate(() => [
      document.activeElement?.closest('tr')?.getAttribute('data-party'),
      document.activeElement?.getAttribute('data-forum'),
    ])
    expect(cell[1]).toBe('SCO')
    expect(cell[0]).not.toBe('AFG')
  })

  it('overlaps: a forum added by name, the date field moves with the arrows, Enter follows a region', async () => {
    await openHydrated(page, `${server.url}/overlaps?forums=SCO,EAEU,CSTO&asOf=2020-01-01`)
    await tabTo(page, (f) => f.role === 'combobox' && f.label.startsWith('Forums'))
    await page.keyboard.type('turkic')
    await page.keyboard.press('Enter')
    await page.waitForURL(/forums=SCO%2CEAEU%2CCSTO%2COTS|forums=SCO,EAEU,CSTO,OTS/)
    await expect.poll(() => page.locator('.upset svg').getAttribute('aria-label')).toMatch(/UpSet plot of 4 forums/)
    await tabTo(page, (f) => f.type === 'date')
    await page.keyboard.press('ArrowUp') // the month
    await page.waitForURL(/asOf=2020-02-01/)
    // On to the first bar of the UpSet plot, and Enter selects its intersection.
    const bar = await tabTo(page, (f) => f.tag === 'a' && f.label.startsWith('In exactly'))
    expect(bar.outline.style).not.toBe('none')
    await page.keyboard.press('Enter')
    await page.waitForURL(/sel=/)
    await expect.poll(() => page.locator('#selection h2').innerText()).not.toBe('Selection')
  })

  it('trade: a select and a year field change by keyboard; the chart and table follow', async () => {
    await openHydrated(page, `${server.url}/trade?reporters=KAZ&partners=CHN&from=2005&to=2015`)
    await tabTo(page, (f) => f.name === 'flow')
    await page.keyboard.press('ArrowDown') // total → exports
    await page.waitForURL(/flow=export/)
    await expect.poll(() => page.locator('p.lede').innerText()).toMatch(/^Exports by partner/)
    await tabTo(page, (f) => f.name === 'from')
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('Enter')
    await page.waitForURL(/from=2006/)
    await expect
      .poll(() =>
        page
          .locator('table.data', { has: page.locator('caption', { hasText: 'values' }) })
          .locator('tbody tr')
          .count(),
      )
      .toBe(10)
    // The reporters' type-ahead picker: type part of the name, Enter adds the first match.
    await tabTo(page, (f) => f.role === 'combobox' && f.label === 'Reporters')
    await page.keyboard.type('uzbek')
    await page.keyboard.press('Enter')
    await page.waitForURL(/reporters=KAZ%2CUZB|reporters=KAZ,UZB/)
  })

  it('has no keyboard trap: Tab walks from the top of a page to its footer, Shift+Tab back to the skip link', async () => {
    for (const path of ['/trade?reporters=KAZ&partners=CHN', '/overlaps', '/alignment?parties=KAZ,UZB,KGZ&a=KAZ&b=UZB']) {
      await openHydrated(page, `${server.url}${path}`)
      await tabTo(page, (f) => f.text === 'Download the data', { max: 600 })
      await tabTo(page, (f) => f.text === 'Skip to content', { back: true, max: 600 })
    }
  })
})
