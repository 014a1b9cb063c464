import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDataset } from '../../lib/dataset/load'
import { seedDatabase } from '../../lib/db/seed'
import { eventCsvRows } from '../../lib/downloads/events'
import { ParamError } from '../../lib/params'
import { getEventChoices, listEvents, queryEvents } from '../../lib/queries/events'
import { availableTargets, createTestDatabase, type TestDatabase } from '../support/databases'

/** The events query on the shipped dataset (prisma/data/events, prisma/data/attendance), on both databases. */
const dataset = loadDataset()
const startOf = (id: string) => dataset.events.find((e) => e.id === id)!.start_date

describe.each(await availableTargets())('events of the shipped dataset on %s', (target) => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await createTestDatabase(target)
    await seedDatabase(db.sql)
  })
  afterAll(async () => db?.close())

  const ids = async (args: Parameters<typeof listEvents>[0]) => (await listEvents(args, db.prisma)).map((e) => e.id)

  it('lists the events of one forum, oldest first', async () => {
    expect(await ids({ forum: 'OTS' })).toEqual([
      'reg-ots-2009-nakhchivan',
      'reg-ots-2018-cholponata',
      'reg-ots-2019-baku',
      'reg-ots-2021-istanbul',
      'reg-ots-2022-samarkand',
      'reg-ots-2023-astana',
      'reg-ots-2024-shusha',
      'reg-ots-2024-bishkek',
      'reg-ots-2025-gabala',
      's26-ots-2026-03-istanbul',
    ])
  })

  it('filters by party and role together: the OTS summits Hungary observed', async () => {
    expect(await ids({ party: 'HUN', role: 'observer' })).toEqual([
      'reg-ots-2018-cholponata',
      'reg-ots-2019-baku',
      'reg-ots-2021-istanbul',
      'reg-ots-2022-samarkand',
      'reg-ots-2023-astana',
      'reg-ots-2024-shusha',
      'reg-ots-2024-bishkek',
      'reg-ots-2025-gabala',
    ])
    // Hungary was a guest of honour (not an observer) at the SPECA summit in Baku
    expect(await ids({ party: 'HUN', role: 'guest_of_honour' })).toEqual(['reg-speca-2023-baku'])
  })

  it('filters by role alone, and lists every attendee of the events it selects', async () => {
    const guests = await listEvents({ role: 'guest_of_honour' }, db.prisma)
    // every event with a guest of honour in prisma/data, oldest first
    expect(guests.map((e) => e.id)).toEqual(
      [...new Set(dataset.attendance.filter((a) => a.role === 'guest_of_honour').map((a) => a.event_id))].sort(
        (a, b) => startOf(a).localeCompare(startOf(b)) || guests.findIndex((e) => e.id === a) - guests.findIndex((e) => e.id === b),
      ),
    )
    expect(guests.map((e) => e.id)).toEqual(
      expect.arrayContaining(['c5x-in-2019-01-samarkand', 'reg-ots-2019-baku', 'reg-c5-2023-dushanbe', 'reg-c5-2024-astana', 'brics-2024-kazan']),
    )
    const dushanbe = guests.find((e) => e.id === 'reg-c5-2023-dushanbe')!
    expect(dushanbe.attendees.map((a) => [a.partyCode, a.role])).toEqual([
      ['TJK', 'host'],
      ['KAZ', 'participant'],
      ['KGZ', 'participant'],
      ['TKM', 'participant'],
      ['UZB', 'participant'],
      ['AZE', 'guest_of_honour'],
    ])
    expect(dushanbe.attendees.find((a) => a.partyCode === 'AZE')!.source?.id).toBe('reg-azerbaijanaz-2023')
  })

  it('filters by a year range and by a single year, with the forum', async () => {
    expect(await ids({ forum: 'C5', from: 2021, to: 2023 })).toEqual(['reg-c5-2021-avaza', 'reg-c5-2022-cholponata', 'reg-c5-2023-dushanbe'])
    expect(await ids({ forum: 'C5', year: 2025 })).toEqual(['reg-c5-2025-avaza-extra', 'reg-c5-2025-tashkent'])
    expect(await ids({ forum: 'C5', year: 2025, to: 2024 })).toEqual([])
    // a date known only to the month is in its year
    const y1995 = await listEvents({ forum: 'IFAS', year: 1995 }, db.prisma)
    expect(y1995.map((e) => [e.id, e.startDate, e.datePrecision])).toContainEqual(['ifas-1995-nukus', '1995-09-01', 'month'])
    const kars = await listEvents({ forum: 'AZ+GE+TR', year: 2014 }, db.prisma)
    expect(kars.map((e) => [e.id, e.datePrecision])).toContainEqual(['c5n-azgetr-2014-12-kars', 'month'])
  })

  it('gives the CSV rows of one event: one per attendance, own source or the event source', async () => {
    const [shusha] = await listEvents({ forum: 'OTS', year: 2024, party: 'XNC' }, db.prisma)
    expect(shusha.id).toBe('reg-ots-2024-shusha')
    const event = await db.prisma.source.findUniqueOrThrow({ where: { id: 'reg-azvision-2024' } })
    expect(eventCsvRows([shusha])).toEqual(
      [
        ['AZE', 'host'],
        ['KAZ', 'participant'],
        ['KGZ', 'participant'],
        ['TUR', 'participant'],
        ['UZB', 'participant'],
        ['HUN', 'observer'],
        ['XNC', 'observer'],
      ].map(([party, role]) => ['2024-07-06', 'OTS', 'Informal Summit of the Organization of Turkic States', 'Shusha, Azerbaijan', party, role, event.url]),
    )
  })

  it('refuses unknown codes and an inverted range, naming the parameter', async () => {
    await expect(queryEvents({ forum: 'NOPE' }, db.prisma)).rejects.toMatchObject({ parameter: 'forum' })
    await expect(queryEvents({ party: 'QQQ' }, db.prisma)).rejects.toMatchObject({ parameter: 'party' })
    await expect(queryEvents({ from: 2020, to: 2010 }, db.prisma)).rejects.toBeInstanceOf(ParamError)
    expect((await queryEvents({ forum: 'C5+US', party: 'USA', role: 'host' }, db.prisma)).map((e) => e.id)).toContain('c5x-us-2016-08-washington')
  })

  it('offers the forums, parties and years that have events', async () => {
    const choices = await getEventChoices(db.prisma)
    expect(choices.total).toBe(dataset.events.length)
    const years = dataset.events.map((e) => Number(e.start_date.slice(0, 4)))
    expect(choices.years).toEqual({ min: Math.min(...years), max: Math.max(...years) })
    // SCO has its summits now (it offered none before they were recorded)
    expect(choices.forums.map((f) => f.code)).toEqual(
      expect.arrayContaining(['OTS', 'C5', 'C5+US', 'SPECA', '3+3', 'SCO', 'CSTO', 'EAEU', 'CIS', 'BRICS', 'CICA']),
    )
    // only forums with events are offered
    const withEvents = new Set(dataset.events.map((e) => e.forum_code).filter(Boolean))
    expect(choices.forums.every((f) => withEvents.has(f.code))).toBe(true)
    expect(choices.parties.map((p) => p.code)).toEqual(expect.arrayContaining(['HUN', 'XNC', 'GCC', 'AFG']))
  })
})
