import { chromium } from 'playwright-core'
import { readFileSync } from 'node:fs'
const en = JSON.parse(readFileSync('/work/main/messages/en.json','utf8')), ru = JSON.parse(readFileSync('/work/main/messages/ru.json','utf8'))
const keys = (m, p='') => Object.entries(m).flatMap(([k,v]) => v && typeof v==='object' ? keys(v, p+k+'.') : [p+k])
const at = (m,k) => k.split('.').reduce((o,p)=>o[p], m)
const phrases = new Set()
for (const k of keys(en)) { const e = at(en,k); if (e === at(ru,k)) continue; for (const run of e.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|<\/?\w+>/)) { const t = run.replace(/\s+/g,' ').trim(); { const ws=t.split(' ').filter(w=>/[A-Za-z]{2,}/.test(w)); if (ws.length>=2 && !ws.every(w=>w===w.toUpperCase())) phrases.add(t) } } }
const axe = readFileSync('/work/main/node_modules/axe-core/axe.min.js','utf8')
const pages = process.argv.slice(2)
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' })
for (const width of [1280, 390]) {
  const page = await b.newPage({ viewport: { width, height: 900 }, locale: 'ru-RU' })
  const errs = []; page.on('pageerror', e => errs.push(String(e).slice(0,200)))
  for (const p of pages) {
    errs.length = 0
    await page.goto('http://127.0.0.1:3200' + p); await page.waitForSelector('html[data-hydrated]', { timeout: 30000 }).catch(()=>{})
    await page.evaluate(() => document.querySelectorAll('details').forEach(d => d.open = true))
    const text = await page.evaluate(() => { const parts=[]; const walk=(n)=>{ if(n.nodeType===3){parts.push(n.textContent);return} if(!(n instanceof HTMLElement)&&!(n instanceof SVGElement))return; const l=n.getAttribute('lang'); if(l&&l!=='ru'&&n!==document.documentElement)return; if(n.hasAttribute('data-record'))return; if(['SCRIPT','STYLE','CODE','PRE','TEMPLATE','NOSCRIPT'].includes(n.tagName))return; if(n.hidden)return; for(const c of n.childNodes)walk(c)}; walk(document.body); return parts.join(' ').replace(/\s+/g,' ')})
    const found = [...phrases].filter(x => text.includes(x))
    const missing = text.includes('⟦missing⟧') ? text.slice(text.indexOf('⟦missing⟧'), text.indexOf('⟦missing⟧')+80) : ''
    const title = await page.title(); const ft = [...phrases].filter(x => title.includes(x))
    const overflow = width === 390 ? await page.evaluate(() => { const w = window.innerWidth; if (document.documentElement.scrollWidth <= w+1) return ''; return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w+1 && !e.closest('.table-scroll,.chart-scroll,[role=region]')).slice(0,3).map(e => e.tagName+'.'+e.className+':'+Math.round(e.getBoundingClientRect().right)).join(' ') }) : ''
    await page.evaluate(axe)
    const ax = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.filter(v => ['serious','critical'].includes(v.impact)).map(v => v.id + ':' + v.nodes.slice(0,2).map(n => n.target.join(' ')).join(',')))
    if (found.length || missing || ft.length || overflow || ax.length || errs.length) console.log(width, p, JSON.stringify({ found: found.slice(0,10), missing, title: ft, overflow, ax, errs }))
  }
  await page.close()
}
await b.close()
