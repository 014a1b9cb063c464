import { describe, expect, inject, it } from 'vitest'
import { browserPage, chromiumAvailable, openHydrated } from '../support/browser'
import { COMPILE_HINT } from '../../scripts/compile-hints.mjs'
import { scriptSources } from '../../lib/bench/first-load'
import { rscPayload } from '../support/rsc-payload'
import { browserServer } from './server'

/**
 * #22.5: what a page's boot asks of the browser's main thread, on the pages the Lighthouse audit
 * measures and the others.
 *
 * Every script a page's HTML loads carries V8's explicit compile hint, so that Chromium
 * compiles it while it streams, off the main thread, instead of function by function in the one
 * long task of the page's boot (scripts/compile-hints.mjs). The chunks a page loads later (the
 * charts' code) stay lazy. Read over HTTP, as the browser gets them.
 */

const PAGES = ['/', '/matrix', '/overlaps', '/trade', '/map', '/alignment', '/events', '/forums/SCO', '/parties/KAZ', '/data', '/api', '/ru/matrix', '/admin']

for (const server of browserServer(inject('servers'))) {
  describe(`compile hints on ${server.target}`, () => {
    const firstLoad = new Set<string>()

    it.each(PAGES)('%s: every script its HTML loads starts with the hint', async (path) => {
      const res = await fetch(`${server.url}${path}`)
      expect(res.status).toBe(200)
      const scripts = scriptSources(await res.text())
      expect(scripts.length).toBeGreaterThan(3)
      for (const src of scripts) {
        firstLoad.add(src)
        const text = await (await fetch(new URL(src, server.url))).text()
        expect(text.startsWith(COMPILE_HINT), `${path}: ${src}`).toBe(true)
      }
    })

    it('/trade sends its coverage strip and its table of figures as HTML strings, not as an element per cell in the RSC payload', async () => {
      const html = await (await fetch(`${server.url}/trade?reporters=KAZ,UZB,KGZ,TJK,TKM`)).text()
      const cells = html.match(/<td class="cov cov-[IN]"/g) ?? []
      expect(cells.length).toBeGreaterThan(50)
      const payload = rscPayload(html)
      expect(payload).toContain('<table class="data coverage-strip">')
      // A year's cell as a React element: ["$","td","1995",{"className":"cov cov-I",…}].
      expect(payload).not.toMatch(/"td","\d{4}",\{"className":"cov /)
      // The table of figures too: a row is one string of cells (the sort island moves whole rows).
      expect(html.match(/<td tabindex="?-1"?>\d{4}<\/td>/g)?.length ?? 0).toBeGreaterThan(50)
      expect(payload).not.toMatch(/"td","year",\{/)
    })

    // 500 forums at world scale: as objects they were two fifths of the page's payload (components/matrix/forum-choices.ts).
    it('/matrix sends its forum checklist as one packed string and its summary row as HTML, not as objects and elements per forum', async () => {
      const html = await (await fetch(`${server.url}/matrix?only=0`)).text()
      const payload = rscPayload(html)
      expect(html.match(/<input type="?checkbox"? name="?forums"?/g)?.length ?? 0).toBeGreaterThan(30)
      // A raw tab: React sends a string this long as a text row of its own; a short one would arrive JSON-escaped.
      expect(payload).toMatch(/SCO(\t|\\t)SCO(\t|\\t)Shanghai Cooperation Organisation(\t|\\t)treaty_organization/)
      expect(payload).not.toMatch(/\{"code":"SCO","shortName":"SCO","name":"Shanghai Cooperation Organisation","kind":/)
      // the summary row: one string, not a <td> element per forum with a <span> per status
      expect(html).toMatch(/<tfoot><tr><th scope="?row"?>\d+ parties<\/th><td>/)
      expect(payload).not.toMatch(/\["\$","td","SCO",\{"children":\["\$","span",null,\{"className":"summary"/)
    })

    // A chart's rows repeated every series key in every year, and the publisher of every point
    // (lib/transforms/chart-columns.ts): the payload now holds each key and each wording once per chart.
    it('/trade sends its charts’ data as columns: each series key and source wording once per chart, not once per year', async () => {
      const payload = rscPayload(await (await fetch(`${server.url}/trade?reporters=KAZ&partners=CHN,RUS&from=1995&to=2024`)).text())
      const key = '"KAZ>CHN>KAZ>goods#IMF DOTS"'
      const keyTimes = payload.split(key).length - 1
      expect(keyTimes).toBeGreaterThan(0)
      // The value chart and the growth chart each name the series in their data and in their legend.
      expect(keyTimes).toBeLessThanOrEqual(6)
      expect(payload).not.toMatch(/\{"year":\d{4},"KAZ>/)
      expect(payload.split('"International Monetary Fund"').length - 1).toBeLessThanOrEqual(3)
    })

    it('sends a page only the client messages and picker terms its own components read', async () => {
      const payloadOf = async (path: string) => rscPayload(await (await fetch(`${server.url}${path}`)).text())
      // The matrix's client words ("Choose forums one by one"), and the pickers' Russian search terms («ШОС»).
      const matrixWords = '"chooseOneByOne"'
      const terms = '"terms":{'
      const home = await payloadOf('/')
      expect(home).toContain('"languageSwitch"')
      expect(home).not.toContain(matrixWords)
      expect(home).not.toContain(terms)
      expect(home).not.toContain('"chartPreview"')
      const matrix = await payloadOf('/matrix')
      expect(matrix).toContain(matrixWords)
      expect(matrix).toContain(terms)
      const embed = await payloadOf('/embed/matrix')
      expect(embed).toContain(matrixWords)
      expect(embed).not.toContain(terms)
    })

    describe.skipIf(!chromiumAvailable())('in a browser', () => {
      const held = browserPage({ viewport: { width: 1280, height: 900 } })

      it('the charts’ code, loaded when a chart comes into view, stays lazy', async () => {
        const later: Promise<{ url: string; text: string }>[] = []
        held.page.on('response', (response) => {
          const url = new URL(response.url())
          if (url.pathname.endsWith('.js') && !firstLoad.has(url.pathname)) later.push(response.text().then((text) => ({ url: url.pathname, text })))
        })
        await openHydrated(held.page, `${server.url}/trade`)
        const chart = held.page.locator('figure.chart').first()
        await chart.scrollIntoViewIfNeeded()
        await chart.locator('svg.recharts-surface').first().waitFor()
        const loaded = await Promise.all(later)
        expect(loaded.length).toBeGreaterThan(0)
        for (const { url, text } of loaded) expect(text.startsWith(COMPILE_HINT), url).toBe(false)
      })

      // A phone lays out and paints the first screen of /trade on load; its table of figures, far
      // below, waits until it nears the viewport (.render-near-view), yet stays in the accessibility
      // tree, and prints whole.
      it('/trade on a phone leaves its table of figures unrendered until it nears the viewport', async () => {
        const page = await held.browser.newPage({ viewport: { width: 390, height: 844 }, extraHTTPHeaders: { 'Sec-CH-UA-Mobile': '?1' } })
        try {
          // Five reporters: the table starts several screens down, beyond the distance at which Chromium renders ahead.
          await openHydrated(page, `${server.url}/trade?reporters=KAZ,UZB,KGZ,TJK,TKM`)
          const cell = page.locator('.render-near-view table.data tbody td').first()
          const rendered = () => cell.evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions))
          expect(await rendered()).toBe(false)
          // Still a named region of the page for a screen reader, though not rendered yet.
          const name = await page.locator('div.render-near-view > [role=region]').getAttribute('aria-label')
          expect(name).toMatch(/\d+ values/)
          expect(await page.getByRole('region', { name: name! }).count()).toBe(1)
          await page.emulateMedia({ media: 'print' })
          expect(await rendered()).toBe(true)
          await page.emulateMedia({ media: 'screen' })
          await cell.scrollIntoViewIfNeeded()
          await expect.poll(rendered).toBe(true)
        } finally {
          await page.close()
        }
      })

      // The growth and shares tables of /trade are built in the browser by their chart's client
      // component, one row per year and a column per series: one HTML string, which React hydrates
      // as one element, not cell by cell (ChartDataHtml).
      it('/trade hydrates the charts’ tables of growth and shares as strings, not a React element per cell', async () => {
        const page = held.page
        await openHydrated(page, `${server.url}/trade?reporters=KAZ&partners=CHN,RUS`)
        const tables = page.locator('details.chart-data table')
        expect(await tables.count()).toBeGreaterThanOrEqual(2)
        const managedCells = await page.evaluate(() => {
          const cells = [...document.querySelectorAll('details.chart-data td')]
          return { cells: cells.length, managed: cells.filter((cell) => Object.keys(cell).some((k) => k.startsWith('__reactFiber'))).length }
        })
        expect(managedCells.cells).toBeGreaterThan(50)
        expect(managedCells.managed).toBe(0)
        // The region around each table is React's: it hydrated.
        const region = page.locator('details.chart-data .table-scroll').first()
        expect(await region.evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactFiber')))).toBe(true)
      })

      // Every size × weight × style of text a page shows is a font Chromium looks up in the style pass
      // before the first paint; on Linux each is a synchronous call to the browser process, 5–15 ms on a
      // busy two-core machine (docs/performance.md). Pages draw text in the type scale's five sizes and
      // two weights (app/globals.css), HTML and SVG alike. (The alignment heatmap's 10 px cell figures
      // are the one exception, on a page the audit does not measure.)
      it.each(['/', '/matrix', '/overlaps', '/trade', '/map', '/events', '/forums/SCO', '/parties/KAZ', '/data', '/ru/trade'])(
        '%s draws its text in the type scale’s sizes and weights',
        async (path) => {
          const page = await held.browser.newPage({ viewport: { width: 390, height: 844 }, extraHTTPHeaders: { 'Sec-CH-UA-Mobile': '?1' } })
          try {
            await openHydrated(page, `${server.url}${path}`)
            const fonts = await page.evaluate(() => {
              const found: Record<string, string> = {}
              for (const el of document.querySelectorAll('body *')) {
                const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())
                if (!ownText || !el.checkVisibility()) continue
                const cs = getComputedStyle(el)
                const key = `${cs.fontSize} ${cs.fontWeight}`
                found[key] ??= el.outerHTML.slice(0, 120)
              }
              return found
            })
            const off = Object.entries(fonts).filter(([key]) => !/^(12|14|16|20|26)px (400|700)$/.test(key))
            expect(off, `${path}: text off the scale`).toEqual([])
            expect(Object.keys(fonts).length).toBeGreaterThan(3)
          } finally {
            await page.close()
          }
        },
      )

      // The first Intl.NumberFormat, DateTimeFormat or Collator of a page loads ICU's data for it on
      // the main thread (tens of milliseconds on a fast desktop, several times that on a phone), and so
      // did ICU message formatting's locale lookup (supportedLocalesOf). Text is worded and numbers
      // formatted on the server; hydrating must not do it again. (Intl.PluralRules is cheap: allowed.)
      it.each(['/', '/matrix', '/overlaps', '/trade', '/ru/matrix', '/ru/trade'])('%s hydrates without loading ICU’s formatters', async (path) => {
        const page = await held.browser.newPage({ viewport: { width: 390, height: 844 }, extraHTTPHeaders: { 'Sec-CH-UA-Mobile': '?1' } })
        try {
          await page.addInitScript(() => {
            const calls: string[] = []
            Object.assign(window, { intlCalls: calls })
            const intl = Intl as unknown as Record<string, { supportedLocalesOf: unknown }>
            for (const name of ['NumberFormat', 'DateTimeFormat', 'Collator', 'ListFormat', 'RelativeTimeFormat', 'DisplayNames']) {
              const Original = intl[name] as unknown as new (...args: unknown[]) => object
              const Counted = function (...args: unknown[]) {
                calls.push(`Intl.${name}`)
                return new Original(...args)
              } as unknown as { prototype: object; supportedLocalesOf: unknown }
              Counted.prototype = Original.prototype
              Counted.supportedLocalesOf = (...args: unknown[]) => {
                calls.push(`Intl.${name}.supportedLocalesOf`)
                return (Original as unknown as { supportedLocalesOf: (...a: unknown[]) => unknown }).supportedLocalesOf(...args)
              }
              intl[name] = Counted
            }
            for (const [proto, method] of [
              [Number.prototype, 'toLocaleString'],
              [Date.prototype, 'toLocaleDateString'],
              [Date.prototype, 'toLocaleString'],
              [String.prototype, 'localeCompare'],
            ] as const) {
              const original = (proto as unknown as Record<string, (...a: unknown[]) => unknown>)[method]
              ;(proto as unknown as Record<string, unknown>)[method] = function (this: unknown, ...args: unknown[]) {
                calls.push(method)
                return original.apply(this, args)
              }
            }
          })
          await openHydrated(page, `${server.url}${path}`)
          expect(await page.evaluate(() => (window as unknown as { intlCalls: string[] }).intlCalls)).toEqual([])
        } finally {
          await page.close()
        }
      })
    })
  })
}
