import { chromium } from 'playwright-core'
import { readFileSync } from 'node:fs'
const css = readFileSync('app/globals.css', 'utf8').split('/* ---- Map (/map)')[1]
const [,, url, out, width = '1280'] = process.argv
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const p = await b.newPage({ viewport: { width: Number(width), height: 900 }, bypassCSP: true })
await p.goto(url)
await p.addStyleTag({ content: '/*' + css })
console.log('overflow', await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
await p.screenshot({ path: out })
await b.close()
