import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { describe, expect, inject, it } from 'vitest'
import { browserPage, chromiumAvailable, openHydrated, pick } from '../support/browser'
import { browserServer } from './server'

/**
 * #20.13: "what changed between A and B" as a view of its own (/changes), reached from the matrix
 * and the map, with its CSV and JSON; the held.page, the download and the API say the same.
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
        changes: { date: string; change: string; partyCode: string; forumCode: string }[]
      }
      // The EAEU came into force on 1 Jan 2015; Armenia and Kyrgyzstan joined in 2015.
      expect(api.changes.map((c) => c.partyCode)).toEqual(expect.arrayContaining(['ARM', 'KGZ', 'KAZ', 'RUS', 'BLR']))
      expect(api.changes.every((c) => c.date > '2014-01-01' && c.date <= '2016-01-01')).toBe(true)
      expect(await shownRows()).toEqual(api.changes.map((c) => `${c.partyCode} ${c.forumCode} ${c.change}`))
      expect(await held.page.locator('[data-count]').getAttribute('data-count')).toBe(String(api.count))
      expect(await held.page.locator('.result-count').innerText()).toMatch(
        new RegExp(`^${api.count} changes in Eurasian Economic Union after 1 Jan 2014, up to 1 Jan 2016: ${api.counts.joined} accessions`),
      )
      expect(await held.page.locator('#changes-table tr[data-party="ARM"]').innerText()).toMatch(
        /2 Jan 2015\s+Armenia\s+Eurasian Economic Union EAEU\s+Joined as member/,
      )

      const [download] = await Promise.all([held.page.waitForEvent('download'), held.page.getByRole('link', { name: 'Download CSV' }).click()])
      const csv = readFileSync(await download.path(), 'utf8')
      expect(csv).toBe(await (await fetch(`${server.url}/api/changes.csv?from=2014-01-01&to=2016-01-01&forum=EAEU`)).text())
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
      await expect.poll(shownRows).toEqual(['IND SCO status-changed'])
      await held.page.locator('input[type="date"][name="to"]').fill('2017-01-01')
      await held.page.locator('input[type="date"][name="to"]').press('Enter')
      await held.page.waitForURL(() => param('to') === '2017-01-01')
      await expect.poll(() => held.page.locator('#changes-table tbody').innerText()).toMatch(/Nothing changed between these dates/)
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
