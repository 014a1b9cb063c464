import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDatabase } from '../../lib/db/seed'
import { tradeFigures } from '../../lib/queries/trade'
import { availableTargets, createTestDatabase, type TestDatabase } from '../support/databases'

// tradeFigures reads with set-based SQL and decimal text: it must give exactly what Prisma reads.
describe.each(await availableTargets())('the trade query on %s', (target) => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await createTestDatabase(target)
    await seedDatabase(db.sql)
  })
  afterAll(async () => db?.close())

  const viaPrisma = async (reporters: string[], from: number, to: number, partners?: string[]) =>
    (
      await db.prisma.tradeFlow.findMany({
        where: { reporterCode: { in: reporters }, year: { gte: from, lte: to }, ...(partners ? { partnerCode: { in: partners } } : {}) },
        select: { reporterCode: true, partnerCode: true, year: true, flow: true, valueUsd: true, estimated: true, sourceId: true },
      })
    ).map((f) => ({ ...f, valueUsd: f.valueUsd.toString() }))
  const key = (f: { reporterCode: string; partnerCode: string; year: number; flow: string; sourceId: string }) => `${f.reporterCode}/${f.partnerCode}/${f.year}/${f.flow}/${f.sourceId}`
  const sorted = <T extends Parameters<typeof key>[0]>(rows: T[]) => [...rows].sort((a, b) => key(a).localeCompare(key(b)))

  it('gives every figure of the reporters, every partner, with exact decimal values', async () => {
    const sql = await tradeFigures(db.prisma, ['KAZ', 'UZB'], 2000, 2024, null)
    const expected = await viaPrisma(['KAZ', 'UZB'], 2000, 2024)
    expect(sql.length).toBeGreaterThan(1000)
    expect(sorted(sql.map(({ sourceRank: _r, ...f }) => f))).toEqual(sorted(expected))
    // numeric(…, 2) text is "123.40"; the app's one form is Decimal's "123.4"
    expect(sql.some((f) => /\.\d*0$/.test(f.valueUsd))).toBe(false)
  })

  it('keeps only the partners asked for', async () => {
    const sql = await tradeFigures(db.prisma, ['KAZ'], 1995, 2024, ['CHN', 'WLD'])
    expect(new Set(sql.map((f) => f.partnerCode))).toEqual(new Set(['CHN', 'WLD']))
    expect(sql.length).toBe((await viaPrisma(['KAZ'], 1995, 2024, ['CHN', 'WLD'])).length)
  })

  it('reads the same rows through the driver as through Prisma (a client nobody registered)', async () => {
    const viaDriver = await tradeFigures(db.prisma, ['KAZ', 'TKM'], 2005, 2015, null)
    const unregistered = { $queryRawUnsafe: db.prisma.$queryRawUnsafe.bind(db.prisma) }
    const viaPrismaRaw = await tradeFigures(unregistered as never, ['KAZ', 'TKM'], 2005, 2015, null)
    expect(viaDriver.length).toBeGreaterThan(100)
    expect(sorted(viaPrismaRaw)).toEqual(sorted(viaDriver))
  })
})
