import { chromium } from 'playwright-core'
const base = 'http://127.0.0.1:3411'
const pages = [
  ['changes-sco', '/changes?from=2023-01-01&to=2025-12-31&forum=SCO'],
  ['changes', '/changes?from=2014-01-01&to=2018-01-01'],
  ['corrections', '/changes/corrections'],
]
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' })
for (const [name, path] of pages)
  for (const [width, height] of [[1280, 900], [390, 844]]) {
    const page = await browser.newPage({ viewport: { width, height } })
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle' })
    await page.evaluate(() => document.fonts.ready)
    await page.screenshot({ path: `/tmp/feed-shots/${name}-${width}.png`, fullPage: process.argv[2] === 'full' })
    console.log(name, width, await page.evaluate(() => document.documentElement.scrollWidth))
    await page.close()
  }
await browser.close()
