import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { describe, expect, inject, it } from 'vitest'
import { atomProblems } from '../support/atom-schema'
import { browserPage, chromiumAvailable, openHydrated, pick } from '../support/browser'
import { browserServer } from './server'

/**
 * #20.13: "what changed between A and B" as a view of its own (/changes), reached from the matrix
 * and the map, with its CSV and JSON; the held.page, the download and the API say the same.
 * #21.5: applications and summits among the changes, /changes.csv, and the Atom feed /changes.atom.
 */

const hasBrowser = chromiumAvailable()

for (const server of browserServer(inject('servers'))) {
  describe.skipIf(!hasBrowser)(`/changes on ${server.target}`, () => {
    const held = browserPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
    const param = (name: string) => new URL(held.page.url()).searchParams.get(name)
    const shownRows = () =>
      held.page
        .locator('#changes-table tbody tr[data-party]')
        .evaluateAll((trs) =>
          trs.map(
            (tr) => `${tr.getAttribute('data-party')} ${tr.getAttribute('data-forum')} ${tr.querySelector('[data-change]')?.getAttribute('data-change')}`,
          ),
        )

    it('lists the changes between two days, as the API and the CSV do, and says how many of each kind', async () => {
      await openHydrated(held.page, `${server.url}/changes?from=2014-01-01&to=2016-01-01&forum=EAEU`)
      const api = (await (await fetch(`${server.url}/api/changes?from=2014-01-01&to=2016-01-01&forum=EAEU`)).json()) as {
        count: number
        counts: Record<string, number>
        changes: { date: string; change: string; partyCode: string | null; forumCode: string }[]
      }
      // The EAEU came into force on 1 Jan 2015; Armenia and Kyrgyzstan joined in 2015.
      expect(api.changes.map((c) => c.partyCode)).toEqual(expect.arrayContaining(['ARM', 'KGZ', 'KAZ', 'RUS', 'BLR']))
      expect(api.changes.every((c) => c.date > '2014-01-01' && c.date <= '2016-01-01')).toBe(true)
      expect(await shownRows()).toEqual(api.changes.map((c) => `${c.partyCode ?? ''} ${c.forumCode} ${c.change}`))
      expect(await held.page.locator('[data-count]').getAttribute('data-count')).toBe(String(api.count))
      expect(await held.page.locator('.result-count').innerText()).toMatch(
        new RegExp(`^${api.count} changes in Eurasian Economic Union after 1 Jan 2014, up to 1 Jan 2016: ${api.counts.joined} accessions`),
      )
      expect(await held.page.locator('#changes-table tr[data-party="ARM"]').innerText()).toMatch(
        /2 Jan 2015\s+Armenia\s+Eurasian Economic Union EAEU\s+Joined as member/,
      )

      const [download] = await Promise.all([held.page.waitForEvent('download'), held.page.getByRole('link', { name: 'Download CSV' }).click()])
      expect(download.url()).toBe(`${server.url}/changes.csv?from=2014-01-01&to=2016-01-01&forum=EAEU`)
      const csv = readFileSync(await download.path(), 'utf8')
      // /changes.csv answers exactly what /api/changes.csv answers: body and download headers.
      const [short, api2] = await Promise.all([
        fetch(`${server.url}/changes.csv?from=2014-01-01&to=2016-01-01&forum=EAEU`),
        fetch(`${server.url}/api/changes.csv?from=2014-01-01&to=2016-01-01&forum=EAEU`),
      ])
      const apiCsv = await api2.text()
      expect(await short.text()).toBe(apiCsv)
      expect(csv).toBe(apiCsv)
      for (const h of ['content-type', 'content-disposition']) expect(short.headers.get(h), h).toBe(api2.headers.get(h))
      const bad = await fetch(`${server.url}/changes.csv?forum=S`)
      expect([bad.status, ((await bad.json()) as { parameter: string }).parameter]).toEqual([400, 'forum'])
      const rows = parse(csv, { columns: true }) as Record<string, string>[]
      expect(rows.map((r) => `${r.party_code} ${r.forum_code} ${r.change}`)).toEqual(await shownRows())
      expect(rows.find((r) => r.party_code === 'ARM')).toMatchObject({ date: '2015-01-02', change: 'joined', old_status: '', new_status: 'member' })
      expect(rows.every((r) => r.source !== '')).toBe(true)
    })

    it('is reached from the matrix and the map, and the pickers and dates change it', async () => {
      await openHydrated(held.page, `${server.url}/matrix?asOf=2010-01-01&forums=CSTO`)
      await held.page.getByRole('link', { name: 'What changed between 1 Jan 2010 and today' }).click()
      await held.page.waitForURL(/\/changes\?/)
      expect([param('from'), param('forum')]).toEqual(['2010-01-01', 'CSTO'])
      // Uzbekistan suspended its CSTO membership in 2012.
      await expect.poll(() => held.page.locator('#changes-table tr[data-party="UZB"] [data-change]').allInnerTexts()).toContain('Member → suspended')

      await openHydrated(held.page, `${server.url}/map?forum=SCO&asOf=2016-01-01`)
      await held.page.getByRole('link', { name: /What changed between 1 Jan 2016 and today/ }).click()
      await held.page.waitForURL(/\/changes\?/)
      await held.page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
      await expect.poll(shownRows).toEqual(expect.arrayContaining(['IND SCO status-changed', 'PAK SCO status-changed']))
      await pick(held.page, 'Party', 'India')
      await held.page.waitForURL(() => param('party') === 'IND')
      // India's own change, and the SCO summits it attended since.
      await expect.poll(shownRows).toEqual(expect.arrayContaining(['IND SCO status-changed', 'IND SCO summit']))
      expect((await shownRows()).every((r) => r.startsWith('IND SCO '))).toBe(true)
      await held.page.locator('select[name="kind"]').selectOption('membership')
      await held.page.waitForURL(() => param('kind') === 'membership')
      await expect.poll(shownRows).toEqual(['IND SCO status-changed'])
      await held.page.locator('input[type="date"][name="to"]').fill('2017-01-01')
      await held.page.locator('input[type="date"][name="to"]').press('Enter')
      await held.page.waitForURL(() => param('to') === '2017-01-01')
      await expect.poll(() => held.page.locator('#changes-table tbody').innerText()).toMatch(/Nothing changed between these dates/)
    })

    it("lists Iran's and Belarus's SCO memberships, the applications and the summits between 2023 and 2025, as the CSV and JSON do", async () => {
      const query = 'from=2023-01-01&to=2025-12-31'
      await openHydrated(held.page, `${server.url}/changes?${query}`)
      // #21 done-when: Iran's SCO membership (4 Jul 2023) and Belarus's (4 Jul 2024).
      expect(await held.page.locator('#changes-table tr[data-party="IRN"][data-forum="SCO"]').allInnerTexts()).toEqual(
        expect.arrayContaining([expect.stringMatching(/^4 Jul 2023\s+Iran\s+Shanghai Cooperation Organisation SCO\s+Observer → member/)]),
      )
      expect(await held.page.locator('#changes-table tr[data-party="BLR"][data-forum="SCO"]').allInnerTexts()).toEqual(
        expect.arrayContaining([expect.stringMatching(/^4 Jul 2024\s+Belarus\s+Shanghai Cooperation Organisation SCO\s+Observer → member/)]),
      )
      // Armenia applied for SCO membership in July 2025, as a dialogue partner; the Astana summit of 4 Jul 2024 is listed with its host.
      expect(await held.page.locator('#changes-table tr[data-party="ARM"][data-forum="SCO"]').innerText()).toMatch(
        /^Jul 2025\s+Armenia\s+Shanghai Cooperation Organisation SCO\s+Applied to become a member \(was partner\)/,
      )
      const summit = held.page.locator('#changes-table tr[data-forum="SCO"]:has([data-change="summit"])', { hasText: '4 Jul 2024' })
      expect(await summit.innerText()).toMatch(/Kazakhstan \(host\).*Summit: .*Astana/s)

      const api = (await (await fetch(`${server.url}/api/changes?${query}`)).json()) as {
        count: number
        counts: Record<string, number>
        changes: { change: string; partyCode: string | null; forumCode: string; event: { id: string } | null }[]
      }
      expect(api.counts.applied).toBeGreaterThan(0)
      expect(api.counts.summit).toBeGreaterThan(0)
      expect(await shownRows()).toEqual(api.changes.map((c) => `${c.partyCode ?? ''} ${c.forumCode} ${c.change}`))
      expect(await held.page.locator('.result-count').innerText()).toMatch(new RegExp(`${api.counts.applied} applications?, ${api.counts.summit} summits?`))
      const rows = parse(await (await fetch(`${server.url}/changes.csv?${query}`)).text(), { columns: true }) as Record<string, string>[]
      expect(rows.map((r) => `${r.party_code} ${r.forum_code} ${r.change}`)).toEqual(await shownRows())
      const astana = rows.find((r) => r.change === 'summit' && r.date === '2024-07-04' && r.forum_code === 'SCO')!
      expect(astana).toMatchObject({ party_code: '', old_status: '', new_status: '', role: '' })
      expect(astana.detail).toMatch(/Astana.*; host: Kazakhstan$/)
      expect(api.changes.some((c) => c.event?.id === astana.event_id)).toBe(true)
      expect(rows.find((r) => r.change === 'applied' && r.party_code === 'ARM')).toMatchObject({ date: '2025-07', old_status: 'partner', new_status: 'member' })

      // The kind filter keeps one family.
      await held.page.locator('select[name="kind"]').selectOption('summit')
      await held.page.waitForURL(() => param('kind') === 'summit')
      await expect.poll(async () => new Set((await shownRows()).map((r) => r.split(' ')[2]))).toEqual(new Set(['summit']))
    })

    it('offers an Atom feed of the newest changes, valid against the schema of RFC 4287, whose entries link to their rows', async () => {
      await openHydrated(held.page, `${server.url}/changes?forum=SCO&party=IND`)
      expect(await held.page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toMatch(
        /\/changes\.atom\?forum=SCO&party=IND$/,
      )
      const res = await fetch(`${server.url}/changes.atom?forum=SCO`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
      const feed = await res.text()
      expect(await atomProblems(feed)).toEqual([])
      // The check fails a broken copy of the same feed: it can fail.
      expect(await atomProblems(feed.replace(/<updated>[^<]*<\/updated>/, '<updated>yesterday</updated>'))).not.toEqual([])

      const entries = [...feed.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1])
      expect(entries).toHaveLength(50)
      const days = entries.map((e) => /<updated>(\d{4}-\d\d-\d\d)T/.exec(e)![1])
      expect(days).toEqual([...days].sort().reverse())
      expect(days[0] <= new Date().toISOString().slice(0, 10)).toBe(true)
      const ids = entries.map((e) => /<id>([^<]*)<\/id>/.exec(e)![1].replace(/&amp;/g, '&'))
      expect(new Set(ids).size).toBe(ids.length)
      // Each entry's link opens /changes on its row.
      const belarus = ids.find((id) => id.endsWith('#2024-07-04-SCO-BLR-status-changed'))!
      expect(belarus.startsWith(server.url)).toBe(true)
      expect(belarus).toMatch(/^http:\/\/[\w.:]+\/changes\?from=2024-07-03&to=2024-07-04&forum=SCO&party=BLR#2024-07-04-SCO-BLR-status-changed$/)
      await openHydrated(held.page, belarus)
      const anchor = new URL(belarus).hash.slice(1)
      expect(await held.page.locator(`[id="${anchor}"]`).innerText()).toMatch(/Belarus\s+Shanghai Cooperation Organisation SCO\s+Observer → member/)

      const bad = await fetch(`${server.url}/changes.atom?party=XXX`)
      expect([bad.status, ((await bad.json()) as { parameter: string }).parameter]).toEqual([400, 'party'])
    })

    it('explains a bad link and works without JavaScript; a phone does not scroll sideways', async () => {
      await openHydrated(held.page, `${server.url}/changes?from=2020-01-01&to=2019-01-01`)
      expect(await held.page.locator('p.notice[role="alert"]').innerText()).toMatch(/to: must not be before from/)
      expect((await fetch(`${server.url}/api/changes?from=2020-01-01&to=2019-01-01`)).status).toBe(400)

      const context = await held.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } })
      const noJs = await context.newPage()
      await noJs.goto(`${server.url}/changes?from=2000-01-01&to=2010-01-01`)
      await noJs.locator('select[name="party"]').selectOption('UZB')
      await noJs.getByRole('button', { name: 'Apply' }).click()
      await noJs.waitForURL(/party=UZB/)
      expect(await noJs.locator('#changes-table tbody tr[data-party]').evaluateAll((trs) => trs.every((tr) => tr.getAttribute('data-party') === 'UZB'))).toBe(
        true,
      )
      expect(await noJs.locator('#changes-table tbody tr[data-party]').count()).toBeGreaterThan(0)
      expect(await noJs.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
      await context.close()
    })
  })
}
