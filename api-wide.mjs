import { chromium } from 'playwright-core'
const [,, url] = process.argv
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
await page.goto(url, { waitUntil: 'networkidle' })
console.log(await page.evaluate(() => {
  const out = []
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect()
    if (r.right > window.innerWidth + 1) out.push(`${el.tagName}.${el.className} ${Math.round(r.right)} ${el.textContent.slice(0, 60)}`)
  }
  return out.slice(0, 15).join('\n')
}))
await browser.close()
