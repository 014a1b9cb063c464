import { readFileSync } from 'node:fs'
import { browserServer } from './server'
import fc from 'fast-check'
import { parse } from 'csv-parse/sync'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadDataset } from '../../lib/dataset/load'
import { chromiumAvailable, launchBrowser, openHydrated, pick } from '../support/browser'

/** /events and its CSV/JSON against prisma/data (which the servers seeded themselves from), and the page in chromium. */

const data = loadDataset()
const sourceUrl = new Map(data.sources.map((s) => [s.id, s.url ?? `${s.title}${s.publisher ? ` (${s.publisher})` : ''}`]))
const HEADER = 'event_date,forum_code,title,place,party_code,role,source'

/** The CSV rows the dataset implies for a set of events: one per attendance, its own source or the event's. */
function expectedRows(eventIds: string[]) {
  return data.attendance
    .filter((a) => eventIds.includes(a.event_id))
    .map((a) => {
      const e = data.events.find((x) => x.id === a.event_id)!
      const date = e.date_precision === 'year' ? e.start_date.slice(0, 4) : e.date_precision === 'month' ? e.start_date.slice(0, 7) : e.start_date
      return {
        event_date: date,
        forum_code: e.forum_code ?? '',
        title: e.title,
        place: e.place ?? '',
        party_code: a.party_code,
        role: a.role,
        source: sourceUrl.get(a.source_id ?? e.source_id)!,
      }
    })
}
const key = (r: Record<string, string>) => `${r.event_date}|${r.title}|${r.party_code}|${r.role}`

const servers = inject('servers')

describe.each(servers)('events API on $target', ({ url }) => {
  it('gives one row per attendance of the selected events, with the exact header and each row’s citation', async () => {
    const res = await fetch(`${url}/api/events.csv?forum=OTS&from=2023&to=2024`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
    const text = await res.text()
    expect(text.split('\r\n')[0]).toBe(HEADER)
    const rows = parse(text, { columns: true }) as Record<string, string>[]
    const ids = data.events.filter((e) => e.forum_code === 'OTS' && e.start_date >= '2023' && e.start_date < '2025').map((e) => e.id)
    expect(ids).toEqual(['reg-ots-2023-astana', 'reg-ots-2024-shusha', 'reg-ots-2024-bishkek'])
    expect(rows.map(key).sort()).toEqual(expectedRows(ids).map(key).sort())
    expect(rows).toEqual(expect.arrayContaining(expectedRows(ids)))
    // hosts first within an event, events oldest first
    expect(rows[0]).toMatchObject({ event_date: '2023-11-03', role: 'host', party_code: 'KAZ' })
  })

  it('filters by kind (#20.15): ministerial meetings of OTS, as the data files have them', async () => {
    const res = await fetch(`${url}/api/events?forum=OTS&kind=ministerial`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { events: { id: string; kind: string }[] }
    const expected = data.events.filter((e) => e.forum_code === 'OTS' && e.kind === 'ministerial').map((e) => e.id)
    expect(expected.length).toBeGreaterThan(0)
    expect(body.events.map((e) => e.id).sort()).toEqual([...expected].sort())
    expect((await fetch(`${url}/api/events?kind=banquet`)).status).toBe(400)
  })

  it('lists with each summit the memberships it decided, where the data says so (#20.15)', async () => {
    const res = await fetch(`${url}/api/events?forum=SCO&year=2017`)
    const { events } = (await res.json()) as { events: { id: string; decisions: { partyCode: string; status: string; from: string }[] }[] }
    const astana = events.find((e) => e.id === 'sco-2017-astana')!
    expect(astana.decisions.map((d) => [d.partyCode, d.status, d.from]).sort()).toEqual([
      ['IND', 'member', '2017-06-09'],
      ['PAK', 'member', '2017-06-09'],
    ])
    const decided = data.memberships.filter((m) => m.decided_at_event === 'sco-2017-astana').map((m) => m.party_code)
    expect(astana.decisions.map((d) => d.partyCode).sort()).toEqual(decided.sort())
  })

  it('writes a date known only to the month or year no more precisely than that', async () => {
    const rows = parse(await (await fetch(`${url}/api/events.csv?forum=IFAS&from=1995&to=1995`)).text(), { columns: true }) as Record<string, string>[]
    expect([...new Set(rows.map((r) => r.event_date))]).toEqual(['1995-03-03', '1995-09'])
  })

  it('filters by party and role, and the JSON twin lists the same events', async () => {
    const q = 'party=HUN&role=observer'
    const rows = parse(await (await fetch(`${url}/api/events.csv?${q}`)).text(), { columns: true }) as Record<string, string>[]
    const json = (await (await fetch(`${url}/api/events?${q}`)).json()) as {
      count: number
      events: { id: string; title: string; attendees: { partyCode: string; role: string }[] }[]
    }
    expect(json.count).toBe(new Set(data.attendance.filter((a) => a.party_code === 'HUN' && a.role === 'observer').map((a) => a.event_id)).size)
    expect(new Set(rows.map((r) => r.title))).toEqual(new Set(json.events.map((e) => e.title)))
    expect(rows.length).toBe(json.events.reduce((n, e) => n + e.attendees.length, 0))
    expect(rows.filter((r) => r.party_code === 'HUN').every((r) => r.role === 'observer')).toBe(true)
  })

  it.each([
    ['forum=NOPE', 'forum'],
    ['party=QQQ', 'party'],
    ['year=20x4', 'year'],
    ['from=2020&to=2010', 'from'],
    ['role=king', 'role'],
    ['colour=red', 'colour'],
  ])('answers ?%s with 400 naming %s', async (query, parameter) => {
    for (const path of ['/api/events.csv', '/api/events']) {
      const res = await fetch(`${url}${path}?${query}`)
      expect(res.status, path).toBe(400)
      expect(((await res.json()) as { parameter: string }).parameter).toBe(parameter)
    }
  })

  it('never answers 500 to generated parameters: an answer, or a 400 naming the parameter', async () => {
    const keys = ['forum', 'party', 'year', 'from', 'to', 'role', 'zzz']
    const values = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom('OTS', 'C5+US', 'C5 US', 'kaz', 'ZZZ', '2024', '1944', '2101', '0000', 'host', 'guest_of_honour', '', '%', '<x>'),
    )
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/api/events', '/api/events.csv'),
        fc.array(fc.tuple(fc.constantFrom(...keys), values), { maxLength: 4 }),
        async (endpoint, pairs) => {
          const params = new URLSearchParams(pairs)
          const res = await fetch(`${url}${endpoint}?${params}`)
          expect([200, 400], `${endpoint}?${params} → ${res.status}`).toContain(res.status)
          if (res.status === 400) {
            const body = (await res.json()) as { parameter: string; error: string }
            expect(body.error).toContain(body.parameter)
          } else await res.arrayBuffer()
        },
      ),
      { numRuns: 120 },
    )
  }, 120_000)
})

