import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDatabase } from '../../lib/db/seed'
import { SOURCE_RANK, tradeFigures } from '../../lib/queries/trade'
import { canonicalDecimal } from '../../lib/trade/units'
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
        select: { reporterCode: true, partnerCode: true, year: true, flow: true, valueUsd: true, estimated: true, sourceId: true, measure: true },
      })
    ).map((f) => ({ ...f, valueUsd: f.valueUsd.toString() }))
  const key = (f: { reporterCode: string; partnerCode: string; year: number; flow: string; sourceId: string }) =>
    `${f.reporterCode}/${f.partnerCode}/${f.year}/${f.flow}/${f.sourceId}`
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

  // The canonical value and the source's rank are computed in SQL: they must be what
  // canonicalDecimal and SOURCE_RANK give for every form of value and every kind of source.
  it('writes values as canonicalDecimal does and ranks every kind of source as SOURCE_RANK does', async () => {
    const sources = await db.sql.query<{ id: string; kind: string }>(`SELECT DISTINCT ON (kind) id, kind::text AS kind FROM source ORDER BY kind, id`)
    expect(sources.length).toBeGreaterThanOrEqual(5)
    const values = ['0.00', '0.05', '0.50', '7.00', '12.40', '12.34', '1000.00', '123456789012345678.90', '99999999999999999.99']
    const inserted: { year: number; value: string; sourceId: string; kind: string }[] = []
    let year = 1900
    for (const value of values) {
      for (const s of sources) {
        inserted.push({ year, value, sourceId: s.id, kind: s.kind })
        await db.sql.query(
          `INSERT INTO trade_flow (reporter_code, partner_code, year, flow, value_usd, estimated, source_id) VALUES ('KAZ', 'CHN', $1, 'export', $2::numeric, false, $3)`,
          [year, value, s.id],
        )
      }
      year++
    }
    const figures = await tradeFigures(db.prisma, ['KAZ'], 1900, year - 1, ['CHN'])
    const text = await db.sql.query<{ year: number; sourceId: string; value: string }>(
      `SELECT year, source_id AS "sourceId", value_usd::text AS value FROM trade_flow WHERE reporter_code = 'KAZ' AND year BETWEEN 1900 AND $1`,
      [year - 1],
    )
    const expected = text.map((r) => ({
      year: r.year,
      sourceId: r.sourceId,
      valueUsd: canonicalDecimal(r.value),
      sourceRank: SOURCE_RANK[inserted.find((i) => i.year === r.year && i.sourceId === r.sourceId)!.kind] ?? 9,
    }))
    const got = figures.map((f) => ({ year: f.year, sourceId: f.sourceId, valueUsd: f.valueUsd, sourceRank: f.sourceRank }))
    const order = (a: { year: number; sourceId: string }, b: { year: number; sourceId: string }) => a.year - b.year || a.sourceId.localeCompare(b.sourceId)
    expect(got.sort(order)).toEqual(expected.sort(order))
    expect(new Set(figures.map((f) => f.valueUsd))).toEqual(
      new Set(['0', '0.05', '0.5', '7', '12.4', '12.34', '1000', '123456789012345678.9', '99999999999999999.99']),
    )
    await db.sql.query(`DELETE FROM trade_flow WHERE year BETWEEN 1900 AND $1`, [year - 1])
  })

  it('reads the same rows through the driver as through Prisma (a client nobody registered)', async () => {
    const viaDriver = await tradeFigures(db.prisma, ['KAZ', 'TKM'], 2005, 2015, null)
    const unregistered = { $queryRawUnsafe: db.prisma.$queryRawUnsafe.bind(db.prisma) }
    const viaPrismaRaw = await tradeFigures(unregistered as never, ['KAZ', 'TKM'], 2005, 2015, null)
    expect(viaDriver.length).toBeGreaterThan(100)
    expect(sorted(viaPrismaRaw)).toEqual(sorted(viaDriver))
  })
})
