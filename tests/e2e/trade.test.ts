import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadDataset } from '../../lib/dataset/load'
import { chromiumAvailable, launchBrowser, openHydrated, pick } from '../support/browser'

/** The trade API and page, against prisma/data (IMF DOTS and the seeds' figures). */

const data = loadDataset()
const figure = (r: string, p: string, y: number, f: string) =>
  data.trade.find((t) => t.reporter_code === r && t.partner_code === p && t.year === y && t.flow === f)?.value_usd
const servers = inject('servers')

describe.each(servers)('trade API on $target', ({ url }) => {
  const csv = async (q: string) => {
    const res = await fetch(`${url}/api/trade.csv?${q}`)
    expect(res.status).toBe(200)
    const text = await res.text()
    expect(text.split('\r\n')[0]).toBe('reporter_code,partner_code,reported_by,year,flow,measure,value_usd,estimated,total_kind,growth_pct,cagr_pct,source')
    return parse(text, { columns: true }) as Record<string, string>[]
  }

  it('reproduces the seeds’ figure: China’s trade with the five Central Asian states, 2023, $89.4 billion, cited', async () => {
    const rows = await csv('reporters=CHN&partners=CA5&flow=total&from=2023&to=2023')
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      reporter_code: 'CHN',
      partner_code: 'CA5',
      reported_by: 'CHN',
      year: '2023',
      flow: 'total',
      measure: 'goods',
      value_usd: '89400000000',
      total_kind: 'published',
    })
    // the seed's figure, and China's customs' own (quoted by bne IntelliNews), which is preferred to the seed
    const cited = data.trade
      .filter((t) => t.reporter_code === 'CHN' && t.partner_code === 'CA5' && t.year === 2023 && t.flow === 'total')
      .map((t) => t.source_id)
    expect(cited).toEqual(expect.arrayContaining(['seed-001']))
    expect(cited).toContain(rows[0].source)
    expect(rows[0].source).not.toBe('seed-001')
  })

  it('gives IMF figures in US$ (not millions), totals as exports + imports, and gaps as gaps', async () => {
    const rows = await csv('reporters=KAZ&partners=CHN,WLD&flow=export&from=2018&to=2020')
    expect(rows.find((r) => r.partner_code === 'WLD' && r.year === '2019')?.value_usd).toBe('57676727675')
    for (const r of rows) expect(r.value_usd).toBe(figure('KAZ', r.partner_code, Number(r.year), 'export'))
    const total = await csv('reporters=KAZ&partners=CHN&flow=total&from=2019&to=2019')
    expect(BigInt(total[0].value_usd)).toBe(BigInt(figure('KAZ', 'CHN', 2019, 'export')!) + BigInt(figure('KAZ', 'CHN', 2019, 'import')!))
    const years = (await csv('reporters=KAZ&partners=WLD&flow=export&from=1985&to=2020')).map((r) => Number(r.year))
    expect(Math.min(...years)).toBeGreaterThanOrEqual(1992) // no zeros before Kazakhstan reported
  })

  it('sums a forum aggregate over the members of each year', async () => {
    const rows = await csv('reporters=KAZ&partners=forum:EAEU&flow=export&from=2014&to=2016')
    expect(rows.map((r) => r.year)).toEqual(['2015', '2016'])
    const members2015 = ['RUS', 'BLR', 'ARM', 'KGZ']
    const sum = members2015.reduce((n, p) => n + BigInt(figure('KAZ', p, 2015, 'export') ?? '0'), 0n)
    expect(BigInt(rows[0].value_usd)).toBe(sum)
  })

  it('streams every trade figure in the full export', async () => {
    const res = await fetch(`${url}/api/export/trade.csv`)
    expect(res.status).toBe(200)
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[]
    expect(rows).toHaveLength(data.trade.length)
    const key = (r: Partial<Record<'reporter_code' | 'partner_code' | 'year' | 'flow', unknown>>) => `${r.reporter_code}|${r.partner_code}|${r.year}|${r.flow}`
    const expected = new Map(data.trade.map((t) => [`${key(t)}|${t.source_id}`, t.value_usd]))
    for (const r of rows) expect(r.value_usd, key(r)).toBe(expected.get(`${key(r)}|${r.source}`))
  })

  it.each([
    ['reporters=ZZZ', 'reporters'],
    ['partners=forum:NOPE', 'partners'],
    ['flow=both', 'flow'],
    ['from=2020&to=2010', 'from'],
    ['from=20x0', 'from'],
  ])('?%s → 400 naming %s', async (q, parameter) => {
    for (const path of ['/api/trade.csv', '/api/trade']) {
      const res = await fetch(`${url}${path}?${q}`)
      expect(res.status).toBe(400)
      expect(((await res.json()) as { parameter: string }).parameter).toBe(parameter)
    }
  })
})

