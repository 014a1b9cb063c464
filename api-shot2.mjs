import { chromium } from 'playwright-core'
const [,, url, out, width, sel] = process.argv
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } })
await page.goto(url, { waitUntil: 'networkidle' })
await page.locator(sel).screenshot({ path: out })
await browser.close()
