import { readFileSync } from 'node:fs'
import { browserServer } from './server'
import { parse } from 'csv-parse/sync'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadDataset } from '../../lib/dataset/load'
import { inForceOn } from '../../lib/transforms/as-of'
import { chromiumAvailable, launchBrowser, openHydrated, pick } from '../support/browser'

/** Overlaps and alignment: the APIs against prisma/data, and the pages in chromium. */

const data = loadDataset()
const membersOn = (forum: string, day: string, statuses = ['member']) =>
  data.memberships
    .filter((m) => m.forum_code === forum && statuses.includes(m.status) && inForceOn({ validFrom: m.valid_from, validTo: m.valid_to }, day))
    .map((m) => m.party_code)

const servers = inject('servers')

describe.each(servers)('overlaps and alignment APIs on $target', ({ url }) => {
  it('lists exclusive intersections: each party once, in the combination of forums it belongs to', async () => {
    const res = await fetch(`${url}/api/overlaps.csv?forums=SCO,EAEU,OTS&asOf=2024-07-05`)
    expect(res.status).toBe(200)
    const text = await res.text()
    expect(text.split('\r\n')[0]).toBe('combination,size,parties')
    const rows = parse(text, { columns: true }) as { combination: string; size: string; parties: string }[]
    const expected = new Map<string, string[]>()
    const forums = ['SCO', 'EAEU', 'OTS']
    const sets = Object.fromEntries(forums.map((f) => [f, new Set(membersOn(f, '2024-07-05'))]))
    for (const p of new Set(forums.flatMap((f) => [...sets[f]]))) {
      const key = forums.filter((f) => sets[f].has(p)).join('&')
      expected.set(key, [...(expected.get(key) ?? []), p].sort())
    }
    expect(Object.fromEntries(rows.map((r) => [r.combination, r.parties]))).toEqual(Object.fromEntries([...expected].map(([k, v]) => [k, v.join(' ')])))
    for (const r of rows) expect(Number(r.size)).toBe(r.parties.split(' ').length)
    expect(rows.find((r) => r.combination === 'SCO&EAEU&OTS')?.parties).toBe('KAZ KGZ')
  })

  it('counts observers and partners when asked, and a forum that did not exist has no one', async () => {
    const members = parse(await (await fetch(`${url}/api/overlaps.csv?forums=SCO,EAEU&asOf=2010-01-01`)).text(), { columns: true }) as { combination: string }[]
    expect(members.every((r) => r.combination === 'SCO')).toBe(true)
    const wide = parse(await (await fetch(`${url}/api/overlaps.csv?forums=SCO&asOf=2010-01-01&statuses=member,observer`)).text(), { columns: true }) as {
      parties: string
    }[]
    expect(wide[0].parties.split(' ')).toEqual([...membersOn('SCO', '2010-01-01', ['member', 'observer'])].sort())
  })

  it('scores every pair symmetrically, in cluster order', async () => {
    const rows = parse(await (await fetch(`${url}/api/alignment.csv?parties=KAZ,KGZ,GEO&asOf=2025-01-01`)).text(), { columns: true }) as Record<
      string,
      string
    >[]
    expect(rows).toHaveLength(3)
    const kk = rows.find((r) => [r.party_a, r.party_b].sort().join() === 'KAZ,KGZ')!
    expect(Number(kk.score)).toBeGreaterThan(0.9)
    expect(Number(kk.shared_forums)).toBeGreaterThan(5)
  })

  it.each([
    ['/api/overlaps.csv', 'forums=SCO,NOPE', 'forums'],
    ['/api/overlaps.csv', 'statuses=friend', 'statuses'],
    ['/api/overlaps', 'asOf=2024-13-01', 'asOf'],
    ['/api/alignment.csv', 'parties=KAZ', 'parties'],
    ['/api/alignment.csv', 'parties=KAZ,ZZZ', 'parties'],
  ])('%s?%s → 400 naming %s', async (path, q, parameter) => {
    const res = await fetch(`${url}${path}?${q}`)
    expect(res.status).toBe(400)
    expect(((await res.json()) as { parameter: string }).parameter).toBe(parameter)
  })
})

const hasBrowser = chromiumAvailable()

