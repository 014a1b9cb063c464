import { isoDay, todayIso } from '../../lib/dates'
import type { MembershipStatus } from '../../lib/domain/vocabulary'
import { DEFAULT_ALIGNMENT_PARTIES, type AlignmentQuery } from '../../lib/params'
import { inForceOn } from '../../lib/transforms/as-of'
import { pairSeries, portfolioSeries } from '../../lib/transforms/alignment-series'
import { portfolioOf } from '../../lib/transforms/similarity'
import { pairwiseClusterOrder, pairwiseMatrix, pairwiseRankAgainst } from './similarity-pairwise'
import { sourceSelect } from '../../lib/queries/select'
import type { AlignmentView } from '../../lib/queries/alignment'
import type { PrismaClient } from '../../generated/prisma/client'

/**
 * The alignment view as it was computed before issue #22, kept as the oracle the set-based one is
 * compared with: every interval read through Prisma, every pair of portfolios compared on its own
 * (similarity-pairwise.ts). The one change: intervals are read in the order they were recorded
 * (the old read named no order, which the database chose).
 */

export async function pairwiseAlignment(query: AlignmentQuery, prisma: PrismaClient): Promise<AlignmentView> {
  const asOf = query.asOf ?? todayIso()
  const today = todayIso()
  const [parties, forums, statuses] = await Promise.all([
    prisma.party.findMany({ where: { memberships: { some: {} } }, select: { code: true, name: true, region: true }, orderBy: { name: 'asc' } }),
    prisma.forum.findMany({ select: { code: true, shortName: true, kind: true } }),
    prisma.membership.findMany({ select: { partyCode: true, forumCode: true, status: true, validFrom: true, validTo: true } }),
  ])
  const chosen = [...new Set(query.parties ?? DEFAULT_ALIGNMENT_PARTIES)]
  const wanted = [...new Set([...chosen, query.a, query.b, query.party].filter((c): c is string => Boolean(c)))]
  const rows = await prisma.membership.findMany({
    where: { partyCode: { in: wanted } },
    select: { partyCode: true, forumCode: true, status: true, validFrom: true, validTo: true, sourceId: true },
    orderBy: { id: 'asc' },
  })
  const intervals = rows.map((r) => ({
    partyCode: r.partyCode,
    forumCode: r.forumCode,
    status: r.status as MembershipStatus,
    validFrom: r.validFrom.toISOString().slice(0, 10),
    validTo: r.validTo ? r.validTo.toISOString().slice(0, 10) : null,
    sourceId: r.sourceId,
  }))
  const idsOf = (keep: (i: (typeof intervals)[number]) => boolean) => intervals.filter(keep).map((i) => i.sourceId)
  const sourceIds = {
    matrix: idsOf((i) => chosen.includes(i.partyCode) && inForceOn(i, asOf)),
    pair: query.a && query.b ? idsOf((i) => i.partyCode === query.a || i.partyCode === query.b) : [],
    portfolio: query.party ? idsOf((i) => i.partyCode === query.party) : [],
  }
  const sourceRows = await prisma.source.findMany({
    where: { id: { in: [...new Set([...sourceIds.matrix, ...sourceIds.pair, ...sourceIds.portfolio])] } },
    select: sourceSelect,
  })
  const inForceByParty = new Map<string, { forumCode: string; status: MembershipStatus }[]>()
  for (const i of statuses) {
    if (!inForceOn({ validFrom: isoDay(i.validFrom), validTo: isoDay(i.validTo) }, asOf)) continue
    inForceByParty.set(i.partyCode, [...(inForceByParty.get(i.partyCode) ?? []), { forumCode: i.forumCode, status: i.status as MembershipStatus }])
  }
  const everyPortfolio = Object.fromEntries(parties.map((p) => [p.code, portfolioOf(inForceByParty.get(p.code) ?? [])]))
  const portfolios = Object.fromEntries(chosen.map((p) => [p, everyPortfolio[p]]))
  const rankParty = query.rank ?? chosen[0]
  const order = pairwiseClusterOrder(pairwiseMatrix(chosen, portfolios))
  const matrix = pairwiseMatrix(order, portfolios)
  const forumKind = Object.fromEntries(forums.map((f) => [f.code, f.kind]))
  return {
    asOf,
    matrix,
    names: Object.fromEntries(parties.map((p) => [p.code, p.name])),
    allParties: parties,
    pair: query.a && query.b ? { a: query.a, b: query.b, series: pairSeries(query.a, query.b, intervals, 1991, today) } : null,
    portfolio: query.party
      ? {
          party: query.party,
          series: portfolioSeries(
            intervals.filter((i) => i.partyCode === query.party),
            forumKind,
            1991,
            today,
          ),
        }
      : null,
    ranking: { party: rankParty, rows: pairwiseRankAgainst(rankParty, everyPortfolio) },
    forumNames: Object.fromEntries(forums.map((f) => [f.code, f.shortName])),
    sources: Object.fromEntries(sourceRows.map((s) => [s.id, s])),
    sourceIds,
    query,
  }
}
