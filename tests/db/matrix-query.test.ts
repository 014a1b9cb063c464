import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDatabase } from '../../lib/db/seed'
import { getMatrix } from '../../lib/queries/matrix'
import { listMemberships } from '../../lib/queries/memberships'
import { availableTargets, createTestDatabase, type TestDatabase } from '../support/databases'

// The matrix reads its cells with set-based SQL (not through listMemberships' Prisma objects):
// every cell must still be exactly the interval listMemberships says is in force that day.
describe.each(await availableTargets())('the matrix query on %s', (target) => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await createTestDatabase(target)
    await seedDatabase(db.sql)
  })
  afterAll(async () => db?.close())

  it.each(['1995-06-01', '2012-12-19', '2012-12-20', '2024-07-04'])('gives every interval in force on %s, with its source', async (asOf) => {
    const matrix = await getMatrix({ asOf, only: '0' }, db.prisma)
    const expected = await listMemberships({ asOf }, db.prisma)
    const cells = matrix.rows.flatMap((r) =>
      Object.entries(r.cells)
        .filter(([, c]) => c)
        .map(([forum, c]) => ({ partyCode: r.code, forumCode: forum, ...c! })),
    )
    const key = (c: { partyCode: string; forumCode: string }) => `${c.partyCode}/${c.forumCode}`
    expect(cells.map(key).sort()).toEqual(expected.map(key).sort())
    const byKey = new Map(cells.map((c) => [key(c), c]))
    for (const e of expected) {
      const { id: _id, partyName: _p, forumName: _f, ...fields } = e
      expect(byKey.get(key(e))).toEqual(fields)
    }
  })

  it('marks changes against a year earlier from the same statuses', async () => {
    // Uzbekistan left the CSTO on 19 Dec 2012 (prisma/data): on 1 Jun 2013 its cell is empty and marked as changed since 1 Jun 2012
    const matrix = await getMatrix({ asOf: '2013-06-01', forums: ['CSTO'] }, db.prisma)
    const uzb = (await getMatrix({ asOf: '2013-06-01', forums: ['CSTO'], only: '0' }, db.prisma)).rows.find((r) => r.code === 'UZB')!
    expect(uzb.cells.CSTO).toBeNull()
    expect(uzb.changed).toEqual({ CSTO: 'member' })
    expect(matrix.rows.every((r) => r.cells.CSTO)).toBe(true)
  })
})
