import { browserServer } from './server'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { MISSING_MESSAGE_MARK } from '../../lib/i18n/messages'
import { countryName } from '../../lib/i18n/names'
import { chromiumAvailable, launchBrowser, openHydrated } from '../support/browser'

/**
 * The map, overlaps and alignment views in Russian (/ru/…) in chromium: the page's language, its
 * headings and labels, Russian dates, plurals and numbers, names from the name book, no message
 * missing, no page error, and choices that keep the reader under /ru. The English pages keep
 * their words (their own suites check them in full: map.test.ts, overlaps.test.ts).
 */

const servers = inject('servers')
const hasBrowser = chromiumAvailable()
const RU_PLURAL = /участник(а|ов)?(?![а-я])/

describe.skipIf(!hasBrowser).each(browserServer(servers))('map, overlaps and alignment in Russian on $target', ({ url }) => {
  let browser: Browser
  let page: Page
  const errors: string[] = []
  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    page.on('pageerror', (e) => errors.push(String(e)))
  })
  afterAll(async () => browser?.close())

  /** What every Russian page must be: lang="ru", no missing message, no page error. */
  async function expectRussianPage() {
    expect(await page.locator('html').getAttribute('lang')).toBe('ru')
    expect(await page.locator('body').innerText()).not.toContain(MISSING_MESSAGE_MARK.trim())
    const labels = await page
      .locator('[aria-label], [title]')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('title') ?? ''}`))
    expect(labels.join('\n')).not.toContain(MISSING_MESSAGE_MARK.trim())
    expect(errors).toEqual([])
  }

  it('shows the map in Russian: headings, legend, tooltips with Russian country names and dates', async () => {
    await openHydrated(page, `${url}/ru/map?forum=CSTO&asOf=2012-07-01`)
    await expectRussianPage()
    expect(await page.locator('h1').innerText()).toBe('Карта членства')
    expect(await page.locator('.map-legend').innerText()).toContain('Нет статуса')
    expect(await page.locator('.map-legend li[data-status="member"]').innerText()).toContain('Член')
    // Uzbekistan's status since 28 June 2012, in the name book's name and a Russian date.
    expect(await page.locator('svg.map path[data-code="UZB"] title').textContent()).toBe('Узбекистан: участие приостановлено с 28 июн. 2012')
    // Iran (a party of other forums, not of the CSTO) and the countries that are no party of any forum, under their ISO names in Russian.
    const iran = countryName('IRN', 'ru')!
    expect(await page.locator('svg.map path[data-code="IRN"] title').textContent()).toMatch(new RegExp(`^${iran}: нет статуса в \\S+$`))
    const others = await page.locator('svg.map path:not([data-code]) title').allTextContents()
    expect(others.length).toBeGreaterThan(0)
    for (const title of others) expect(title).toMatch(/^[^A-Za-z]+: нет статуса в /)
    expect(await page.locator('svg.map').getAttribute('aria-label')).toMatch(/^Карта .+ на 1 июл\. 2012: \d+ член(а|ов)?, с приостановленным участием: 1\./)
    expect(await page.locator('table.map-table thead').innerText()).toMatch(/Участник\s+Статус\s+Начало\s+Окончание\s+На карте\s+Источник/i)
    expect(await page.locator('table.map-table caption').textContent()).toMatch(new RegExp(`на 1 июл\\. 2012: \\d+ ${RU_PLURAL.source}`))
    expect(await page.locator('fieldset.map-view-switch').innerText()).toMatch(/Регион[\s\S]*Мир/)
  })

  it('keeps the reader under /ru when the map changes date and frame', async () => {
    await openHydrated(page, `${url}/ru/map?forum=CSTO&asOf=2012-07-01`)
    await page.locator('input[type="date"]').fill('2012-06-27')
    await page.waitForURL(/\/ru\/map\?.*asOf=2012-06-27/, { timeout: 45_000 })
    await expect.poll(() => page.locator('svg.map path[data-code="UZB"]').getAttribute('data-status')).toBe('member')
    expect(await page.locator('svg.map path[data-code="UZB"] title').textContent()).toBe('Узбекистан: член с 23 июн. 2006')
    await page.getByRole('radio', { name: 'Мир' }).check()
    await page.waitForURL(/\/ru\/map\?.*view=world/, { timeout: 45_000 })
    await expect.poll(() => page.locator('svg.map').getAttribute('data-view')).toBe('world')
    expect(await page.locator('h1').innerText()).toBe('Карта членства')
    await expectRussianPage()
  })

  it('shows the overlaps in Russian, with a plural count of the chosen region and controls that stay under /ru', async () => {
    await openHydrated(page, `${url}/ru/overlaps?forums=SCO,EAEU,CSTO&asOf=2025-01-01&sel=SCO%26EAEU%26CSTO`)
    await expectRussianPage()
    expect(await page.locator('h1').innerText()).toBe('Пересечения')
    expect(await page.locator('h2', { hasText: 'Диаграмма Эйлера' }).count()).toBe(1)
    expect(await page.locator('h2', { hasText: 'UpSet-диаграмма' }).count()).toBe(1)
    expect(await page.locator('.lede').innerText()).toContain('на 1 янв. 2025 (учитываются: члены)')
    expect(await page.locator('#selection p.muted').innerText()).toMatch(/^\d+ участник(а|ов)? входя?т только в эти из выбранных форумов$/)
    expect(await page.locator('#intersections thead').innerText()).toMatch(/Сочетание\s+Число участников\s+Участники/i)
    expect(await page.locator('form.controls legend').allInnerTexts()).toEqual(['Форумы', 'Учитываемые статусы', 'Дата'])
    // A controlled checkbox: it turns on once the address has changed.
    await page.getByRole('checkbox', { name: 'Наблюдатель' }).click()
    await page.waitForURL(/\/ru\/overlaps\?.*statuses=member%2Cobserver|\/ru\/overlaps\?.*statuses=member,observer/, { timeout: 45_000 })
    await expect.poll(() => page.locator('.lede').innerText()).toContain('учитываются: члены, наблюдатели')
    await expectRussianPage()
  })

  it('shows the alignment in Russian: decimal commas, the charts’ words, the portfolio by kind', async () => {
    await openHydrated(page, `${url}/ru/alignment?a=KAZ&b=UZB&party=KAZ`)
    await expectRussianPage()
    expect(await page.locator('h1').innerText()).toBe('Близость')
    for (const h of ['Оценка близости', 'Тепловая карта', 'Динамика пары', 'Членство в форумах'])
      expect(await page.locator('h2', { hasText: h }).count(), h).toBe(1)
    expect(await page.locator('#ranking').innerText()).toBe(`Близость к участнику: ${countryName('KAZ', 'ru') ?? 'Казахстан'}`)
    // Scores with a decimal comma.
    expect(await page.locator('#ranking-table tbody tr').first().locator('td').nth(1).innerText()).toMatch(/^[01],\d{3}$/)
    expect((await page.locator('#portfolio-table thead').textContent())!).toContain('Договорные организации')
    expect(await page.locator('#pair-table thead').innerText()).toMatch(/Год\s+Оценка\s+Общие форумы\s+Изменения за год/i)
    expect(await page.locator('figure.chart figcaption').first().innerText()).toContain('Ступенчатая линия оценки сходства')
    expect(await page.locator('figure.heatmap svg').getAttribute('aria-label')).toMatch(/^Тепловая карта сходства для \d+ участник/)
    // The ranking's picker: a choice keeps the reader under /ru.
    expect(await page.locator('form.controls legend').allInnerTexts()).toEqual([
      'Дата',
      'Рейтинг',
      'Динамика пары',
      expect.stringMatching(/^Участники на тепловой карте \(\d+\)$/),
    ])
    await page.getByRole('button', { name: 'Вернуть выбор по умолчанию' }).click()
    await page.waitForURL(/\/ru\/alignment\?/, { timeout: 45_000 })
    expect(new URL(page.url()).pathname).toBe('/ru/alignment')
    await expectRussianPage()
  })

  it('labels the party Gantt chart in Russian', async () => {
    await openHydrated(page, `${url}/ru/parties/UZB`)
    const gantt = page.locator('figure.gantt svg.gantt-wide')
    expect(await gantt.getAttribute('aria-label')).toMatch(/^Шкала времени членства: .+ в \d+ форум/)
    expect(await gantt.locator('text.bar-label').allTextContents()).toContainEqual(expect.stringMatching(/^(Член|Наблюдатель|Участие приостановлено) /))
  }, 120_000)

  it('keeps the English pages in English', async () => {
    await openHydrated(page, `${url}/map?forum=CSTO&asOf=2012-07-01`)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('h1').innerText()).toBe('Membership map')
    expect(await page.locator('svg.map path[data-code="UZB"] title').textContent()).toBe('Uzbekistan: suspended since 28 Jun 2012')
    await openHydrated(page, `${url}/overlaps?forums=SCO,EAEU,CSTO&asOf=2025-01-01`)
    expect(await page.locator('.lede').innerText()).toBe(
      'Which parties sit in which combination of forums on 1 Jan 2025, counting members. Each party is counted once, in the one combination of the chosen forums it belongs to. Click a region or a bar to list its parties.',
    )
    await openHydrated(page, `${url}/alignment?a=KAZ&b=UZB`)
    expect(await page.locator('h1').innerText()).toBe('Alignment')
    expect(await page.locator('#ranking-table tbody tr').first().locator('td').nth(1).innerText()).toMatch(/^[01]\.\d{3}$/)
    expect(errors).toEqual([])
  })
})
