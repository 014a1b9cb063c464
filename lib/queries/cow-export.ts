import 'server-only'
import { isoDay } from '../dates'
import { cowStateYearRows } from '../downloads/cow'
import type { CowExportQuery } from '../params'
import { db, type Db } from './client'
import { exportSelection } from './export-selection'

/** Every state and territory with a membership, year by year, in the COW IGO state-year layout. */
export async function getCowExport(query: CowExportQuery, given?: Db) {
  const prisma = await db(given)
  const { today, from, to, forums } = await exportSelection(query, prisma)
  const [states, intervals] = await Promise.all([
    prisma.party.findMany({
      where: { kind: { in: ['state', 'territory'] }, memberships: { some: {} } },
      select: { code: true, name: true },
      orderBy: { code: 'asc' },
    }),
    prisma.membership.findMany({
      where: { forumCode: { in: forums.map((f) => f.code) } },
      select: { partyCode: true, forumCode: true, status: true, validFrom: true, validTo: true },
    }),
  ])
  return cowStateYearRows({
    states,
    forums,
    intervals: intervals.map((i) => ({ ...i, validFrom: isoDay(i.validFrom), validTo: isoDay(i.validTo) })),
    from,
    to,
    today,
  })
}
