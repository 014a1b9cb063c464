import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { windowMatrix } from '../support/matrix-oracle'
import { seedDatabase } from '../../lib/db/seed'
import { getMatrix, getMatrixWindow, matrixWindowOf } from '../../lib/queries/matrix'
import { listMemberships } from '../../lib/queries/memberships'
import { ParamError, type MatrixPageQuery } from '../../lib/params'
import { availableTargets, createTestDatabase, type TestDatabase } from '../support/databases'
import { getNameBook } from '../../lib/queries/names'
import { translator } from '../../lib/i18n/translate'

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

  // A Russian page lists its rows in Russian alphabetical order, and its pages cut that order: the
  // rows of page 2 follow those of page 1 in Russian, not in English.
  describe('in Russian', () => {
    const ruOrder = (a: string, b: string) => a.localeCompare(b, 'ru')
    const whole = { asOf: '2024-07-04', only: '0' as const, pageSize: 500 }

    it('orders the rows by their Russian names (by name, default and descending)', async () => {
      const book = await getNameBook('ru', db.prisma)
      for (const query of [whole, { ...whole, sort: 'name' }, { ...whole, sort: 'name', dir: 'desc' }] as MatrixPageQuery[]) {
        const ru = await getMatrixWindow(query, db.prisma, 'ru')
        const names = ru.rows.map((r) => book.party(r.code, r).name)
        const sorted = [...names].sort(ruOrder)
        expect(names).toEqual(query.dir === 'desc' ? sorted.reverse() : sorted)
      }
      // English keeps its order, and the two languages are cached apart
      const en = await getMatrixWindow(whole, db.prisma)
      expect(en.rows.map((r) => r.name)).toEqual(en.rows.map((r) => r.name).sort((a, b) => a.localeCompare(b, 'en')))
      expect(en.rows.map((r) => r.code)).not.toEqual((await getMatrixWindow(whole, db.prisma, 'ru')).rows.map((r) => r.code))
      expect(await getMatrixWindow(whole, db.prisma, 'en')).toEqual(en)
    })

    it('pages through the Russian order', async () => {
      const all = (await getMatrixWindow(whole, db.prisma, 'ru')).rows.map((r) => r.code)
      const page2 = await getMatrixWindow({ ...whole, pageSize: 7, page: 2 }, db.prisma, 'ru')
      expect(page2.rows.map((r) => r.code)).toEqual(all.slice(7, 14))
    })

    it('orders by region in Russian, then by Russian name within a region', async () => {
      const book = await getNameBook('ru', db.prisma)
      const region = translator('ru', 'matrix.client.regions')
      const ru = await getMatrixWindow({ ...whole, sort: 'region' }, db.prisma, 'ru')
      const keys = ru.rows.map((r) => [region(r.region.replace(/[^A-Za-z]/g, '')), book.party(r.code, r).name])
      const sorted = [...keys].sort(([ra, na], [rb, nb]) => ruOrder(ra, rb) || ruOrder(na, nb))
      expect(keys).toEqual(sorted)
    })

    it('orders members of a forum first, then by Russian name', async () => {
      const book = await getNameBook('ru', db.prisma)
      const ru = await getMatrixWindow({ ...whole, forums: ['SCO', 'CIS'], sort: 'SCO' }, db.prisma, 'ru')
      const members = ru.rows.filter((r) => r.cells.SCO?.status === 'member').map((r) => book.party(r.code, r).name)
      expect(members.length).toBeGreaterThan(5)
      expect(ru.rows.slice(0, members.length).map((r) => book.party(r.code, r).name)).toEqual(members)
      expect(members).toEqual([...members].sort(ruOrder))
    })
  })
})
