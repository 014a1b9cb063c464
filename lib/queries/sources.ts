import 'server-only'
import { cache } from 'react'
import { db, type Db } from './client'
import type { SourceRef } from '../domain/types'
import { IMF_SOURCE_PREFIX } from '../transforms/trade'

export interface SourceListItem extends SourceRef {
  note: string | null
  uses: { memberships: number; events: number; tradeFlows: number; forums: number }
  /** Every fact citing it: memberships, events, trade figures and forums together. */
  facts: number
}

export const listSources = cache(async (given?: Db): Promise<SourceListItem[]> => {
  const prisma = await db(given)
  const rows = await prisma.source.findMany({
    select: {
      id: true,
      title: true,
      publisher: true,
      url: true,
      published: true,
      kind: true,
      note: true,
      _count: { select: { memberships: true, events: true, tradeFlows: true, forums: true } },
    },
    orderBy: [{ kind: 'asc' }, { id: 'asc' }],
  })
  return rows.map(({ _count, ...s }) => ({ ...s, uses: _count, facts: _count.memberships + _count.events + _count.tradeFlows + _count.forums }))
})

export interface TradeCoverageRow {
  reporter: string
  reporterName: string
  /** `imf` = the IMF's statistics (DOTS, IMTS); `national` = a statistics office, customs or government as quoted in each figure's note. */
  origin: 'imf' | 'national'
  firstYear: number
  lastYear: number
  figures: number
  partners: number
  measures: string[]
}

/** Which years and partners each reporter's trade figures cover, from the IMF and from national sources. */
export const tradeCoverage = cache(async (given?: Db): Promise<TradeCoverageRow[]> => {
  const prisma = await db(given)
  return prisma.$queryRaw<TradeCoverageRow[]>`
    SELECT t.reporter_code AS reporter, p.name AS "reporterName",
           CASE WHEN starts_with(t.source_id, ${IMF_SOURCE_PREFIX}) THEN 'imf' ELSE 'national' END AS origin,
           min(t.year)::int AS "firstYear", max(t.year)::int AS "lastYear", count(*)::int AS figures,
           count(DISTINCT t.partner_code)::int AS partners,
           array_agg(DISTINCT t.measure::text ORDER BY t.measure::text) AS measures
      FROM trade_flow t JOIN party p ON p.code = t.reporter_code
     GROUP BY t.reporter_code, p.name, origin
     ORDER BY p.name, origin`
})