const hasBrowser = chromiumAvailable()

describe.skipIf(!hasBrowser).each(servers)('trade page on $target', ({ url, target }) => {
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
  })
  afterAll(async () => browser?.close())

  it('chooses a reporter and a partner, switches to log scale and a forum aggregate, and the download equals the API', async () => {
    await openHydrated(page, `${url}/trade?reporters=KAZ&partners=WLD&from=2005&to=2020`)
    await pick(page, 'Reporters', 'Uzbekistan')
    await page.waitForURL(/reporters=KAZ%2CUZB|reporters=KAZ,UZB/)
    await pick(page, 'Partners', 'China')
    await page.waitForURL(/partners=WLD%2CCHN|partners=WLD,CHN/)
    await page.locator('select[name="scale"]').selectOption('log')
    await page.waitForURL(/scale=log/)
    await pick(page, 'Partners', 'EAEU', /Eurasian Economic Union members/)
    await page.waitForURL(/forum%3AEAEU|forum:EAEU/)
    await page.locator('svg.recharts-surface').first().waitFor()
    expect(await page.locator('.chart-notes').innerText()).toMatch(/Kazakhstan joins EAEU as member/)
    expect(await page.locator('#cagr').innerText()).toMatch(/% a year/)
    await page.screenshot({ path: `screenshots/${target}-trade.png`, fullPage: false })
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()])
    const downloaded = readFileSync(await download.path(), 'utf8')
    const query = new URL(page.url()).searchParams
    query.delete('scale')
    const api = await (await fetch(`${url}/api/trade.csv?${query}`)).text()
    expect(downloaded).toBe(api)
    const rows = parse(downloaded, { columns: true }) as Record<string, string>[]
    expect(new Set(rows.map((r) => r.partner_code))).toEqual(new Set(['WLD', 'CHN', 'forum:EAEU']))
    expect(
      await page
        .locator('table.data', { has: page.locator('caption', { hasText: 'values' }) })
        .locator('tbody tr')
        .count(),
    ).toBe(rows.length)
  })

  it.each([1280, 390])(
    'numbers the membership markers, lists them under the chart, and keeps labels and points off each other and the frame at %i px',
    async (width) => {
      await page.setViewportSize({ width, height: 900 })
      await openHydrated(page, `${url}/trade?reporters=KAZ,UZB&partners=CHN,RUS&flow=export&from=2000&to=2020&scale=log`)
      const chart = page.locator('.chart-frame').first()
      // A use of the page loads the chart code on a phone; the chart draws once scrolled to.
      await page.keyboard.press('Tab')
      await chart.scrollIntoViewIfNeeded()
      await chart.locator('figure.chart svg.recharts-surface').first().waitFor()
      await chart.locator('text.recharts-label').first().waitFor()
      const notes = await chart.locator('.chart-notes li').allInnerTexts()
      expect(notes.length).toBeGreaterThan(4)
      expect(notes.join('\n')).toMatch(/Kazakhstan joins EAEU as member/)
      const labels = await chart.locator('text.recharts-label').evaluateAll((nodes) =>
        nodes.map((n) => {
          const r = n.getBoundingClientRect()
          return { text: n.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom }
        }),
      )
      // Every number of the list is on the chart, once.
      const onChart = labels.flatMap((l) => {
        const range = /^(\d+)–(\d+)$/.exec(l.text)
        return range ? Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => Number(range[1]) + i) : l.text.split(', ').map(Number)
      })
      expect(onChart.sort((a, b) => a - b)).toEqual(notes.map((_, i) => i + 1))
      const svg = (await chart.locator('.recharts-wrapper > svg.recharts-surface').boundingBox())!
      for (const [i, a] of labels.entries()) {
        expect(a.left, `label ${a.text} inside the chart`).toBeGreaterThanOrEqual(svg.x)
        expect(a.right, `label ${a.text} inside the chart`).toBeLessThanOrEqual(svg.x + svg.width)
        for (const b of labels.slice(i + 1)) {
          const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top
          expect(apart, `labels ${a.text} and ${b.text} overlap`).toBe(true)
        }
      }
      // The extreme points keep a margin from the plot's frame on the log axis.
      const grid = (await chart.locator('.recharts-cartesian-grid').first().boundingBox())!
      const dots = await chart.locator('.recharts-line-dots circle').evaluateAll((nodes) =>
        nodes.map((n) => {
          const r = n.getBoundingClientRect()
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 }
        }),
      )
      expect(dots.length).toBeGreaterThan(20)
      expect(Math.min(...dots.map((d) => d.y)) - grid.y).toBeGreaterThanOrEqual(6)
      expect(grid.y + grid.height - Math.max(...dots.map((d) => d.y))).toBeGreaterThanOrEqual(6)
      expect(Math.min(...dots.map((d) => d.x)) - grid.x).toBeGreaterThanOrEqual(6)
      expect(grid.x + grid.width - Math.max(...dots.map((d) => d.x))).toBeGreaterThanOrEqual(6)
      await page.screenshot({ path: `screenshots/${target}-trade-markers-${width}.png`, fullPage: false })
      await page.setViewportSize({ width: 1280, height: 900 })
    },
  )

  it('sorts the table of values by a header press, in the browser: by value, then by year both ways', async () => {
    await openHydrated(page, `${url}/trade?reporters=KAZ&partners=CHN,RUS&from=2010&to=2015&flow=export`)
    const table = page.locator('table.data', { has: page.locator('caption', { hasText: 'values' }) })
    const column = async (i: number) => table.locator(`tbody tr > :nth-child(${i})`).allInnerTexts()
    const usd = (text: string) => Number(text.replace(/[^0-9.]/g, ''))
    await table.getByRole('button', { name: /^Value \(US\$\)/ }).click()
    await expect.poll(async () => (await table.locator('th[aria-sort]').getAttribute('aria-sort')) ?? '').toBe('ascending')
    const ascending = (await column(4)).map(usd)
    expect(ascending.length).toBe(12)
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b))
    await table.getByRole('button', { name: /^Year/ }).click()
    await table.getByRole('button', { name: /^Year/ }).click()
    await expect.poll(async () => (await column(2)).join(',')).toBe('2015,2015,2014,2014,2013,2013,2012,2012,2011,2011,2010,2010')
    expect(await table.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('descending')
  })

  it('on a phone, loads the chart code when the reader first uses the page, not while it loads, and draws a chart scrolled to', async () => {
    const phone = await browser.newPage({ viewport: { width: 412, height: 823 } })
    try {
      const scripts: string[] = []
      phone.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()))
      await openHydrated(phone, `${url}/trade?reporters=KAZ&partners=CHN,RUS,WLD&from=2000&to=2020`)
      // Hydrated: React has taken over the first chart's placeholder (WhenVisible's effects run right after).
      await phone.waitForFunction(() => Object.keys(document.querySelector('figure.chart .chart-pending') ?? {}).some((k) => k.startsWith('__reactFiber')))
      const loaded = scripts.length
      // Let the browser go idle twice over: the old trigger (an idle callback) would have loaded recharts by then.
      await phone.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve))))
      expect(scripts.length, 'no script requested after the page loaded, before any use').toBe(loaded)
      expect(await phone.locator('figure.chart .chart-pending').first().getAttribute('data-waits-for')).toBe('view')
      expect(await phone.locator('svg.recharts-surface').count()).toBe(0)
      // A key press (no scrolling) is a use: the chart code loads, a script the page had not asked for.
      const [chartCode] = await Promise.all([phone.waitForRequest((r) => r.resourceType() === 'script', { timeout: 30_000 }), phone.keyboard.press('Tab')])
      expect(scripts.slice(0, loaded)).not.toContain(chartCode.url())
      await phone.locator('figure.chart').first().scrollIntoViewIfNeeded()
      await phone.locator('figure.chart svg.recharts-surface').first().waitFor()
    } finally {
      await phone.close()
    }
  })
})
