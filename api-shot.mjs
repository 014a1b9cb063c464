import { chromium } from 'playwright-core'
const [,, url, out, width = '1280', full = '1'] = process.argv
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } })
const errors = []
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()) })
await page.goto(url, { waitUntil: 'networkidle' })
await page.screenshot({ path: out, fullPage: full === '1' })
const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
console.log('errors', errors, 'horizontal overflow', overflow, 'height', await page.evaluate(() => document.body.scrollHeight))
await browser.close()
