// npm run screenshots [-- BASE_URL]: the first screen of every page at 1280 and 390 px, into
// docs/screenshots/ (PNG, 3 MB in all), with an index, docs/screenshots.md.
// Start the dashboard first (npm start); the default BASE_URL is http://127.0.0.1:3000.
import { mkdirSync, writeFileSync } from 'node:fs'
import { chromium } from 'playwright-core'

const base = (process.argv[2] ?? process.env.BASE_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '')
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const PAGES = [
  ['home', '/', 'Home'],
  ['matrix', '/matrix?asOf=2025-01-01', 'Membership matrix'],
  ['map', '/map?forum=SCO&asOf=2025-01-01', 'Map'],
  ['overlaps-euler', '/overlaps?forums=SCO,EAEU,CSTO&asOf=2025-01-01&sel=SCO%26CSTO', 'Overlaps: Euler diagram'],
  ['overlaps-upset', '/overlaps?asOf=2025-01-01', 'Overlaps: UpSet plot'],
  ['alignment', '/alignment?asOf=2025-01-01&rank=KAZ', 'Alignment'],
  ['trade', '/trade?reporters=KAZ,UZB&partners=CHN,RUS&flow=export&from=2000&to=2020&scale=log', 'Trade'],
  ['events', '/events?forum=SCO', 'Events'],
  ['changes', '/changes?from=2014-01-01&to=2018-01-01', 'What changed between two dates'],
  ['corrections', '/changes/corrections', 'Corrections to the data'],
  ['forums', '/forums', 'Forums'],
  ['forum', '/forums/SCO', 'A forum (SCO)'],
  ['parties', '/parties', 'Parties'],
  ['party', '/parties/KAZ', 'A party (Kazakhstan)'],
  ['sources', '/sources', 'Sources'],
  ['data', '/data', 'Data downloads'],
  ['releases', '/data/releases', 'Data releases'],
  ['embed-trade', '/embed/trade?reporters=KAZ&partners=CHN,RUS', 'An embed page (trade)'],
  ['api', '/api', 'API documentation'],
  ['admin', '/admin', 'Curation (sign-in)'],
  ['glossary', '/glossary', 'Glossary of statuses'],
  ['ru-home', '/ru', 'Home, in Russian'],
  ['ru-matrix', '/ru/matrix?asOf=2025-01-01', 'Membership matrix, in Russian'],
  ['ru-trade', '/ru/trade?reporters=KAZ,UZB&partners=CHN,RUS&flow=export&from=2000&to=2020&scale=log', 'Trade, in Russian'],
  ['ru-forum', '/ru/forums/SCO', 'A forum (SCO), in Russian'],
  ['ru-glossary', '/ru/glossary', 'Glossary of statuses, in Russian'],
]
const WIDTHS = [
  [1280, 900],
  [390, 844],
]

mkdirSync('docs/screenshots', { recursive: true })
const browser = await chromium.launch({ executablePath: chromiumPath })
const index = [
  '# Screenshots',
  '',
  `The first screen of every page at 1280 × 900 and 390 × 844 px, made by \`npm run screenshots\` (${new Date().toISOString().slice(0, 10)}).`,
  '',
]
try {
  for (const [name, path, title] of PAGES) {
    index.push(`## ${title}`, '', `\`${path}\``, '')
    for (const [width, height] of WIDTHS) {
      // At phone width the browser says it is a phone, as Chrome on Android does (lib/http/device.ts).
      const page = await browser.newPage({ viewport: { width, height }, ...(width < 600 ? { extraHTTPHeaders: { 'Sec-CH-UA-Mobile': '?1' } } : {}) })
      await page.goto(`${base}${path}`, { waitUntil: 'networkidle' })
      // A use of the page: charts that load on first use draw, then settle.
      await page.mouse.move(width / 2, height / 2)
      await page.waitForLoadState('networkidle')
      await page.evaluate(() => document.fonts.ready)
      const file = `${name}-${width}.png`
      await page.screenshot({ path: `docs/screenshots/${file}` })
      index.push(`![${title} at ${width} px](screenshots/${file})`, '')
      await page.close()
      console.log(`docs/screenshots/${file}`)
    }
  }
} finally {
  await browser.close()
}
writeFileSync('docs/screenshots.md', `${index.join('\n')}\n`)
