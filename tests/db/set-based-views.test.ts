import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateWorld, partyCode, forumCode } from '../../scripts/bench-world'
import { seedDatabase } from '../../lib/db/seed'
import { isoDay } from '../../lib/dates'
import { getAlignment } from '../../lib/queries/alignment'
import { getTrade, tradeFigures } from '../../lib/queries/trade'
import { tradeSeries, type Flow } from '../../lib/transforms/trade'
import type { AlignmentQuery, TradeQuery } from '../../lib/params'
import { pairwiseAlignment } from '../support/alignment-pairwise'
import { availableTargets, createTestDatabase, type TestDatabase } from '../support/databases'

/**
 * Issue #22: the alignment view and the forum aggregate series are computed set-based (the
 * similarity matrix in one pass over the forums, the series in one SQL statement). They must give
 * what the pair-by-pair computations gave, on the shipped data and on a generated world.
 */

/** The trade view's own series as summing in JavaScript gave them: every partner's figures, each forum's members looked up per year. */
async function seriesSummedInJs(db: TestDatabase, query: Required<Pick<TradeQuery, 'reporters' | 'partners' | 'flow' | 'from'>>, to: number) {
  const forums = query.partners.filter((p) => p.startsWith('forum:')).map((p) => p.slice(6))
  const members = await db.prisma.membership.findMany({
    where: { forumCode: { in: forums }, status: 'member' },
    select: { partyCode: true, forumCode: true, validFrom: true, validTo: true },
    orderBy: { partyCode: 'asc' },
  })
  const membersOf = (forum: string, year: number) =>
    members
      .filter((m) => m.forumCode === forum && isoDay(m.validFrom)! <= `${year}-12-31` && (m.validTo === null || isoDay(m.validTo)! >= `${year}-12-31`))
      .map((m) => m.partyCode)
      // code order, as the view lists them
      .sort()
  const figures = await tradeFigures(db.prisma, query.reporters, query.from, to, null)
  return tradeSeries(figures, { reporters: query.reporters, partners: query.partners, flow: query.flow as Flow, from: query.from, to }, membersOf)
}

async function expectSameTrade(db: TestDatabase, query: Required<Pick<TradeQuery, 'reporters' | 'partners' | 'flow' | 'from' | 'to'>>) {
  const view = await getTrade(query, db.prisma)
  const expected = await seriesSummedInJs(db, query, query.to!)
  expect(view.points).toEqual(expected)
  return view
}

describe.each(await availableTargets())('set-based alignment and forum series on %s', (target) => {
  describe('the shipped data', () => {
    let db: TestDatabase
    beforeAll(async () => {
      db = await createTestDatabase(target)
      await seedDatabase(db.sql)
    })
    afterAll(async () => db?.close())

    it('gives the alignment view the pair-by-pair computation gave, on several days and for every party', async () => {
      const everyone = (await db.prisma.party.findMany({ where: { memberships: { some: {} } }, select: { code: true } })).map((p) => p.code).slice(0, 200)
      const queries: AlignmentQuery[] = [
        {},
        { asOf: '1995-01-01' },
        { asOf: '2008-08-08', a: 'GEO', b: 'RUS', party: 'ARM', rank: 'AZE' },
        { parties: everyone, asOf: '2015-06-30' },
        { parties: everyone, asOf: '2024-01-01', a: 'KAZ', b: 'UZB', party: 'TKM' },
      ]
      for (const query of queries) {
        const view = await getAlignment(query, db.prisma)
        expect(view, JSON.stringify(query)).toEqual(await pairwiseAlignment(query, db.prisma))
      }
    })

    it('sums forum aggregates in the database as JavaScript summed them, in every flow', async () => {
      for (const flow of ['total', 'export', 'import'] as const) {
        const view = await expectSameTrade(db, {
          reporters: ['KAZ', 'UZB', 'CHN'],
          partners: ['forum:SCO', 'forum:EAEU', 'forum:CIS', 'CHN', 'WLD'],
          flow,
          from: 1995,
          to: 2024,
        })
        const aggregates = view.points.filter((p) => p.partner.startsWith('forum:'))
        // the check has something to compare: sums over several members, some with gaps
        expect(aggregates.length).toBeGreaterThan(20)
        expect(aggregates.some((p) => p.members!.length > 1)).toBe(true)
      }
    })
  })

  describe('a generated world', () => {
    const SIZE = { parties: 40, forums: 12, intervalsPerForum: 30, fromYear: 2001, years: 6 }
    let db: TestDatabase
    beforeAll(async () => {
      db = await createTestDatabase(target)
      await generateWorld(db.sql, SIZE)
    })
    afterAll(async () => db?.close())

    it('gives the alignment view the pair-by-pair computation gave', async () => {
      const everyone = (await db.prisma.party.findMany({ where: { memberships: { some: {} } }, select: { code: true } })).map((p) => p.code)
      for (const asOf of ['1990-01-01', '2003-07-01', '2020-12-31']) {
        const query: AlignmentQuery = { parties: everyone, asOf, a: everyone[0], b: everyone[1], party: everyone[2], rank: everyone[3] }
        expect(await getAlignment(query, db.prisma)).toEqual(await pairwiseAlignment(query, db.prisma))
      }
    })

    it('sums forum aggregates in the database as JavaScript summed them', async () => {
      const forums = Array.from({ length: SIZE.forums }, (_, i) => `forum:${forumCode(i + 1)}`)
      for (const flow of ['total', 'export'] as const) {
        const view = await expectSameTrade(db, { reporters: [partyCode(1), partyCode(7)], partners: [...forums, partyCode(2)], flow, from: 2001, to: 2006 })
        expect(view.points.filter((p) => p.partner.startsWith('forum:')).length).toBeGreaterThan(10)
      }
    })
  })
})
