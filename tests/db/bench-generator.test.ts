import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateWorld, membershipRows } from '../../scripts/bench-world'
import { getMatrix } from '../../lib/queries/matrix'
import { getOverlaps } from '../../lib/queries/overlaps'
import { getTrade } from '../../lib/queries/trade'
import { availableTargets, createTestDatabase, type TestDatabase } from '../support/databases'

/** The benchmark's generator and queries, on a small generated world. */

const SMALL = { parties: 12, forums: 6, intervalsPerForum: 8, fromYear: 2000, years: 3 }

describe.each(await availableTargets())('the benchmark generator on %s', (target) => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await createTestDatabase(target)
  })
  afterAll(async () => db?.close())

  it('is deterministic and makes histories the database accepts (no overlaps)', async () => {
    expect(membershipRows(SMALL)).toEqual(membershipRows(SMALL))
    const counts = await generateWorld(db.sql, SMALL)
    expect(counts).toMatchObject({ parties: 13, forums: 6, memberships: membershipRows(SMALL).length })
    // every ordered pair of distinct parties plus World, per year and flow
    expect(counts.trade).toBe(12 * (11 + 1) * 3 * 2)
  })

  it('answers the benchmark queries on the generated world', async () => {
    const matrix = await getMatrix({ asOf: '2010-06-01', only: '0' }, db.prisma)
    expect(matrix.rows).toHaveLength(matrix.rows.length)
    expect(matrix.columns).toHaveLength(6)
    const overlaps = await getOverlaps({ forums: ['F001', 'F002', 'F003'], asOf: '2010-06-01' }, db.prisma)
    expect(overlaps.intersections.flatMap((x) => x.parties).length).toBe(new Set(overlaps.intersections.flatMap((x) => x.parties)).size)
  })

  it('opens the trade view without parameters on a dataset that lacks the shipped defaults (KAZ, CHN, SCO, …)', async () => {
    const trade = await getTrade({}, db.prisma)
    expect(trade.reporters).toEqual(['P001'])
    expect(trade.partners).toEqual(['WLD'])
    expect(trade.markers).toEqual([])
    expect(trade.points.length).toBeGreaterThan(0)
    // what the reader names is still checked
    await expect(getTrade({ markers: ['SCO'] }, db.prisma)).rejects.toThrow(/markers/)
    await expect(getTrade({ reporters: ['KAZ'] }, db.prisma)).rejects.toThrow(/reporters/)
  })
})
