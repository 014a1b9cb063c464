import { chromium } from 'playwright-core'
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const base = 'http://127.0.0.1:4637'
const shots = [
  ['events-desktop', '/events', 1280, 1100, false],
  ['events-filtered', '/events?forum=C5&from=2022&to=2024', 1280, 1300, false],
  ['events-empty', '/events?party=HUN&role=host', 1280, 700, false],
  ['events-bad', '/events?role=king', 1280, 600, false],
  ['events-phone', '/events?forum=OTS', 390, 1800, false],
  ['events-phone-top', '/events', 390, 844, false],
  ['events-forum', '/forums/OTS#events', 1280, 1000, false],
  ['events-party', '/parties/HUN', 1280, 1000, false],
  ['events-party-phone', '/parties/HUN', 390, 900, false],
]
for (const [name, path, w, h] of shots) {
  const p = await b.newPage({ viewport: { width: w, height: h } })
  await p.goto(base + path)
  if (name.includes('forum') || name.includes('party')) await p.locator('h2', { hasText: /^Events/ }).last().scrollIntoViewIfNeeded()
  if (name === 'events-party' || name === 'events-party-phone') await p.evaluate(() => window.scrollBy(0, 300))
  await p.screenshot({ path: `/tmp/${name}.png` })
  console.log(name, await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
  await p.close()
}
await b.close()
