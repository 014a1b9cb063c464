import { chromium } from 'playwright-core'
const [, , url, out, width = '1280', selector] = process.argv
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' })
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } })
await page.goto(url, { waitUntil: 'load', timeout: 120000 })
await page.waitForTimeout(1500)
if (selector) {
  const el = await page.$(selector)
  await el.screenshot({ path: out })
} else await page.screenshot({ path: out, fullPage: true })
await browser.close()
