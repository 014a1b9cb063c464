import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDatabase } from '../../lib/db/seed'
import { getTradePartners } from '../../lib/queries/trade-partners'
import { availableTargets, createTestDatabase, type TestDatabase } from '../support/databases'

/** Partner rankings and concentration (HHI) from the shipped trade figures, checked against SQL over the same rows. */

describe.each(await availableTargets())('trade partners on %s', (target) => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await createTestDatabase(target)
    await seedDatabase(db.sql)
  })
  afterAll(async () => db?.close())

  it("ranks Kazakhstan's country partners in 2020 by share of its IMF-reported trade with the World", async () => {
    const v = await getTradePartners({ reporter: 'KAZ', year: 2020, flow: 'export' }, db.prisma)
    expect(v.ranking!.source).toBe('imf-dots')
    // The oracle: the same shares straight from SQL (exports to each country / exports to the World, one source).
    const rows = await db.sql.query<{ partner: string; share: string }>(
      `SELECT t.partner_code AS partner, (t.value_usd / w.value_usd * 100)::text AS share
         FROM trade_flow t JOIN party p ON p.code = t.partner_code AND p.kind IN ('state', 'territory', 'bloc')
         JOIN trade_flow w ON w.reporter_code = 'KAZ' AND w.partner_code = 'WLD' AND w.year = 2020 AND w.flow = 'export' AND w.source_id = 'imf-dots'
        WHERE t.reporter_code = 'KAZ' AND t.year = 2020 AND t.flow = 'export' AND t.source_id = 'imf-dots'
          AND NOT (t.partner_code = 'HUN' AND EXISTS (SELECT 1 FROM trade_flow e WHERE e.reporter_code = 'KAZ' AND e.partner_code = 'EU' AND e.year = 2020 AND e.flow = 'export' AND e.source_id = 'imf-dots'))
        ORDER BY t.value_usd DESC, t.partner_code`,
    )
    expect(rows.length).toBeGreaterThan(5)
    expect(v.ranking!.partners.map((p) => p.partner)).toEqual(rows.map((r) => r.partner))
    v.ranking!.partners.forEach((p, i) => expect(p.share).toBeCloseTo(Number(rows[i].share), 6))
    expect(v.ranking!.partners.map((p) => p.rank)).toEqual(rows.map((_, i) => i + 1))
    expect(v.ranking!.partners.map((p) => p.partner)).toContain('EU')
    expect(v.ranking!.partners.some((p) => p.partner === 'HUN' || p.partner === 'CA5' || p.partner === 'WLD')).toBe(false)
    const hhi = rows.reduce((s, r) => s + Number(r.share) ** 2, 0)
    expect(v.concentration.find((c) => c.year === 2020)!.hhi).toBeCloseTo(hhi, 6)
    expect(v.sources['imf-dots'].publisher).toBe('International Monetary Fund')
  })

  it('defaults to the last year with a ranking, and lists the years that have one', async () => {
    const v = await getTradePartners({ reporter: 'KAZ' }, db.prisma)
    expect(v.year).toBe(v.years[v.years.length - 1])
    expect(v.concentration.map((c) => c.year)).toEqual(v.years)
    expect(v.concentration.every((c) => c.hhi > 0 && c.hhi <= 10000 && c.covered > 0 && c.covered <= 100.0001)).toBe(true)
  })

  it('names the parameter for an unknown reporter and a year without a ranking', async () => {
    await expect(getTradePartners({ reporter: 'XXX' }, db.prisma)).rejects.toThrow(/^reporter: unknown party code: XXX/)
    await expect(getTradePartners({ reporter: 'KAZ', year: 1950 }, db.prisma)).rejects.toThrow(/^year: KAZ has no ranking for 1950/)
  })
})
