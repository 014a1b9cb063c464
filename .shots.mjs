import { chromium } from 'playwright-core'
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' })
for (const [name, path, width] of [['ru-matrix-1280','/ru/matrix?asOf=2025-01-01',1280],['ru-matrix-390','/ru/matrix?asOf=2025-01-01',390],['ru-forum-1280','/ru/forums/SCO',1280],['ru-glossary-390','/ru/glossary',390],['ru-trade-1280','/ru/trade?reporters=KAZ,UZB&partners=CHN,RUS&flow=export&from=2000&to=2020',1280],['en-matrix-390','/matrix?asOf=2025-01-01',390]]) {
  const p = await b.newPage({ viewport: { width, height: width === 390 ? 844 : 900 } })
  await p.goto('http://127.0.0.1:3200' + path); await p.waitForSelector('html[data-hydrated]', { timeout: 30000 }).catch(()=>{})
  await p.waitForTimeout(800)
  await p.screenshot({ path: `/tmp/shot-${name}.png` })
  await p.close()
}
await b.close()
