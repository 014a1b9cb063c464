import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { MISSING_MESSAGE_MARK } from '../../lib/i18n/messages'
import { browserPage, chromiumAvailable, openHydrated } from '../support/browser'
import { browserServer } from './server'

/**
 * #23: /events, /changes (and its corrections), /forums, /parties and /sources in Russian, in
 * chromium: the page says it is Russian, its headings and labels are Russian, counts take their
 * Russian plural and dates their Russian months, names come from the name book, facts of the record
 * (titles, places, descriptions) stay English and say so, choices keep the reader under /ru, and
 * the English pages read as before.
 */

const hasBrowser = chromiumAvailable()

for (const server of browserServer(inject('servers'))) {
  describe.skipIf(!hasBrowser)(`the records pages in Russian on ${server.target}`, () => {
    const held = browserPage({ viewport: { width: 1280, height: 900 } })
    let errors: string[] = []

    /** Opens a page, with its errors collected; checks what every Russian page must be. */
    async function openRu(path: string): Promise<Page> {
      const page = held.page
      errors = []
      page.removeAllListeners('pageerror')
      page.on('pageerror', (e) => errors.push(String(e)))
      const res = await openHydrated(page, `${server.url}/ru${path}`)
      expect(res?.status(), path).toBe(200)
      expect(await page.locator('html').getAttribute('lang'), path).toBe('ru')
      expect(await page.locator('main, body').first().innerText(), path).not.toContain(MISSING_MESSAGE_MARK.trim())
      return page
    }
    const h1 = () => held.page.getByRole('heading', { level: 1 }).innerText()
    const noErrors = () => expect(errors).toEqual([])

    it('/ru/events: Russian filters and counts, event titles and places marked English, choices stay under /ru', async () => {
      const page = await openRu('/events?forum=SCO&year=2024')
      expect(await h1()).toBe('События')
      const form = page.locator('form.events-controls')
      for (const label of ['Кто', 'Что', 'Когда', 'Роль', 'Вид', 'Год', 'Первый год', 'Последний год'])
        await expect(form.getByText(label, { exact: true }).count()).resolves.toBeGreaterThan(0)
      expect(await form.getAttribute('action')).toBe('/ru/events')
      const count = await page.locator('.result-count').innerText()
      expect(count).toMatch(/\d+ (событие|события|событий): форум: ШОС, в 2024 г\. \(всего в базе: \d+\)/)
      // titles are the record's English; the attendees' names are Russian
      expect(await page.locator('.event-title span[lang="en"]').count()).toBeGreaterThan(0)
      expect(await page.locator('.attendees').first().innerText()).toMatch(/Принимающая сторона|Участники?:/)
      expect(
        await page
          .locator('.attendees')
          .allInnerTexts()
          .then((t) => t.join(' ')),
      ).toMatch(/Казахстан|Китай|Россия|Узбекистан/)
      // a choice navigates on the page's language
      await page.locator('select[name="kind"]').selectOption('summit')
      await page.waitForURL(/\/ru\/events\?.*kind=summit/)
      await expect.poll(() => page.locator('.result-count').innerText()).toMatch(/только саммиты/)
      noErrors()
    })

    it('/ru/changes: Russian dates and plurals in the count, Russian columns, the feed stays English', async () => {
      const page = await openRu('/changes?from=2014-01-01&to=2016-01-01&forum=EAEU')
      expect(await h1()).toBe('Что изменилось')
      const count = await page.locator('.result-count').innerText()
      expect(count).toMatch(
        /^\d+ изменени(е|я|й) \(форум: Евразийский экономический союз\) в период после 1 янв\. 2014 и по 1 янв\. 2016 включительно: \d+ вступлени/,
      )
      expect(count).toMatch(/\d+ (выход|выхода|выходов)/)
      // textContent: the table heads are set in capitals by CSS
      const heads = await page.locator('#changes-table thead th').allTextContents()
      expect(heads).toEqual(['Дата', 'Участник', 'Форум', 'Изменение', 'Источник'])
      expect(await page.locator('#changes-table tbody').innerText()).toMatch(/Вступление в качестве члена/)
      expect(await page.locator('a.feed-link').getAttribute('href')).toMatch(/^\/changes\.atom/)
      expect(await page.locator('.compare-links a', { hasText: 'Исправления данных' }).getAttribute('href')).toBe('/ru/changes/corrections')
      await page.locator('select[name="kind"]').selectOption('summit')
      await page.waitForURL(/\/ru\/changes\?.*kind=summit/)
      noErrors()
    })

    it('/ru/changes/corrections: Russian headings', async () => {
      await openRu('/changes/corrections')
      expect(await h1()).toBe('Исправления данных')
      await expect(held.page.getByRole('heading', { level: 2, name: 'Исправления кураторов' }).count()).resolves.toBe(1)
      expect(await held.page.locator('.result-count').first().innerText()).toMatch(/\d+ исправлени(е|я|й) от кураторов/)
      noErrors()
    })

    it('/ru/forums and /ru/forums/SCO: names from the name book, the English name under the heading, the description marked English', async () => {
      let page = await openRu('/forums')
      expect(await h1()).toBe('Форумы')
      expect(await page.locator('table caption').first().innerText()).toMatch(/^\d+ форум(а|ов)?$/)
      expect(await page.locator('table thead').first().textContent()).toMatch(/Основан/)
      await expect(page.getByRole('link', { name: 'Шанхайская организация сотрудничества' }).count()).resolves.toBe(1)

      page = await openRu('/forums/SCO')
      expect(await h1()).toBe('Шанхайская организация сотрудничества')
      expect(await page.locator('.original-name[lang="en"]').innerText()).toBe('Shanghai Cooperation Organisation')
      expect(await page.locator('p.lede span[lang="en"]').count()).toBe(1)
      await expect(page.getByRole('heading', { level: 2, name: 'Состав на сегодня' }).count()).resolves.toBe(1)
      expect(await page.getByRole('region', { name: 'Члены', exact: true }).innerText()).toMatch(/Индия/)
      expect(await page.locator('main, body').first().textContent()).toMatch(/на 31 декабря каждого года/)
      noErrors()
    })

    it('/ru/parties and /ru/parties/UZB: Russian regions, names and plurals', async () => {
      let page = await openRu('/parties')
      expect(await h1()).toBe('Участники')
      await expect(page.getByRole('heading', { level: 2, name: 'Центральная Азия' }).count()).resolves.toBe(1)
      const uzb = page.locator('li', { has: page.getByRole('link', { name: 'Узбекистан' }) })
      expect(await uzb.innerText()).toMatch(/\d+ форум(а|ов)?/)

      page = await openRu('/parties/UZB')
      expect(await h1()).toBe('Узбекистан')
      expect(await page.locator('.kicker').innerText()).toMatch(/Государство · Центральная Азия · UZB/i)
      for (const heading of ['Членство на сегодня', 'История по датам', 'Источники этой истории', 'Участие в событиях'])
        await expect(page.getByRole('heading', { level: 2, name: heading }).count(), heading).resolves.toBe(1)
      noErrors()
    })

    it('/ru/sources: Russian headings, each title marked with its own language', async () => {
      const page = await openRu('/sources')
      expect(await h1()).toBe('Источники')
      await expect(page.getByRole('heading', { level: 2, name: 'Все источники' }).count()).resolves.toBe(1)
      expect(await page.locator('table caption').last().innerText()).toMatch(/^[\d\s]+ источник(а|ов)?$/)
      // a Russian-titled source is lang="ru" (the page's own, so unmarked); an English one is lang="en"
      const titles = page.locator('table').last().locator('tbody tr td:first-child a, tbody tr th:first-child a')
      expect(await titles.locator('span[lang="en"]').count()).toBeGreaterThan(0)
      expect(await page.locator('table').last().locator('tbody a span[lang="ru"]').count()).toBe(0)
      expect(await page.locator('table').last().innerText()).toMatch(/ЕС определяется со стратегией Восточного партнерства/)
      noErrors()
    })

    it('the English pages read as before', async () => {
      const page = held.page
      await openHydrated(page, `${server.url}/events?forum=SCO&year=2024`)
      expect(await page.locator('html').getAttribute('lang')).toBe('en')
      expect(await page.locator('.result-count').innerText()).toMatch(/^\d+ events? of SCO, in 2024 \(of \d+ recorded\)/)
      await openHydrated(page, `${server.url}/changes?from=2014-01-01&to=2016-01-01&forum=EAEU`)
      expect(await page.locator('.result-count').innerText()).toMatch(
        /^\d+ changes? in Eurasian Economic Union after 1 Jan 2014, up to 1 Jan 2016: \d+ accessions?, /,
      )
      await openHydrated(page, `${server.url}/forums/SCO`)
      expect(await page.locator('.original-name').count()).toBe(0)
      expect(await page.locator('p.lede span[lang]').count()).toBe(0)
      await openHydrated(page, `${server.url}/sources`)
      // a Russian title on the English page says it is Russian
      expect(await page.locator('table').last().locator('tbody a span[lang="ru"]').count()).toBeGreaterThan(0)
    })
  })
}
