import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { windowMatrix } from '../support/matrix-oracle'
import { seedDatabase } from '../../lib/db/seed'
import { getMatrix, getMatrixWindow, matrixWindowOf } from '../../lib/queries/matrix'
import { listMemberships } from '../../lib/queries/memberships'
import { ParamError, type MatrixPageQuery } from '../../lib/params'
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
      const { id: _id, partyName: _p, forumName: _f, decidedAt: _d, ...fields } = e
      expect(byKey.get(key(e))).toEqual(fields)
    }
  })

  it('marks changes against a year earlier from the same statuses', async () => {
    // Uzbekistan's CSTO membership was suspended in 2012 (prisma/data): on 1 Jun 2013 its cell is
    // suspended and marked as changed since 1 Jun 2012, when it was a member
    const matrix = await getMatrix({ asOf: '2013-06-01', forums: ['CSTO'] }, db.prisma)
    const uzb = (await getMatrix({ asOf: '2013-06-01', forums: ['CSTO'], only: '0' }, db.prisma)).rows.find((r) => r.code === 'UZB')!
    expect(uzb.cells.CSTO?.status).toBe('suspended')
    expect(uzb.changed).toEqual({ CSTO: 'member' })
    // Azerbaijan left with the treaty's expiry on 20 Apr 1999: empty on 1 Jun 1999, changed since 1998
    const aze = (await getMatrix({ asOf: '1999-06-01', forums: ['CSTO'], only: '0' }, db.prisma)).rows.find((r) => r.code === 'AZE')!
    expect(aze.cells.CSTO).toBeNull()
    expect(aze.changed).toEqual({ CSTO: 'member' })
    expect(matrix.rows.every((r) => r.cells.CSTO)).toBe(true)
  })

  // The page builds only the window it shows; it must be exactly that window of the whole matrix.
  const windows: MatrixPageQuery[] = [
    {},
    { asOf: '2013-06-01', only: '0', pageSize: 7, page: 3, colPageSize: 4, colPage: 2 },
    { asOf: '2024-07-04', sort: 'SCO', dir: 'desc', region: ['Central Asia', 'East Asia'], forums: ['CSTO', 'SCO', 'EAEU'], colPageSize: 2 },
    { asOf: '2005-01-01', sort: 'region', only: '0', page: 99, pageSize: 10, colPage: 99, colPageSize: 3 },
    { asOf: '2024-07-04', q: 'no such party' },
    { asOf: '2013-06-01', forums: ['SCO', 'CSTO'], parties: ['UZB', 'KAZ', 'RUS'], only: '0', sort: 'CSTO', colPage: 2, colPageSize: 1 }, // UZB's CSTO change
  ]
  it.each(windows)('builds the page window of %j as the whole matrix windowed', async (query) => {
    const expected = windowMatrix(await getMatrix(query, db.prisma), matrixWindowOf(query))
    const actual = await getMatrixWindow(query, db.prisma)
    expect(actual).toEqual(expected)
    expect(JSON.stringify(actual)).toBe(JSON.stringify(expected))
  })

  it('refuses for the window what it refuses for the whole matrix', async () => {
    await expect(getMatrixWindow({ forums: ['QQQ'] }, db.prisma)).rejects.toThrow(ParamError)
    await expect(getMatrixWindow({ parties: ['QQQ'] }, db.prisma)).rejects.toThrow(ParamError)
    await expect(getMatrixWindow({ forums: ['CSTO'], sort: 'SCO' }, db.prisma)).rejects.toThrow(/sort/)
  })
})
