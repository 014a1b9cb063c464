import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { browserServer } from './server'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { crc32 } from 'node:zlib'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { toLatin1 } from '../../lib/chart-image/png-text'
import { DATASET_VERSION } from '../../lib/release/manifest'
import { chromiumAvailable, launchBrowser, openHydrated } from '../support/browser'

/**
 * Chart images: every chart's "Download PNG" / "Download SVG" in the real browser. The files are
 * taken from playwright's download events and checked as a reader would get them: the SVG parses as
 * XML, opens on its own and is not blank; the PNG has a valid signature, IHDR and text chunks
 * (parsed here with zlib's CRC, independently of the app's writer) and decodes in the browser.
 */

const servers = inject('servers')
const hasBrowser = chromiumAvailable()

interface Png {
  width: number
  height: number
  text: Record<string, string>
  types: string[]
}

/** Our own reading of the PNG container: signature, every chunk's CRC, IHDR, tEXt (Latin-1). */
function readPng(bytes: Buffer): Png {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  const types: string[] = []
  const text: Record<string, string> = {}
  let width = 0
  let height = 0
  let at = 8
  while (at < bytes.length) {
    const length = bytes.readUInt32BE(at)
    const type = bytes.toString('latin1', at + 4, at + 8)
    const data = bytes.subarray(at + 8, at + 8 + length)
    expect(bytes.readUInt32BE(at + 8 + length), `CRC of ${type}`).toBe(crc32(bytes.subarray(at + 4, at + 8 + length)))
    types.push(type)
    if (type === 'IHDR') {
      width = data.readUInt32BE(0)
      height = data.readUInt32BE(4)
    }
    if (type === 'tEXt') {
      const nul = data.indexOf(0)
      text[data.toString('latin1', 0, nul)] = data.toString('latin1', nul + 1)
    }
    at += 12 + length
    if (type === 'IEND') break
  }
  expect(types[0]).toBe('IHDR')
  expect(types.at(-1)).toBe('IEND')
  expect(types).toContain('IDAT')
  return { width, height, text, types }
}

interface SvgFacts {
  error: string | null
  root: string
  width: number
  height: number
  viewBox: string
  title: string
  desc: string
  /** Each <text>, its <tspan> lines joined by a space. */
  texts: string[]
  roles: Record<string, string>
  background: string
  fills: string[]
}

