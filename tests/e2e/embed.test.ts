import { createServer, type Server } from 'node:http'
import { DATASET_VERSION } from '../../lib/release/manifest'
import type { AddressInfo } from 'node:net'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { pngSize, readTextChunks, PNG_SIGNATURE } from '@/lib/chart-image/png-text'
import { chromiumAvailable, launchBrowser, openHydrated } from '../support/browser'
import { browserServer } from './server'

/**
 * #21.4 "Share and embed": /embed/* pages may be framed by any site while every other page may be
 * framed by none (checked in chromium from a page on another origin), the share menu copies the
 * link and the <iframe> snippet, each view has Open Graph tags, and its preview image is a
 * 1200 × 630 PNG that carries and shows its title.
 */

const hasBrowser = chromiumAvailable()

const EMBED = '/embed/matrix?asOf=2005-06-01&forums=SCO,CSTO,EAEU'
const FULL = '/matrix?asOf=2005-06-01&forums=SCO,CSTO,EAEU'

/** Every view's preview image, and the title its image carries. */
const PREVIEWS: [string, RegExp][] = [
  ['/og/matrix.png?asOf=2005-06-01', /^Membership matrix$/],
  ['/og/map.png?forum=SCO&asOf=2020-01-01', /^SCO: statuses on the map/],
  ['/og/overlaps.png?forums=SCO,EAEU,CSTO', /^Shared participants of SCO, EAEU, CSTO/],
  ['/og/alignment.png', /^How alike the parties' forum portfolios are/],
  ['/og/trade.png?reporters=KAZ&partners=CHN,RUS', /^Kazakhstan: total trade \(exports \+ imports\) with China, Russia/],
  ['/og/events.png?forum=SCO', /^Events of SCO$/],
  ['/og/forums/SCO.png', /^SCO: participants by status, per year$/],
  ['/og/parties/KAZ.png', /^Kazakhstan: memberships by forum and status$/],
]

for (const server of browserServer(inject('servers'))) {
  describe('framing policy', () => {
    it('lets any site frame /embed/* and no site frame the other pages, also when answered from the cache', async () => {
      for (let round = 0; round < 2; round++) {
        const embed = await fetch(`${server.url}${EMBED}`)
        expect(embed.status).toBe(200)
        const csp = embed.headers.get('content-security-policy') ?? ''
        expect(csp).toMatch(/(^|; )frame-ancestors \*(;|$)/)
        // Everything else about the policy is as strict as on any page.
        expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/)
        expect(csp).toContain("object-src 'none'")
        expect(embed.headers.get('x-frame-options')).toBeNull()
        expect(embed.headers.get('x-content-type-options')).toBe('nosniff')

        const full = await fetch(`${server.url}${FULL}`)
        expect(full.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
        expect(full.headers.get('x-frame-options')).toBe('DENY')
      }
      // The second round was served from the response cache: each path kept its own headers.
      const again = await fetch(`${server.url}${EMBED}`)
      expect(again.headers.get('x-forum-atlas-cache')).toBe('hit')
      for (const path of ['/embed', '/embedded', '/api/matrix?asOf=2005-06-01', '/og/matrix.png']) {
        const res = await fetch(`${server.url}${path}`)
        expect(res.headers.get('x-frame-options'), path).toBe('DENY')
      }
    })

    it('marks embed pages noindex with the full view as canonical, and gives every view Open Graph and Twitter card tags with absolute addresses', async () => {
      const embed = await (await fetch(`${server.url}${EMBED}`)).text()
      expect(embed).toMatch(/<meta name="robots" content="noindex, follow"/)
      expect(embed).toContain(`<link rel="canonical" href="${server.url}${FULL.replace(/,/g, '%2C').replace(/&/g, '&amp;')}"`)
      const trade = await (await fetch(`${server.url}/trade?reporters=KAZ`)).text()
      const meta = (property: string) => new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(trade)?.[1]
      expect(meta('og:title')).toBe('Trade')
      expect(meta('og:url')).toBe(`${server.url}/trade?reporters=KAZ`)
      expect(meta('og:image')).toBe(`${server.url}/og/trade.png?reporters=KAZ`)
      expect(meta('og:image:width')).toBe('1200')
      expect(meta('og:image:height')).toBe('630')
      expect(meta('twitter:card')).toBe('summary_large_image')
      expect(meta('twitter:image')).toBe(`${server.url}/og/trade.png?reporters=KAZ`)
      expect(trade).not.toMatch(/name="robots"/)
      for (const path of ['/matrix', '/map', '/overlaps', '/alignment', '/events', '/forums/SCO', '/parties/KAZ']) {
        const html = await (await fetch(`${server.url}${path}`)).text()
        const image = /<meta property="og:image" content="([^"]*)"/.exec(html)?.[1]
        expect(image, path).toBe(`${server.url}/og${path}.png`)
        expect(html, path).toContain('<meta name="twitter:card" content="summary_large_image"')
      }
    })
  })

  describe('preview images', () => {
    it.each(PREVIEWS)('%s is a 1200 × 630 PNG that carries its title', async (path, title) => {
      const res = await fetch(`${server.url}${path}`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('image/png')
      expect(res.headers.get('cache-control')).toBe('public, no-cache')
      const png = new Uint8Array(await res.arrayBuffer())
      expect([...png.slice(0, 8)]).toEqual([...PNG_SIGNATURE])
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 })
      const text = readTextChunks(png)
      expect(text.Title).toMatch(title)
      expect(text.Source).toContain(`Data and full source list: ${server.url}/`)
      expect(text.Source).toContain(`forum-atlas dataset ${DATASET_VERSION} (CC BY 4.0), accessed `)
    })

    it('answers 404 for a view that does not exist', async () => {
      for (const path of ['/og/nothing.png', '/og/forums/NO-SUCH-FORUM.png', '/og/matrix.jpg', '/og/forums.png']) {
        expect((await fetch(`${server.url}${path}`)).status, path).toBe(404)
      }
    })
  })

  describe.skipIf(!hasBrowser)('in chromium', () => {
    let browser: Browser
    let foreign: Server
    let foreignUrl: string
    beforeAll(async () => {
      browser = await launchBrowser()
      // Another origin (another port): a page that frames an embed page and a full page of the app.
      foreign = createServer((_req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        res.end(`<!doctype html><html lang="en"><head><title>A site that embeds forum-atlas</title></head><body style="font-family:sans-serif;margin:12px">
<h1 style="font-size:18px">Another site</h1>
<iframe id="embed" src="${server.url}${EMBED}" title="Membership matrix — forum-atlas" width="100%" height="520" style="border:1px solid #ccc" loading="lazy"></iframe>
<iframe id="full" src="${server.url}${FULL}" title="The full matrix page" width="100%" height="200" style="border:1px solid #ccc"></iframe>
</body></html>`)
      })
      await new Promise<void>((resolve) => foreign.listen(0, 'localhost', resolve))
      foreignUrl = `http://localhost:${(foreign.address() as AddressInfo).port}/`
    })
    afterAll(async () => {
      await browser?.close()
      await new Promise((resolve) => foreign?.close(resolve))
    })

    it.each([1280, 390])('frames /embed/matrix on another origin and refuses to frame /matrix (%i px)', async (width) => {
      const page = await browser.newPage({ viewport: { width, height: 900 } })
      await page.goto(foreignUrl)
      const embedFrame = page.frameLocator('#embed')
      await expect.poll(() => embedFrame.locator('[data-embed-view] h1').textContent({ timeout: 30_000 })).toBe('Membership matrix')
      expect(await embedFrame.locator('table th[scope="col"]').count()).toBeGreaterThan(3)
      // The link back to the full view, with the same parameters.
      expect(await embedFrame.locator('[data-embed-full]').getAttribute('href')).toBe(`${server.url}${FULL.replace(/,/g, '%2C')}`)
      // No site header or footer inside the frame.
      expect(await embedFrame.locator('header, .site-footer').count()).toBe(0)
      // The embed page fits the frame's width.
      const overflow = await embedFrame.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth)
      expect(overflow).toBeLessThanOrEqual(0)
      // The full page is refused: its frame holds chromium's error page, not the app.
      const full = page.frames().find((f) => f.parentFrame() === page.mainFrame() && f !== page.frames().find((x) => x.url().includes('/embed/')))
      await expect.poll(() => full?.url()).toMatch(/^chrome-error:/)
      expect(await page.frameLocator('#full').locator('#main, [data-embed-view], table').count()).toBe(0)
      await page.screenshot({ path: `test-results/embed-foreign-${width}.png`, fullPage: true })
      await page.close()
    })

    it.each([1280, 390])('the share menu copies the link and the embed snippet (%i px)', async (width) => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] })
      const page = await context.newPage()
      await openHydrated(page, `${server.url}/trade?reporters=KAZ&partners=CHN,RUS`)
      const menu = page.locator('[data-share-menu]').first()
      await menu.locator('summary').click()
      await menu.getByRole('button', { name: 'Copy link' }).click()
      await expect.poll(() => menu.getByRole('status').textContent()).toBe('Copied the link.')
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url}/trade?reporters=KAZ&partners=CHN%2CRUS`)
      await menu.getByRole('button', { name: 'Copy embed code' }).click()
      await expect.poll(() => menu.getByRole('status').textContent()).toBe('Copied the embed code.')
      const snippet = await page.evaluate(() => navigator.clipboard.readText())
      expect(snippet).toMatch(
        new RegExp(
          `^<iframe src="${server.url}/embed/trade\\?reporters=KAZ&amp;partners=CHN%2CRUS" title="[^"]+ — forum-atlas" width="100%" height="\\d+" style="[^"]*" loading="lazy"></iframe>$`,
        ),
      )
      // The panel stays within the window.
      const box = await menu.locator('.share-panel').boundingBox()
      expect(box!.x).toBeGreaterThanOrEqual(0)
      expect(box!.x + box!.width).toBeLessThanOrEqual(width)
      await page.screenshot({ path: `test-results/share-menu-${width}.png` })
      // The snippet frames what it says: the embed page answers with the chart.
      const src = /src="([^"]+)"/.exec(snippet)![1].replace(/&amp;/g, '&')
      await openHydrated(page, src)
      expect(await page.locator('[data-embed-view] h1').textContent()).toMatch(/^Kazakhstan: total trade/)
      await context.close()
    })

    it('selects the field for the reader when the clipboard cannot be written', async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
      const page = await context.newPage()
      await openHydrated(page, `${server.url}${FULL}`)
      await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }))
      const menu = page.locator('.table-actions [data-share-menu]')
      await menu.locator('summary').click()
      await menu.getByRole('button', { name: 'Copy embed code' }).click()
      await expect.poll(() => menu.getByRole('status').textContent()).toMatch(/^Selected the embed code: press Ctrl\+C/)
      const selected = await page.evaluate(() => {
        const field = document.activeElement as HTMLTextAreaElement
        return field.value.slice(field.selectionStart, field.selectionEnd)
      })
      expect(selected).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/matrix\?/)
      await context.close()
    })

    it('shows the link and the snippet as text without JavaScript', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false })
      const page = await context.newPage()
      await page.goto(`${server.url}/events?forum=SCO`)
      const menu = page.locator('[data-share-menu]').first()
      await menu.locator('summary').click()
      expect(await menu.locator('[data-share-field="link"]').inputValue()).toBe(`${server.url}/events?forum=SCO`)
      expect(await menu.locator('[data-share-field="embed"]').inputValue()).toContain(`src="${server.url}/embed/events?forum=SCO"`)
      await context.close()
    })

    it('draws the title into the preview image', async () => {
      const page = await browser.newPage({ viewport: { width: 1200, height: 630 } })
      const png = Buffer.from(await (await fetch(`${server.url}/og/forums/SCO.png`)).arrayBuffer())
      await page.setContent(`<img id="i" src="data:image/png;base64,${png.toString('base64')}">`)
      // Dark pixels in the title's band (the top 110 px, left of the name in the corner), and none in the empty margin above it.
      const ink = await page.evaluate(async () => {
        const img = document.getElementById('i') as HTMLImageElement
        await img.decode()
        const canvas = document.createElement('canvas')
        canvas.width = img.naturalWidth
        canvas.height = img.naturalHeight
        const ctx = canvas.getContext('2d')!
        ctx.drawImage(img, 0, 0)
        const dark = (x: number, y: number, w: number, h: number) => {
          const d = ctx.getImageData(x, y, w, h).data
          let n = 0
          for (let i = 0; i < d.length; i += 4) if (d[i] + d[i + 1] + d[i + 2] < 300) n++
          return n
        }
        return { title: dark(40, 50, 900, 60), margin: dark(0, 0, 1200, 20) }
      })
      expect(ink.title).toBeGreaterThan(2000)
      expect(ink.margin).toBe(0)
      await page.close()
    })
  })
}
