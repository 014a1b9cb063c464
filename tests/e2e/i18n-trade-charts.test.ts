import { readFileSync } from 'node:fs'
import { inflateSync } from 'node:zlib'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { MISSING_MESSAGE_MARK } from '../../lib/i18n/messages'
import { DATASET_VERSION } from '../../lib/release/manifest'
import { chromiumAvailable, launchBrowser, openHydrated } from '../support/browser'
import { browserServer } from './server'

/**
 * #23, the trade page and the chart machinery in Russian: /ru/trade in chromium (language, headings,
 * labels, Russian money and plurals, the controls staying under /ru), its chart images (the SVG's
 * text and the PNG's text chunks carry the Russian source line), and the preview images
 * (/og/<view>.png?lang=ru drawn in Russian, lang=xx a 400, without lang as before).
 */

const servers = inject('servers')
const hasBrowser = chromiumAvailable()
const TRADE = '/trade?reporters=KAZ&partners=WLD,CHN&from=2000&to=2020'
const version = DATASET_VERSION.replace(/\./g, '\\.')
/** "…, дата обращения: 5 дек. 2026" */
/** China as the name book writes it in Russian (the ISO name: "КНР (Китайская Народная Республика)"). */
const CHINA = '(Китай|КНР[^,→]*)'
const RU_DATASET = new RegExp(`набор данных forum-atlas ${version} \\(CC BY 4\\.0\\), дата обращения: \\d{1,2} [а-я]{3,5}\\.? \\d{4}`)

/** The text chunks of a PNG, read here independently of the app's writer: tEXt (Latin-1) and uncompressed or compressed iTXt (UTF-8), iTXt winning. */
function pngText(bytes: Buffer): Record<string, string> {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  const text: Record<string, string> = {}
  const exact = new Set<string>()
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at)
    const type = bytes.toString('latin1', at + 4, at + 8)
    const data = bytes.subarray(at + 8, at + 8 + length)
    const nul = data.indexOf(0)
    const keyword = data.toString('latin1', 0, nul)
    if (type === 'tEXt' && !exact.has(keyword)) text[keyword] = data.toString('latin1', nul + 1)
    if (type === 'iTXt') {
      const compressed = data[nul + 1] === 1
      const langEnd = data.indexOf(0, nul + 3)
      const translatedEnd = data.indexOf(0, langEnd + 1)
      const body = data.subarray(translatedEnd + 1)
      text[keyword] = (compressed ? inflateSync(body) : body).toString('utf8')
      exact.add(keyword)
    }
    at += 12 + length
    if (type === 'IEND') break
  }
  return text
}

describe.each(browserServer(servers))('the preview images in Russian on $target', ({ url }) => {
  const image = async (path: string) => {
    const res = await fetch(`${url}${path}`)
    expect(res.status, path).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    return Buffer.from(await res.arrayBuffer())
  }

  it('/og/trade.png?lang=ru differs from the English image: title, names, source and dataset lines in Russian, linking the /ru page', async () => {
    const query = 'reporters=KAZ&partners=CHN,RUS'
    const english = await image(`/og/trade.png?${query}`)
    const russian = await image(`/og/trade.png?${query}&lang=ru`)
    expect(russian.equals(english)).toBe(false)
    const en = pngText(english)
    const ru = pngText(russian)
    expect(en.Title).toMatch(/^Kazakhstan: total trade \(exports \+ imports\) with China, Russia/)
    expect(en.Source).toMatch(/^Sources?: /)
    expect(en.Source).toContain(`forum-atlas dataset ${DATASET_VERSION} (CC BY 4.0), accessed `)
    expect(en.Source).toContain(`Data and full source list: ${url}/trade?${new URLSearchParams(query)}`)
    expect(ru.Title).toMatch(new RegExp(`^Казахстан: товарооборот \\(экспорт \\+ импорт\\), партнеры: ${CHINA}, Росси`))
    expect(ru.Source).toMatch(/^Источник(и)?: International Monetary Fund/) // the sources' own names stay as recorded
    expect(ru.Source).toMatch(RU_DATASET)
    // the page the image links is the Russian one, without the image's own lang parameter
    expect(ru.Source).toContain(`Данные и полный список источников: ${url}/ru/trade?${new URLSearchParams(query)}`)
    expect(ru.Source).not.toContain('lang=')
    // lang=en is the English image
    expect(pngText(await image(`/og/trade.png?${query}&lang=en`)).Title).toBe(en.Title)
  })

  it('draws other views in Russian too: forum names from the name book, Russian dates', async () => {
    const forum = pngText(await image('/og/forums/SCO.png?lang=ru'))
    expect(forum.Title).toBe('ШОС: участники по статусам, по годам')
    expect(forum.Description).toMatch(/^\d{4}–\d{4}, на 31 декабря каждого года \(\d{4}: \d{1,2} [а-я]{3,5}\.? \d{4}\)$/)
    const matrix = pngText(await image('/og/matrix.png?asOf=2005-06-01&lang=ru'))
    expect(matrix.Title).toBe('Матрица членства')
    expect(matrix.Description).toBe('На 1 июн. 2005')
  })

  it('answers a lang other than en or ru with a 400 naming the parameter, as the API does', async () => {
    for (const lang of ['xx', 'RU', 'ru-RU', '']) {
      const res = await fetch(`${url}/og/trade.png?reporters=KAZ&lang=${lang}`)
      expect(res.status, lang).toBe(400)
      expect(res.headers.get('content-type')).toMatch(/^application\/json/)
      const body = (await res.json()) as { error: string; parameter: string }
      expect(body.parameter).toBe('lang')
      expect(body.error).toMatch(/^lang: must be one of: en, ru$/)
    }
    expect((await fetch(`${url}/og/trade.png?lang=ru&lang=en`)).status).toBe(400)
  })
})

