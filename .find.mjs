import { chromium } from 'playwright-core'
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' })
const page = await b.newPage({ viewport: { width: 1280, height: 900 } })
for (const [p, needle] of process.argv.slice(2).map(a => a.split('|'))) {
  await page.goto('http://127.0.0.1:3200' + p); await page.waitForSelector('html[data-hydrated]', { timeout: 30000 }).catch(()=>{})
  await page.evaluate(() => document.querySelectorAll('details').forEach(d => d.open = true))
  const ctx = await page.evaluate((needle) => { const out=[]; const w=document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); let n; while((n=w.nextNode())) { if (n.textContent.includes(needle) && !n.parentElement.closest('[lang]:not([lang=ru])')) { let e=n.parentElement; const path=[]; for(let i=0;i<4&&e;i++){path.push(e.tagName+(e.className&&typeof e.className==='string'?'.'+e.className.split(' ')[0]:'')+(e.id?'#'+e.id:'')); e=e.parentElement} out.push(path.join('<')+' :: '+n.textContent.slice(0,100)) } } return out.slice(0,4) }, needle)
  console.log(p, needle, ctx)
}
await b.close()
