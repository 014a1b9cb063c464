import { chromium } from 'playwright-core'
const [,, url, out, width = '1280'] = process.argv
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const p = await b.newPage({ viewport: { width: Number(width), height: 900 } })
p.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()))
await p.goto(url)
await p.screenshot({ path: out, fullPage: process.env.FULL === '1' })
await b.close()