describe.skipIf(!hasBrowser).each(browserServer(servers))('/ru/trade and its chart images in chromium on $target', ({ url }) => {
  let browser: Browser
  let page: Page
  const thrown: string[] = []

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, locale: 'ru-RU' })
    page.on('pageerror', (error) => thrown.push(String(error).slice(0, 300)))
  })
  afterAll(async () => browser?.close())

  async function download(frame: Locator, format: 'png' | 'svg'): Promise<{ name: string; bytes: Buffer }> {
    const [dl] = await Promise.all([page.waitForEvent('download'), frame.locator(`button[data-chart-download="${format}"]`).click()])
    return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) }
  }

  it('is in Russian: language, heading, labels, Russian money and plurals, the membership events, no missing message', async () => {
    thrown.length = 0
    await openHydrated(page, `${url}/ru${TRADE}`)
    expect(await page.getAttribute('html', 'lang')).toBe('ru')
    expect(await page.locator('h1').innerText()).toBe('Торговля')
    expect(await page.title()).toMatch(/^Торговля/)
    // textContent, not innerText: the table of figures far down is not rendered until it nears the
    // viewport (.render-near-view), and innerText reads only what is rendered.
    const text = (await page.locator('main').textContent()) ?? ''
    expect(text).not.toContain(MISSING_MESSAGE_MARK.trim())
    for (const label of ['Отчитывающиеся страны и партнеры', 'Стоимость', 'Охват данных', 'Темпы прироста', 'Доли партнеров', 'Скачать PNG', 'Скачать SVG']) {
      expect(text).toContain(label)
    }
    expect(await page.getByRole('combobox', { name: 'Шкала' }).count()).toBe(1)
    // Russian money in the growth table, a Russian plural in the table of values
    expect(await page.locator('#cagr').innerText()).toMatch(/\d+(,\d)?\s(млрд|млн) долл\./)
    expect(text).toMatch(/\d+ (значение|значения|значений)/)
    // the value chart's legend and its notes: names and events in Russian
    expect(text).toMatch(new RegExp(`Казахстан → ${CHINA} \\(DOTS МВФ\\)`))
    expect(await page.locator('.chart-notes').first().innerText()).toMatch(/\d{1,2} [а-я]{3,5}\.? \d{4}: Казахстан: вступление в ШОС \(член\)/)
    expect(thrown).toEqual([])
  })

  it('marks a name with no Russian translation as English in the legends and tables (C5+FR)', async () => {
    thrown.length = 0
    await openHydrated(page, `${url}/ru/trade?reporters=KAZ&partners=forum:C5%2BFR,CHN&from=2015`)
    // the value chart's legend (recharts draws it when the chart is in view) and the growth table's head
    const figure = page.locator('figure').first()
    await figure.scrollIntoViewIfNeeded()
    const legend = page.locator('.recharts-legend-wrapper').first()
    await legend.waitFor()
    expect(await legend.locator('[lang=en]', { hasText: 'C5+FR' }).count()).toBeGreaterThan(0)
    expect(await legend.locator('[lang=en]', { hasText: 'Казахстан' }).count()).toBe(0)
    expect(await page.locator('#cagr tbody [lang=en]', { hasText: 'C5+FR' }).count()).toBeGreaterThan(0)
    expect(await page.locator('thead [lang=en]', { hasText: 'C5+FR' }).count()).toBeGreaterThan(0)
    // the coverage table's rows too
    const coverage = page.locator('table', { has: page.locator('caption', { hasText: 'Годы, за которые есть данные' }) })
    expect(await coverage.locator('tbody [lang=en]', { hasText: 'C5+FR' }).count()).toBe(1)
    expect(thrown).toEqual([])
  })

  it('keeps a changed control under /ru (client-side navigation)', async () => {
    await page.getByRole('combobox', { name: 'Шкала' }).selectOption('log')
    await page.waitForURL(/scale=log/)
    expect(new URL(page.url()).pathname).toBe('/ru/trade')
    await page.locator('h1').waitFor()
    expect(await page.getAttribute('html', 'lang')).toBe('ru')
    expect(await page.locator('.chart-frame-source').first().innerText()).toMatch(/^Источники?: /)
  })

  it('downloads the value chart with its title, source line and dataset line in Russian, in the SVG and in the PNG text chunks', async () => {
    await openHydrated(page, `${url}/ru${TRADE}`)
    await page.locator('svg.recharts-surface').first().waitFor()
    const frame = page.locator('.chart-frame').first()
    const caption = (await frame.locator('.chart-frame-source').innerText()).trim()
    expect(caption).toMatch(/^Источники: International Monetary Fund: Direction of Trade Statistics/)

    const svg = await download(frame, 'svg')
    expect(svg.name).toBe('forum-atlas_trade_KAZ_2000-2020.svg') // file names stay ASCII
    const facts = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml')
      const lines = (t: Element | null) => (t ? [...t.querySelectorAll('tspan')].map((s) => s.textContent ?? '').join(' ') : '')
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        title: lines(doc.querySelector('text[data-role="title"]')),
        source: lines(doc.querySelector('text[data-role="source"]')),
        notes: lines(doc.querySelector('text[data-role="notes"]')),
        desc: doc.querySelector('svg > desc')?.textContent ?? '',
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '').join('\n'),
      }
    }, svg.bytes.toString('utf8'))
    expect(facts.error).toBeNull()
    expect(facts.title).toMatch(new RegExp(`^Казахстан: товарооборот \\(экспорт \\+ импорт\\), партнеры: Мир, ${CHINA}, долл\\. США$`))
    expect(facts.source).toContain(caption)
    expect(facts.source).toMatch(RU_DATASET)
    expect(facts.source).toContain(`Данные и полный список источников: ${url}/ru/trade?`)
    expect(facts.source).not.toMatch(/Sources?:|dataset|accessed|Data and full source list/)
    expect(facts.notes).toContain('Казахстан: вступление в ШОС (член)')
    expect(facts.desc).toMatch(/Создано в forum-atlas\.$/)
    expect(facts.texts).toMatch(/\d+\s(млрд|млн)\sдолл\./) // the value axis in Russian

    const png = pngText((await download(frame, 'png')).bytes)
    expect(png.Title).toBe(facts.title)
    expect(png.Description).toBe('2000–2020')
    expect(png.Source).toContain(caption)
    expect(png.Source).toMatch(RU_DATASET)
    expect(png.Source).toContain(`${url}/ru/trade?`)
    expect(await frame.locator('.chart-downloads-status').innerText()).toBe('Сохранен файл forum-atlas_trade_KAZ_2000-2020.png')
  })

  it('leaves the English page as it was', async () => {
    await openHydrated(page, `${url}${TRADE}`)
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    expect(await page.locator('h1').innerText()).toBe('Trade')
    const text = await page.locator('main').innerText()
    for (const label of ['Reporters and partners', 'Coverage', 'Partner shares', 'Download PNG', 'Kazakhstan → China (IMF DOTS)']) expect(text).toContain(label)
    expect(await page.locator('.chart-frame-source').first().innerText()).toMatch(/^Sources: International Monetary Fund/)
    expect(text).toMatch(/\$\d+(\.\d)? bn/)
  })
})
