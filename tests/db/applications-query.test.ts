import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDatabase } from '../../lib/db/seed'
import { isoDay } from '../../lib/dates'
import { listApplications, type ListApplicationsArgs } from '../../lib/queries/applications'
import { applicationSelect } from '../../lib/queries/select'
import { availableTargets, createTestDatabase, type TestDatabase } from '../support/databases'

/**
 * listApplications is one SQL statement on the driver (the matrix page asks on every render); it
 * must give what Prisma's relation query gives, row for row and in the same order, on both databases.
 */
describe.each(await availableTargets())('applications read in one statement on %s', (target) => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await createTestDatabase(target)
    await seedDatabase(db.sql)
  })
  afterAll(async () => db?.close())

  async function throughPrisma(args: ListApplicationsArgs) {
    const rows = await db.prisma.application.findMany({
      where: {
        ...(args.forums?.length ? { forumCode: { in: args.forums } } : {}),
        ...(args.parties?.length ? { partyCode: { in: args.parties } } : {}),
        ...(args.asOf ? { applied: { lte: new Date(`${args.asOf}T00:00:00Z`) } } : {}),
      },
      select: applicationSelect,
      orderBy: [{ applied: 'asc' }, { partyCode: 'asc' }, { forumCode: 'asc' }],
    })
    return rows.map((a) => ({
      partyCode: a.partyCode,
      partyName: a.party.name,
      forumCode: a.forumCode,
      forumName: a.forum.name,
      soughtStatus: a.soughtStatus,
      applied: isoDay(a.applied)!,
      appliedPrecision: a.appliedPrecision,
      note: a.note,
      source: a.source,
    }))
  }

  it.each<[string, ListApplicationsArgs]>([
    ['every application', {}],
    ['by a day', { asOf: '2024-06-30' }],
    ['on the day itself', { asOf: '2024-01-01' }],
    ['of some forums', { forums: ['SCO', 'BRICS', 'EAEU'] }],
    ['of some parties', { parties: ['AZE', 'TUR', 'UZB', 'ARM'] }],
    ['as the matrix asks: forums, parties and a day', { asOf: '2025-12-31', forums: ['SCO', 'BRICS', 'CSTO'], parties: ['AZE', 'BLR', 'TUR', 'KAZ'] }],
    ['empty lists: no filter', { forums: [], parties: [] }],
    ['nothing matches', { forums: ['NO-SUCH-FORUM'] }],
  ])('%s', async (_, args) => {
    const expected = await throughPrisma(args)
    expect(await listApplications(args, db.prisma)).toEqual(expected)
  })

  it('finds applications on the shipped data (the comparison is not of two empty lists)', async () => {
    const all = await listApplications({}, db.prisma)
    expect(all.length).toBeGreaterThanOrEqual(15)
    expect(new Set(all.map((a) => a.forumCode)).size).toBeGreaterThan(1)
    expect((await listApplications({ asOf: '2024-06-30' }, db.prisma)).length).toBeLessThan(all.length)
    expect((await listApplications({ parties: ['AZE', 'TUR', 'UZB', 'ARM'] }, db.prisma)).length).toBeGreaterThan(0)
    const asked = await listApplications({ asOf: '2025-12-31', forums: ['SCO', 'BRICS', 'CSTO'], parties: ['AZE', 'BLR', 'TUR', 'KAZ'] }, db.prisma)
    expect(asked.map((a) => `${a.partyCode} ${a.forumCode}`)).toEqual(expect.arrayContaining(['AZE BRICS', 'TUR BRICS', 'BLR SCO']))
    // an application made on the day itself counts by that day
    expect((await listApplications({ asOf: '2024-01-01', forums: ['EAEU'] }, db.prisma)).map((a) => a.partyCode)).toContain('IRN')
  })
})