const hasBrowser = chromiumAvailable()

describe.skipIf(!hasBrowser).each(browserServer(servers))('events page on $target', ({ url, target }) => {
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
  })
  afterAll(async () => browser?.close())

  const count = async () => Number(await page.locator('[data-count]').getAttribute('data-count'))
  const shownIds = () => page.locator('li.event-item').evaluateAll((els) => els.map((el) => el.getAttribute('data-event')))
  const waitForUrl = (re: RegExp | ((u: URL) => boolean)) => page.waitForURL(re, { timeout: 45_000 })

  it('changes each filter in the browser and the list follows, through the URL', async () => {
    await openHydrated(page, `${url}/events`)
    expect(await count()).toBe(data.events.length)
    await pick(page, 'Forum', 'OTS', /Organization of Turkic States/)
    await waitForUrl(/forum=OTS/)
    // What the files hold (an OTS meeting added to prisma/data changes these, not the test).
    const ots = data.events.filter((e) => e.forum_code === 'OTS')
    const otsWithHungary = ots.filter((e) => data.attendance.some((a) => a.event_id === e.id && a.party_code === 'HUN'))
    expect(otsWithHungary.length).toBeGreaterThan(0)
    await expect.poll(count).toBe(ots.length)
    expect(await page.locator('.event-forum').evaluateAll((els) => els.map((el) => el.getAttribute('data-forum')))).toEqual(Array(ots.length).fill('OTS'))

    await page.locator('select[name="kind"]').selectOption('summit')
    await waitForUrl(/kind=summit/)
    await expect.poll(count).toBe(ots.filter((e) => e.kind === 'summit').length)
    await page.locator('select[name="kind"]').selectOption('')
    await waitForUrl((u: URL) => !u.search.includes('kind='))
    await expect.poll(count).toBe(ots.length)

    await pick(page, 'Party', 'Hungary')
    await waitForUrl(/party=HUN/)
    await expect.poll(count).toBe(otsWithHungary.length)

    await page.locator('select[name="role"]').selectOption('host')
    await waitForUrl(/role=host/)
    await expect.poll(count).toBe(0)
    expect(await page.locator('.empty-result').innerText()).toMatch(/No event matches these filters/)

    await page.locator('select[name="role"]').selectOption('observer')
    await waitForUrl(/role=observer/)
    await expect.poll(count).toBe(8)
    expect(await page.locator('.attendee.self').evaluateAll((els) => els.map((el) => el.getAttribute('data-role')))).toEqual(Array(8).fill('observer'))

    await page.locator('select[name="year"]').selectOption('2024')
    await waitForUrl(/year=2024/)
    await expect.poll(shownIds).toEqual(['reg-ots-2024-shusha', 'reg-ots-2024-bishkek'])

    await page.locator('select[name="year"]').selectOption('')
    await expect.poll(count).toBe(8)
    expect(page.url()).not.toMatch(/year=/)
    await page.locator('select[name="from"]').selectOption('2019')
    await waitForUrl(/from=2019/)
    await page.locator('select[name="to"]').selectOption('2021')
    await waitForUrl(/to=2021/)
    await expect.poll(shownIds).toEqual(['reg-ots-2019-baku', 'reg-ots-2021-istanbul'])
    expect(new URL(page.url()).search).toBe('?forum=OTS&party=HUN&role=observer&from=2019&to=2021')
  })

  it('shows the events fifty to a page, with a pager and a year index that finds the page of each year', async () => {
    await openHydrated(page, `${url}/events`)
    const total = data.events.length
    expect(total).toBeGreaterThan(100)
    expect(await count()).toBe(total)
    const sorted = [...data.events].sort((a, b) => a.start_date.localeCompare(b.start_date))
    expect((await shownIds()).length).toBe(50)
    const pager = page.getByRole('navigation', { name: 'Pages of events' }).first()
    expect(await pager.innerText()).toMatch(new RegExp(`^Events 1–50 of ${total} \\(page 1 of ${Math.ceil(total / 50)}\\)`))
    await pager.getByRole('link', { name: /next events/ }).click()
    await waitForUrl(/page=2/)
    await expect.poll(async () => (await shownIds()).length).toBe(50)
    // The year of the 51st event starts on (or continues onto) page 2; a year further on links to its own page.
    const later = sorted[Math.min(total - 1, 160)]
    const year = Number(later.start_date.slice(0, 4))
    const firstOfYear = sorted.findIndex((e) => e.start_date.startsWith(String(year)))
    const link = page.getByRole('navigation', { name: 'Years' }).getByRole('link', { name: new RegExp(`^${year}`) })
    const expectedPage = Math.floor(firstOfYear / 50) + 1
    expect(await link.getAttribute('href')).toBe(expectedPage === 2 ? `#y${year}` : `/events${expectedPage > 1 ? `?page=${expectedPage}` : ''}#y${year}`)
    // A filter starts again at the first page.
    await pick(page, 'Forum', 'OTS', /Organization of Turkic States/)
    await waitForUrl((u: URL) => u.searchParams.get('forum') === 'OTS' && !u.searchParams.has('page'))
    expect(await page.getByRole('navigation', { name: 'Pages of events' }).count()).toBe(0)

    // A party page lists its 20 most recent events and links to them all.
    await openHydrated(page, `${url}/parties/UZB`)
    const uzb = new Set(data.attendance.filter((a) => a.party_code === 'UZB').map((a) => a.event_id)).size
    expect(uzb).toBeGreaterThan(20)
    expect(await page.getByText(`The 20 most recent of ${uzb} events.`).count()).toBe(1)
    expect(await page.locator('li.event-item').count()).toBe(20)
  })

  it('restores a permalink: the filters, the list and the years', async () => {
    await openHydrated(page, `${url}/events?forum=C5&from=2021&to=2023`)
    expect(await page.locator('input[type="hidden"][name="forum"]').inputValue()).toBe('C5')
    expect(await page.locator('select[name="from"]').inputValue()).toBe('2021')
    expect(await page.locator('select[name="to"]').inputValue()).toBe('2023')
    expect(await page.locator('select[name="year"]').inputValue()).toBe('')
    expect(await shownIds()).toEqual(['reg-c5-2021-avaza', 'reg-c5-2022-cholponata', 'reg-c5-2023-dushanbe'])
    expect(await page.locator('.timeline-year h2').allInnerTexts()).toEqual([
      expect.stringMatching(/^2021/),
      expect.stringMatching(/^2022/),
      expect.stringMatching(/^2023/),
    ])
    const dushanbe = page.locator('li[data-event="reg-c5-2023-dushanbe"]')
    expect(await dushanbe.locator('.event-date').innerText()).toBe('14 Sep 2023')
    expect(await dushanbe.locator('.event-place').innerText()).toBe('Dushanbe, Tajikistan')
    expect(await dushanbe.locator('ul.attendees > li[data-role="host"] .role-label').innerText()).toBe('Host:')
    expect(await dushanbe.locator('.attendee[data-party="AZE"]').getAttribute('data-role')).toBe('guest_of_honour')
    expect(await dushanbe.locator('ul.attendees > li[data-role="guest_of_honour"]').innerText()).toMatch(/Guest of honour: Azerbaijan/)
    expect(await dushanbe.locator('.cited a').first().getAttribute('href')).toMatch(/^https?:\/\//)
    await page.screenshot({ path: `screenshots/${target}-events-1280.png`, fullPage: false })
  })

  it('says under a summit which accessions it decided, each party a link (#20.15)', async () => {
    await openHydrated(page, `${url}/events?forum=SCO&year=2017`)
    const astana = page.locator('li[data-event="sco-2017-astana"] .decisions')
    expect(await astana.innerText()).toMatch(
      /^Decided here: (India|Pakistan) admitted as a member \(from 9 Jun 2017\); (India|Pakistan) admitted as a member \(from 9 Jun 2017\)$/,
    )
    expect(await astana.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')).sort())).toEqual(['/parties/IND', '/parties/PAK'])
  })

  it('shows a date known only to the month as a month, and a two-day summit as a range', async () => {
    await openHydrated(page, `${url}/events?forum=IFAS&year=1995`)
    const almaty = page.locator('li[data-event="ifas-1995-nukus"] .event-date')
    expect(await almaty.innerText()).toBe('Sep 1995')
    expect(await almaty.locator('time').getAttribute('title')).toBe('known to the month only')
    await openHydrated(page, `${url}/events?forum=C5%2BCN&year=2023`)
    expect(await page.locator('li[data-event="c5x-cn-2023-05-xian"] .event-date').innerText()).toBe('18–19 May 2023')
  })

  it('downloads exactly what the page shows', async () => {
    await openHydrated(page, `${url}/events?forum=C5%2BCN&from=2022`)
    const shown = await page.locator('li.event-item').evaluateAll((items) =>
      items.flatMap((li) => {
        const date = li.querySelector('time')!.getAttribute('datetime')!
        const title = li.querySelector('.event-title')!.textContent!
        return [...li.querySelectorAll('.attendee')].map((a) => ({ date, title, party: a.getAttribute('data-party')!, role: a.getAttribute('data-role')! }))
      }),
    )
    expect(shown.length).toBeGreaterThan(10)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()])
    const text = readFileSync(await download.path(), 'utf8')
    expect(text.split('\r\n')[0]).toBe(HEADER)
    const rows = parse(text, { columns: true }) as Record<string, string>[]
    expect(rows.map((r) => `${r.title}|${r.party_code}|${r.role}`).sort()).toEqual(shown.map((s) => `${s.title}|${s.party}|${s.role}`).sort())
    for (const r of rows) expect(shown.find((s) => s.title === r.title)!.date.startsWith(r.event_date)).toBe(true)
    expect(new Set(rows.map((r) => r.title)).size).toBe(await count())
    expect(rows.every((r) => r.forum_code === 'C5+CN')).toBe(true)
  })

  it('links from a forum page and a party page to their events', async () => {
    await openHydrated(page, `${url}/forums/OTS`)
    await page.getByRole('link', { name: /All events of OTS/ }).click()
    await waitForUrl(/\/events\?forum=OTS$/)
    expect(await count()).toBe(data.events.filter((e) => e.forum_code === 'OTS').length)
    await openHydrated(page, `${url}/parties/HUN`)
    expect(await page.locator('li[data-event="reg-speca-2023-baku"] .attendee.self').getAttribute('data-role')).toBe('guest_of_honour')
    await page.getByRole('link', { name: /All events Hungary attended/ }).click()
    await waitForUrl(/\/events\?party=HUN$/)
    expect(await count()).toBe(new Set(data.attendance.filter((a) => a.party_code === 'HUN').map((a) => a.event_id)).size)
  })

  it('works without JavaScript, and explains a bad link', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const noJs = await context.newPage()
    await noJs.goto(`${url}/events`)
    await noJs.locator('select[name="forum"]').selectOption('SPECA')
    await noJs.getByRole('button', { name: 'Show' }).click()
    await noJs.waitForURL(/forum=SPECA/)
    expect(await noJs.locator('[data-count]').getAttribute('data-count')).toBe('2')
    await noJs.goto(`${url}/events?role=king`)
    expect(await noJs.getByRole('alert').innerText()).toMatch(/role/)
    expect(await noJs.locator('[data-count]').getAttribute('data-count')).toBe(String(data.events.length))
    await context.close()
  })

  it('is readable on a phone: nothing overflows sideways', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } })
    await openHydrated(phone, `${url}/events?forum=OTS`)
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(1)
    await phone.screenshot({ path: `screenshots/${target}-events-390.png` })
    await phone.close()
  })
})
