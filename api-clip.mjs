import { chromium } from 'playwright-core'
const [,, url, out, width, sel, h = '900'] = process.argv
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(h) } })
await page.goto(url, { waitUntil: 'networkidle' })
await page.locator(sel).scrollIntoViewIfNeeded()
await page.locator(sel).evaluate((el) => el.scrollIntoView())
await page.screenshot({ path: out })
await browser.close()
