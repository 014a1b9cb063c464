import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { MISSING_MESSAGE_MARK } from '../../lib/i18n/messages'
import { browserServer } from './server'
import { chromiumAvailable, launchBrowser, openHydrated } from '../support/browser'

/**
 * The home page, the matrix and the error pages in Russian (issue #23), in chromium: the language of
 * the page, its headings and controls in Russian, Russian dates, plurals and names, links and the
 * matrix's own navigation staying under /ru, and the English pages as they were.
 */

const servers = inject('servers')
const hasBrowser = chromiumAvailable()

describe.skipIf(!hasBrowser).each(browserServer(servers))('home and matrix in Russian on $target', ({ url }) => {
  let browser: Browser
  let page: Page
  const thrown: string[] = []
  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    page.on('pageerror', (error) => thrown.push(String(error).slice(0, 300)))
  })
  afterAll(async () => browser?.close())

  /** What every Russian page must be: lang="ru", no missing message, nothing thrown. */
  async function expectRussian() {
    expect(await page.getAttribute('html', 'lang')).toBe('ru')
    expect(await page.locator('body').innerText()).not.toContain(MISSING_MESSAGE_MARK.trim())
    expect(thrown).toEqual([])
  }

  it('home: the heading, the questions, counts with Russian plurals and forum names from the name book', async () => {
    thrown.length = 0
    await openHydrated(page, `${url}/ru`)
    await expectRussian()
    await expect(page.locator('h1').innerText()).resolves.toBe('Кто входит в какой форум, в каком статусе и с какого времени')
    await expect(page.getByRole('heading', { name: 'Начните с вопроса' }).count()).resolves.toBe(1)
    // A count and its noun agree (1 форум, 3 форума, 38 форумов), and the number has Russian digit groups.
    const stats = ((await page.getByRole('list', { name: 'Что содержит база' }).textContent()) ?? '').replace(/\s+/g, ' ')
    const agrees = (count: string, one: string, few: string, many: string) => {
      const n = Number(count.replace(/\D/g, ''))
      const [m10, m100] = [n % 10, n % 100]
      return m10 === 1 && m100 !== 11 ? one : m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14) ? few : many
    }
    const forums = stats.match(/(\d+) (форумов|форума|форум)(?![а-я])/)!
    expect(forums[2]).toBe(agrees(forums[1], 'форум', 'форума', 'форумов'))
    const events = stats.match(/(\d+) (событий|события|событие)(?![а-я])/)!
    expect(events[2]).toBe(agrees(events[1], 'событие', 'события', 'событий'))
    // Russian digit groups (18 706), not English ones (18,706).
    expect(stats).not.toMatch(/\d,\d{3}/)
    // Forums by kind, with their Russian short names, linking to Russian pages.
    await expect(page.getByRole('heading', { name: 'Договорные организации' }).count()).resolves.toBe(1)
    const sco = page.locator('a[href="/ru/forums/SCO"]').first()
    await expect(sco.innerText()).resolves.toBe('ШОС')
    // The newest fact's date in Russian ("4 дек. 2026") or a year.
    const newest = await page.locator('p', { hasText: 'Самый поздний датированный факт' }).innerText()
    expect(newest).toMatch(/\d{1,2} (янв|февр|мар|апр|мая|июн|июл|авг|сент|окт|нояб|дек)\.? \d{4}|\d{4}/)
  })

  it('matrix: headings, controls, caption and cells in Russian; names translated; links and navigation stay under /ru', async () => {
    thrown.length = 0
    await openHydrated(page, `${url}/ru/matrix?asOf=2017-06-09&forums=SCO,CSTO,EAEU&region=Central%20Asia,South%20Asia`)
    await expectRussian()
    await expect(page.locator('h1').innerText()).resolves.toBe('Матрица членства')
    expect(await page.title()).toContain('Матрица членства')
    const caption = await page.locator('table.data caption').first().innerText()
    expect(caption).toMatch(/^\d+ участник(а|ов)? × 3 форума на 9 июн\. 2017$/)
    // Party names from the name book (ISO names of states), linking to the Russian party page.
    await expect(page.locator('tbody a[href="/ru/parties/KAZ"]').innerText()).resolves.toBe('Казахстан')
    await expect(page.locator('tbody a[href="/ru/parties/IND"]').innerText()).resolves.toBe('Индия')
    await expect(page.locator('tbody th .row-region').first().innerText()).resolves.toMatch(/Центральная Азия|Южная Азия/)
    // Status chips and the legend in Russian; the summary row with Russian plurals.
    await expect(page.locator('tbody [data-forum=SCO][data-status=member] .sr-only').first().textContent()).resolves.toBe('Член')
    await expect(page.getByRole('list', { name: 'Условные обозначения' }).innerText()).resolves.toContain('Наблюдатель')
    const summary = await page.locator('tfoot td').first().locator('[title]').first().getAttribute('title')
    expect(summary).toMatch(/^\d+ (член|члена|членов)$/)
    // The controls: the fold's line, legends and options.
    await expect(page.locator('.controls-fold > summary').innerText()).resolves.toContain('3 форума')
    await expect(page.locator('legend', { hasText: 'Участники' }).count()).resolves.toBe(1)
    await expect(page.locator('select[name=region] option[value="Central Asia"]').textContent()).resolves.toBe('Центральная Азия')
    // The popover of a cell.
    await page.locator('tbody tr[data-party=KAZ] td[data-forum=SCO]').hover()
    const details = await page.locator('.cell-details').innerText()
    expect(details).toContain('Казахстан')
    expect(details).toMatch(/Член с \d{1,2} \S+ \d{4}|Член с \S+ \d{4}|Член с \d{4}/)
    expect(details).toContain('Источник:')
    // A click on a sort head navigates in the app and stays in Russian.
    await page.locator('thead a.sort', { hasText: 'Участник' }).click()
    await page.waitForURL(/\/ru\/matrix\?.*sort=name.*dir=desc|\/ru\/matrix\?.*dir=desc/)
    await expect(page.locator('h1').innerText()).resolves.toBe('Матрица членства')
    // The rows in Russian alphabetical order (here descending), not in the English names' order.
    await page.locator('tbody tr[data-party]').first().waitFor()
    const rowNames = await page.locator('tbody tr[data-party] th a').allInnerTexts()
    expect(rowNames.length).toBeGreaterThan(5)
    expect(rowNames).toEqual([...rowNames].sort((a, b) => b.localeCompare(a, 'ru')))
    // A change of a control (router.push through useUrlState) stays under /ru (the controls are open at this width).
    await page.locator('select[name=dir]').selectOption('asc')
    await page.waitForURL((u) => u.pathname === '/ru/matrix' && !u.searchParams.has('dir'))
    await page.locator('input[name=asOf]').fill('2010-01-01')
    await page.locator('input[name=asOf]').press('Enter')
    await page.waitForURL((u) => u.pathname === '/ru/matrix' && u.searchParams.get('asOf') === '2010-01-01')
    await page.locator('table.data caption', { hasText: '1 янв. 2010' }).first().waitFor()
    await expectRussian()
  })

  it('matrix: a paged view, a future date and a broken link say so in Russian', async () => {
    thrown.length = 0
    await openHydrated(page, `${url}/ru/matrix?asOf=2024-03-01&only=0&pageSize=30&colPageSize=5`)
    await expectRussian()
    const pager = await page.getByRole('navigation', { name: 'Страницы матрицы' }).innerText()
    expect(pager).toMatch(/Участники 1–30 из \d+/)
    expect(pager).toContain('(страница 1 из')
    expect(pager).toContain('следующие участники →')
    const next = await page.getByRole('navigation', { name: 'Страницы матрицы' }).locator('a[rel=next]').first().getAttribute('href')
    expect(next).toMatch(/^\/ru\/matrix\?/)

    await openHydrated(page, `${url}/ru/matrix?asOf=2030-01-01`)
    await expect(page.locator('[data-future-date]').innerText()).resolves.toMatch(/^1 янв\. 2030 — дата в будущем/)

    await openHydrated(page, `${url}/ru/matrix?asOf=1800-01-01`)
    const notice = page.locator('.notice[role=alert]')
    await expect(notice.innerText()).resolves.toMatch(/^В этой ссылке ошибка — asOf: /)
    // The validator's detail is English, and marked so.
    await expect(notice.locator('[lang=en]').count()).resolves.toBe(1)
    await expectRussian()
  })

  it('the not-found page in Russian, with links to the Russian lists', async () => {
    thrown.length = 0
    const response = await page.goto(`${url}/ru/forums/NO-SUCH-FORUM`)
    expect(response?.status()).toBe(404)
    await expect(page.locator('h1').innerText()).resolves.toBe('Страница не найдена')
    await expect(page.locator('main a[href="/ru/forums"]').innerText()).resolves.toBe('список форумов')
    expect(await page.getAttribute('html', 'lang')).toBe('ru')
  })

  it('the English pages read as before', async () => {
    thrown.length = 0
    await openHydrated(page, `${url}/`)
    await expect(page.locator('h1').innerText()).resolves.toBe('Who belongs to which forum, in which status, since when')
    await expect(page.getByRole('list', { name: 'What the dashboard holds' }).textContent()).resolves.toMatch(/\d+ parties\s*\d+ forums/)
    await openHydrated(page, `${url}/matrix?asOf=2017-06-09&forums=SCO,CSTO,EAEU&region=Central%20Asia`)
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    await expect(page.locator('h1').innerText()).resolves.toBe('Membership matrix')
    await expect(page.locator('table.data caption').first().innerText()).resolves.toMatch(/^\d+ parties × 3 forums on 9 Jun 2017$/)
    await expect(page.locator('tbody a[href="/parties/KAZ"]').innerText()).resolves.toBe('Kazakhstan')
    await expect(page.locator('.controls-fold > summary').innerText()).resolves.toContain('9 Jun 2017 · 3 forums · Central Asia')
    expect(thrown).toEqual([])
  })
})
