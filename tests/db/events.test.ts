import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDatabase } from '../../lib/db/seed'
import { eventCsvRows } from '../../lib/events-csv'
import { ParamError } from '../../lib/params'
import { getEventChoices, listEvents, queryEvents } from '../../lib/queries/events'
import { availableTargets, createTestDatabase, type TestDatabase } from '../support/databases'

/** The events query on the shipped dataset (prisma/data/events, prisma/data/attendance), on both databases. */
describe.each(await availableTargets())('events of the shipped dataset on %s', (target) => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await createTestDatabase(target)
    await seedDatabase(db.sql)
  })
  afterAll(async () => db?.close())

  const ids = async (args: Parameters<typeof listEvents>[0]) => (await listEvents(args, db.prisma)).map((e) => e.id)

  it('lists the summits of one forum, oldest first', async () => {
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
    expect(guests.map((e) => e.id)).toEqual([
      'c5x-in-2019-01-samarkand',
      'reg-ots-2019-baku',
      'c5x-in-2020-10-virtual',
      'reg-c5-2023-dushanbe',
      'reg-speca-2023-baku',
      'reg-c5-2024-astana',
    ])
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
    const y2009 = await listEvents({ year: 2009 }, db.prisma)
    expect(y2009.map((e) => [e.id, e.startDate, e.datePrecision])).toEqual([
      ['reg-seed-2009-almaty-ifas', '2009-04-01', 'month'],
      ['reg-ots-2009-nakhchivan', '2009-10-03', 'day'],
    ])
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
    expect(choices.total).toBe(93)
    expect(choices.years).toEqual({ min: 1998, max: 2025 })
    expect(choices.forums.map((f) => f.code)).toEqual(expect.arrayContaining(['OTS', 'C5', 'C5+US', 'SPECA', '3+3']))
    expect(choices.forums.map((f) => f.code)).not.toContain('SCO')
    expect(choices.parties.map((p) => p.code)).toEqual(expect.arrayContaining(['HUN', 'XNC', 'GCC', 'AFG']))
  })
})
