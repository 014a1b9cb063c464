import 'server-only'
import { cache } from 'react'
import { db, type Db } from './client'
import { cachedView } from './view-cache'

export interface Overview {
  parties: number
  forums: number
  memberships: number
  events: number
  tradeRows: number
  sources: number
  /** The newest dated fact: a membership change, an event, or (as a year) a trade figure. */
  newestFact: { date: string; what: string } | null
}

// Counting 2.4 M trade rows takes a tenth of a second at world scale: the view cache keeps the
// answer until the dataset changes.
export const getOverview = cache(async (given?: Db): Promise<Overview> => {
  const prisma = await db(given)
  return cachedView(
    prisma,
    'overview',
    null,
    () => computeOverview(prisma),
    () => 1,
  )
})

async function computeOverview(prisma: Db): Promise<Overview> {
  const [parties, forums, memberships, events, tradeRows, sources, newest] = await Promise.all([
    prisma.party.count(),
    prisma.forum.count(),
    prisma.membership.count(),
    prisma.event.count(),
    prisma.tradeFlow.count(),
    prisma.source.count(),
    prisma.$queryRaw<{ day: string; what: string }[]>`
      SELECT to_char(day, 'YYYY-MM-DD') AS day, what FROM (
        SELECT max(valid_from) AS day, 'membership change' AS what FROM membership
        UNION ALL SELECT max(valid_to), 'membership change' FROM membership
        UNION ALL SELECT max(coalesce(end_date, start_date)), 'event' FROM event
        UNION ALL SELECT make_date(max(year), 1, 1), 'trade figure (year)' FROM trade_flow
      ) facts WHERE day IS NOT NULL AND day <= current_date ORDER BY day DESC LIMIT 1`,
  ])
  return {
    parties,
    forums,
    memberships,
    events,
    tradeRows,
    sources,
    newestFact: newest[0] ? { date: newest[0].day, what: newest[0].what } : null,
  }
}
