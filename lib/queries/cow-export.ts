import 'server-only'
import { isoDay, todayIso } from '../dates'
import { cowStateYearRows } from '../downloads/cow'
import { inDefaultOrder } from '../forum-order'
import { ParamError, type CowExportQuery } from '../params'
import { db, type Db } from './client'

/** Every state and territory with a membership, year by year, in the COW IGO state-year layout. */
export async function getCowExport(query: CowExportQuery, given?: Db) {
  const prisma = await db(given)
  const today = todayIso()
  const thisYear = Number(today.slice(0, 4))
  const from = query.from ?? 1991
  const to = query.to ?? thisYear
  if (to > thisYear) throw new ParamError('to', `must not be after the current year (${thisYear})`)
  // Name the parameter the reader gave: `to=1945` alone is before the default first year.
  if (from > to)
    throw query.from === undefined ? new ParamError('to', `must not be before from (${from}, the default)`) : new ParamError('from', 'must not be after to')
  const allForums = inDefaultOrder(
    (await prisma.forum.findMany({ select: { code: true, founded: true, dissolved: true } })).map((f) => ({
      code: f.code,
      founded: isoDay(f.founded),
      dissolved: isoDay(f.dissolved),
    })),
  )
  const unknown = (query.forums ?? []).filter((c) => !allForums.some((f) => f.code === c))
  if (unknown.length) throw new ParamError('forums', `unknown forum code(s): ${unknown.join(', ')}`)
  const forums = query.forums?.length ? query.forums.map((c) => allForums.find((f) => f.code === c)!) : allForums
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