describe.skipIf(!hasBrowser).each(browserServer(servers))('chart images on $target', ({ url }) => {
  let browser: Browser
  let page: Page
  let scratch: Page
  const saved = mkdtempSync(path.join(tmpdir(), 'fa-chart-images-'))

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
    scratch = await browser.newPage() // about:blank: parses and rasterises the files, away from the app
  })
  afterAll(async () => {
    await browser?.close()
    rmSync(saved, { recursive: true, force: true })
  })

  async function open(path: string): Promise<void> {
    await openHydrated(page, `${url}${path}`)
    await page.locator('[data-chart-download="png"]:not([disabled])').first().waitFor()
  }

  async function download(frame: Locator, format: 'png' | 'svg', keyboard = false): Promise<{ name: string; bytes: Buffer; path: string }> {
    const button = frame.locator(`button[data-chart-download="${format}"]`)
    const [dl] = await Promise.all([page.waitForEvent('download'), keyboard ? button.focus().then(() => page.keyboard.press('Enter')) : button.click()])
    // saved under its suggested name, as a browser saves it (the extension tells a browser how to open it)
    const file = path.join(saved, dl.suggestedFilename())
    await dl.saveAs(file)
    return { name: dl.suggestedFilename(), bytes: readFileSync(file), path: file }
  }

  async function parseSvg(text: string): Promise<SvgFacts> {
    return scratch.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml')
      const error = doc.querySelector('parsererror')?.textContent ?? null
      const root = doc.documentElement
      const lines = (t: Element) =>
        t.querySelector('tspan') ? [...t.querySelectorAll('tspan')].map((s) => s.textContent ?? '').join(' ') : (t.textContent ?? '')
      const roles: Record<string, string> = {}
      for (const t of doc.querySelectorAll('text[data-role]')) roles[t.getAttribute('data-role')!] = lines(t)
      const first = root.querySelector(':scope > rect')
      return {
        error,
        root: root.localName,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        viewBox: root.getAttribute('viewBox') ?? '',
        title: root.querySelector(':scope > title')?.textContent ?? '',
        desc: root.querySelector(':scope > desc')?.textContent ?? '',
        texts: [...doc.querySelectorAll('text')].map(lines),
        roles,
        background: first ? `${first.getAttribute('fill')} ${first.getAttribute('width')}x${first.getAttribute('height')}` : '',
        fills: [...doc.querySelectorAll('[style*="fill:"]')].map((e) => /fill:\s*([^;]+)/.exec(e.getAttribute('style') ?? '')?.[1] ?? ''),
      }
    }, text)
  }

  /** Draws an image file (as a data URL) on a canvas in the browser: its natural size and how many pixels are not white. */
  async function rasterise(bytes: Buffer, type: string): Promise<{ width: number; height: number; nonWhite: number; total: number }> {
    return scratch.evaluate(
      async (dataUrl) => {
        const img = new Image()
        img.src = dataUrl
        await img.decode()
        const canvas = document.createElement('canvas')
        canvas.width = img.naturalWidth
        canvas.height = img.naturalHeight
        const ctx = canvas.getContext('2d')!
        ctx.fillStyle = '#fff'
        ctx.fillRect(0, 0, canvas.width, canvas.height)
        ctx.drawImage(img, 0, 0)
        const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data
        let nonWhite = 0
        for (let i = 0; i < data.length; i += 4) if (data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235) nonWhite++
        return { width: img.naturalWidth, height: img.naturalHeight, nonWhite, total: canvas.width * canvas.height }
      },
      `data:${type};base64,${bytes.toString('base64')}`,
    )
  }

  /** Downloads both formats of one chart and checks everything the brief asks of them; returns what it read. */
  async function checkChart(
    frame: Locator,
    expected: { file: RegExp; title: RegExp; period: string | RegExp; source: RegExp; texts?: string[] },
    keyboard = false,
  ) {
    const caption = (await frame.locator('.chart-frame-source').innerText()).trim()
    expect(caption).toMatch(expected.source)

    const svgFile = await download(frame, 'svg', keyboard)
    expect(svgFile.name).toMatch(expected.file)
    expect(svgFile.name.endsWith('.svg')).toBe(true)
    const svgText = svgFile.bytes.toString('utf8')
    const svg = await parseSvg(svgText)
    expect(svg.error).toBeNull()
    expect(svg.root).toBe('svg')
    expect(svg.width).toBeGreaterThanOrEqual(500)
    expect(svg.height).toBeGreaterThan(200)
    expect(svg.viewBox).toBe(`0 0 ${svg.width} ${svg.height}`)
    expect(svg.background).toBe('#ffffff 100%x100%')
    expect(svg.roles.title).toMatch(expected.title)
    if (typeof expected.period === 'string') expect(svg.roles.period).toBe(expected.period)
    else expect(svg.roles.period).toMatch(expected.period)
    expect(svg.roles.source).toContain(caption) // the real sources, as the page shows them
    expect(svg.roles.source).toContain(`Data and full source list: ${new URL(page.url()).origin}`)
    // The dataset version, its licence and the day the image was made (#21.2).
    expect(svg.roles.source).toMatch(
      new RegExp(`forum-atlas dataset ${DATASET_VERSION.replace('.', '\\.')} \\(CC BY 4\\.0\\), accessed \\d{1,2} [A-Z][a-z]{2} \\d{4}`),
    )
    expect(svg.title).toContain(svg.roles.title)
    expect(svg.desc).toContain(caption)
    for (const t of expected.texts ?? []) expect(svg.texts.join('\n')).toContain(t)
    expect(svgText).not.toMatch(/Download (PNG|SVG)/) // the buttons stay out of the image
    expect(svgText).not.toMatch(/var\(--|class="/) // standalone: no page CSS left to resolve
    const svgPixels = await rasterise(svgFile.bytes, 'image/svg+xml')
    expect(svgPixels.width).toBe(svg.width)
    expect(svgPixels.nonWhite / svgPixels.total).toBeGreaterThan(0.02)

    const pngFile = await download(frame, 'png')
    expect(pngFile.name).toBe(svgFile.name.replace(/\.svg$/, '.png'))
    const png = readPng(pngFile.bytes)
    expect(png.width).toBe(svg.width * 2) // 2× pixel density
    expect(png.height).toBe(svg.height * 2)
    expect(png.types.indexOf('tEXt')).toBe(1) // text chunks right after IHDR
    expect(png.text.Title).toBe(toLatin1(svg.roles.title))
    expect(png.text.Source).toContain(toLatin1(caption))
    expect(png.text.Source).toContain(new URL(page.url()).pathname)
    expect(png.text.Source).toContain(`forum-atlas dataset ${DATASET_VERSION}`)
    expect(Number.isNaN(Date.parse(png.text['Creation Time']))).toBe(false)
    const pngPixels = await rasterise(pngFile.bytes, 'image/png')
    expect(pngPixels.width).toBe(png.width)
    expect(pngPixels.height).toBe(png.height)
    expect(pngPixels.nonWhite / pngPixels.total).toBeGreaterThan(0.02)
    return { svg, svgFile, png, caption }
  }

  it('trade: the value chart and a share chart download as PNG and SVG, with title, years, IMF source and legend', async () => {
    await open('/trade?reporters=KAZ&partners=WLD,CHN&from=2000&to=2020')
    await page.locator('svg.recharts-surface').first().waitFor()
    const frames = page.locator('.chart-frame')
    expect(await frames.count()).toBe(3) // value, growth, shares
    await checkChart(frames.nth(0), {
      file: /^forum-atlas_trade_KAZ_2000-2020\.svg$/,
      title: /^Kazakhstan: total trade \(exports \+ imports\) with World, China, US\$/,
      period: '2000–2020',
      source: /^Sources: International Monetary Fund: Direction of Trade Statistics/,
      texts: ['Kazakhstan → World (IMF DOTS)', 'Kazakhstan → China (IMF DOTS)', '$140 bn', 'Kazakhstan joins SCO as member'], // legend, axis, a marker's note
    })
    await checkChart(frames.nth(2), {
      file: /^forum-atlas_trade-shares_KAZ_2000-2020\.svg$/,
      title: /^Kazakhstan: partners’ shares/,
      period: '2000–2020',
      source: /^Source: International Monetary Fund: Direction of Trade Statistics$/,
      texts: ['CHN', '100%'],
    })
  })

  it('overlaps: the Euler diagram and the UpSet plot download, with the date and the membership sources', async () => {
    await open('/overlaps?forums=SCO,EAEU,CSTO&asOf=2012-06-07')
    const frames = page.locator('.chart-frame')
    expect(await frames.count()).toBe(2)
    const euler = await checkChart(frames.nth(0), {
      file: /^forum-atlas_overlaps-euler_SCO-EAEU-CSTO_2012-06-07\.svg$/,
      title: /^Shared participants of SCO, EAEU, CSTO \(counting members\)$/,
      period: 'On 7 Jun 2012',
      source: /^Sources: .+/,
      texts: ['KAZ', 'RUS'],
    })
    // the region links of the page are plain drawing in the file
    expect(euler.svgFile.bytes.toString('utf8')).not.toContain('href=')
    await checkChart(frames.nth(1), {
      file: /^forum-atlas_overlaps-upset_SCO-EAEU-CSTO_2012-06-07\.svg$/,
      title: /^Exclusive intersections of SCO, EAEU, CSTO/,
      period: 'On 7 Jun 2012',
      source: /^Sources: .+/,
      texts: ['set size', 'CSTO'],
    })
  })

  it('a forum page: the membership chart downloads with the keyboard, and the SVG opens on its own', async () => {
    await open('/forums/SCO')
    await page.locator('svg.recharts-surface').first().waitFor()
    const frame = page.locator('.chart-frame').first()
    const { svgFile, svg } = await checkChart(
      frame,
      {
        file: /^forum-atlas_forum_SCO_2001-\d{4}\.svg$/,
        title: /^SCO: participants by status, per year$/,
        period: /^2001–\d{4}, on 31 December of each year \(\d{4}: \d{1,2} [A-Z][a-z]{2} \d{4}\)$/,
        source: /^Sources: .+; and \d+ other sources$/,
        texts: ['Member', 'Observer'],
      },
      true,
    )
    // status colours come from CSS variables on the page; the file carries the colour itself
    expect(svg.fills).toContain('rgb(0, 114, 178)')
    const alone = await browser.newPage()
    await alone.goto(pathToFileURL(svgFile.path).href)
    expect(await alone.evaluate(() => [document.documentElement.localName, document.contentType, document.querySelectorAll('text').length])).toEqual([
      'svg',
      'image/svg+xml',
      expect.any(Number),
    ])
    expect(await alone.evaluate(() => document.documentElement.getBoundingClientRect().width)).toBe(svg.width)
    await alone.close()
  })

  it('a party page: the server-drawn Gantt chart downloads', async () => {
    await open('/parties/KAZ')
    await checkChart(page.locator('.chart-frame').first(), {
      file: /^forum-atlas_party_KAZ_1991-\d{4}-\d{2}-\d{2}\.svg$/,
      title: /^Kazakhstan: memberships by forum and status$/,
      period: /^1991 – \d{1,2} [A-Z][a-z]{2} \d{4}$/,
      source: /^Sources: .+/,
      texts: ['SCO', 'EAEU'],
    })
  })

  it('the map downloads with its forum, view, date and membership sources', async () => {
    await open('/map?forum=CSTO&asOf=2012-07-01&view=region')
    await checkChart(page.locator('.chart-frame').first(), {
      file: /^forum-atlas_map_CSTO-region_2012-07-01\.svg$/,
      title: /^CSTO: statuses on the map \(Central Asia, the Caucasus and neighbours\)$/,
      period: '1 Jul 2012',
      source: /^Sources?: .+/,
    })
  })

  it('a dark page still exports light colours', async () => {
    await page.emulateMedia({ colorScheme: 'dark' })
    try {
      await open('/forums/SCO')
      await page.locator('svg.recharts-surface').first().waitFor()
      // what a dark theme does: redefine the palette for prefers-color-scheme: dark
      await page.addStyleTag({ content: '@media (prefers-color-scheme: dark) { :root { --member: #ff00ff; --ink: #eeeeee; --paper: #000000; } }' })
      const file = await download(page.locator('.chart-frame').first(), 'svg')
      const svg = await parseSvg(file.bytes.toString('utf8'))
      expect(svg.fills).toContain('rgb(0, 114, 178)')
      expect(svg.fills).not.toContain('rgb(255, 0, 255)')
      expect(svg.background).toBe('#ffffff 100%x100%')
    } finally {
      await page.emulateMedia({ colorScheme: 'light' })
    }
  })
})