describe.skipIf(!hasBrowser).each(browserServer(servers))('overlaps and alignment pages on $target', ({ url, target }) => {
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
  })
  afterAll(async () => browser?.close())

  it('picks forums, clicks a region of the Euler diagram and lists its parties', async () => {
    await openHydrated(page, `${url}/overlaps?asOf=2025-01-01`)
    // Removing a chosen forum by its button (the default four include CSTO).
    await page.getByRole('button', { name: 'Remove Collective Security Treaty Organization' }).click()
    await page.waitForURL(/forums=SCO%2CEAEU%2COTS|forums=SCO,EAEU,OTS/)
    await page.locator('figure.euler').waitFor()
    // A click where the region's label is (labels let clicks through to their region).
    const kazKgz = (await page.locator('figure.euler text[aria-hidden]', { hasText: 'KAZ' }).boundingBox())!
    await page.mouse.click(kazKgz.x + kazKgz.width / 2, kazKgz.y + kazKgz.height / 2)
    await page.waitForURL(/sel=SCO/)
    const listed = await page.locator('.selected-parties li').allInnerTexts()
    expect(listed.map((t) => t.split(/\s+/).at(-1))).toEqual(['KAZ', 'KGZ'])
    await page.locator('figure.euler').screenshot({ path: `screenshots/${target}-euler.png` })
  })

  it('highlights exactly the exclusive region, keeps set labels off the circles, and selects in place', async () => {
    await openHydrated(page, `${url}/overlaps?forums=SCO,EAEU,CSTO&asOf=2025-01-01`)
    const euler = page.locator('figure.euler')
    await euler.scrollIntoViewIfNeeded()
    // A click lands on the region drawn where it is: the centre of each region's label hits that region.
    const hits = await euler.evaluate((figure) =>
      [...figure.querySelectorAll('text[aria-hidden] tspan.region-count')].map((count) => {
        const box = count.getBoundingClientRect()
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2 + 2)
        const text = count.closest('text')!
        const region = [...figure.querySelectorAll('.region')].find((r) => {
          const b = r.getBoundingClientRect()
          return b.width > 0 && hit === r
        })
        return { label: text.textContent, hit: region?.getAttribute('data-combination') ?? hit?.getAttribute('class') ?? null }
      }),
    )
    expect(hits.length).toBeGreaterThanOrEqual(3)
    for (const h of hits) expect(h.hit, `the label ${h.label}`).not.toBeNull()
    expect(new Set(hits.map((h) => h.hit)).size).toBe(hits.length)
    // The highlight of a region shared by two forums leaves out the third forum's circle.
    const two = euler.locator('.region[data-combination="SCO&CSTO"]')
    expect(await two.getAttribute('mask')).toMatch(/^url\(#euler-\d+-mask\)$/)
    expect(await two.getAttribute('clip-path')).toMatch(/^url\(#euler-\d+-clip-0\)$/)
    // No circle's edge runs through a set's label.
    const crossings = await euler.evaluate((figure) => {
      const circles = [...figure.querySelectorAll('.region:not([clip-path]), .region-empty:not([clip-path])')].map((c) => ({
        x: Number(c.getAttribute('cx')),
        y: Number(c.getAttribute('cy')),
        r: Number(c.getAttribute('r')),
      }))
      return [...figure.querySelectorAll<SVGTextElement>('text.set-label')].flatMap((label) => {
        const b = label.getBBox()
        const corners = [
          [b.x, b.y],
          [b.x + b.width, b.y],
          [b.x, b.y + b.height],
          [b.x + b.width, b.y + b.height],
        ]
        return circles
          .map((c) => corners.map(([x, y]) => Math.hypot(x - c.x, y - c.y) < c.r))
          .filter((inside) => inside.some(Boolean) && !inside.every(Boolean))
          .map(() => label.textContent)
      })
    })
    expect(crossings).toEqual([])
    // Selecting a region changes the view in place: no reload, no jump.
    await page.evaluate(() => Object.assign(window, { stayed: true }))
    const before = await page.evaluate(() => window.scrollY)
    // A click where the region's label is (labels let clicks through to their region).
    const label = (await euler.locator('text[aria-hidden]', { hasText: 'TJK' }).boundingBox())!
    await page.mouse.click(label.x + label.width / 2, label.y + label.height / 2)
    await page.waitForURL(/sel=SCO%26CSTO|sel=SCO&CSTO/)
    await expect.poll(() => page.locator('.selected-parties li').allInnerTexts()).toEqual([expect.stringMatching(/TJK$/)])
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true)
    expect(await page.evaluate(() => window.scrollY)).toBe(before)
    expect(new URL(page.url()).hash).toBe('')
    await euler.screenshot({ path: `screenshots/${target}-euler-exclusive.png` })
  })

  it('draws an UpSet plot for six forums whose bars select, and the CSV matches the page', async () => {
    await openHydrated(page, `${url}/overlaps?forums=SCO,EAEU,CSTO,OTS,CIS,ECO&asOf=2025-01-01`)
    expect(await page.locator('figure.euler').count()).toBe(0)
    const bars = page.locator('rect.upset-bar')
    const first = await bars.first().getAttribute('data-combination')
    await bars.first().click()
    await page.waitForURL(/sel=/)
    const tableRow = page.locator(`#intersections tr[data-combination="${first}"]`)
    const names = (await tableRow.locator('td').nth(1).locator('a').allInnerTexts()).sort()
    expect((await page.locator('.selected-parties li a').allInnerTexts()).sort()).toEqual(names)
    await page.locator('figure.upset').screenshot({ path: `screenshots/${target}-upset.png` })
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()])
    const csv = parse(readFileSync(await download.path(), 'utf8'), { columns: true }) as { combination: string; size: string }[]
    const onPage = await page
      .locator('#intersections tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-combination'), tr.querySelector('td')?.textContent]))
    expect(csv.map((r) => [r.combination, r.size])).toEqual(onPage)
  })

  it('ranks every party by its alignment with one, most aligned first, and the chooser changes whom against', async () => {
    await openHydrated(page, `${url}/alignment?asOf=2025-01-01&rank=KAZ`)
    const rows = page.locator('#ranking-table tbody tr')
    const scores = await rows.locator('td[data-score]').evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-score'))))
    const api = (await (await fetch(`${url}/api/alignment?asOf=2025-01-01&rank=KAZ`)).json()) as {
      ranking: { party: string; rows: { party: string; score: number }[] }
    }
    expect(api.ranking.party).toBe('KAZ')
    expect(scores.length).toBe(api.ranking.rows.length)
    expect(scores.length).toBeGreaterThan(100)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-party')))).toEqual(api.ranking.rows.map((r) => r.party))
    // The same score as the heatmap's cell for the pair.
    const uzb = Number(await page.locator('#ranking-table tr[data-party="UZB"] td[data-score]').getAttribute('data-score'))
    expect(uzb).toBeCloseTo(Number(await page.locator('rect[data-pair="KAZ-UZB"]').getAttribute('data-score')), 4)
    expect(await page.locator('#ranking').innerText()).toBe('Most aligned with Kazakhstan')
    await pick(page, 'Most aligned with', 'Armenia')
    await page.waitForURL(/rank=ARM/)
    await expect.poll(() => page.locator('#ranking').innerText()).toBe('Most aligned with Armenia')
    expect(await page.locator('#ranking-table tr[data-party="ARM"]').count()).toBe(0)
  })

  it('shows the heatmap, charts a pair over time and a portfolio', async () => {
    await openHydrated(page, `${url}/alignment?asOf=2025-01-01`)
    expect(await page.getByText('weighted Jaccard').count()).toBeGreaterThan(0)
    const cell = page.locator('rect[data-pair="KAZ-UZB"]')
    expect(Number(await cell.getAttribute('data-score'))).toBeGreaterThan(0.5)
    await page.locator('figure.heatmap').screenshot({ path: `screenshots/${target}-heatmap.png` })
    await cell.click()
    await page.waitForURL(/a=KAZ&b=UZB/)
    await page.locator('figure.chart svg.recharts-surface').first().waitFor()
    const pairRows = await page.locator('#pair-table tbody tr').count()
    expect(pairRows).toBeGreaterThan(30)
    expect(await page.locator('#pair-table').innerText()).toMatch(/Uzbekistan joins SCO as member/)
    await pick(page, 'Portfolio of', 'Uzbekistan')
    await page.waitForURL(/party=UZB/)
    await page.locator('#portfolio-table').waitFor()
    expect(await page.locator('#portfolio-table tbody tr').count()).toBe(pairRows)
  })
})
