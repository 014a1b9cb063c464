import 'server-only'
import { isoDay, todayIso } from '../dates'
import type { MembershipStatus } from '../domain/vocabulary'
import { DEFAULT_ALIGNMENT_PARTIES, ParamError, type AlignmentQuery } from '../params'
import { inForceOn } from '../transforms/as-of'
import { pairSeries, portfolioSeries, type PairPoint, type PortfolioPoint } from '../transforms/alignment-series'
import { clusterOrder, portfolioOf, rankAgainst, similarityMatrix, type RankedParty, type SimilarityMatrix } from '../transforms/similarity'
import { db, type Db } from './client'
import { cachedView } from './view-cache'
import { sourceSelect } from './select'
import type { SourceRef } from '../domain/types'

export interface AlignmentView {
  asOf: string
  /** Parties in cluster order, with the matrix in that order. */
  matrix: SimilarityMatrix
  names: Record<string, string>
  allParties: { code: string; name: string; region: string }[]
  pair: { a: string; b: string; series: PairPoint[] } | null
  portfolio: { party: string; series: PortfolioPoint[] } | null
  /** Every party with a membership, ranked against one, most aligned first, on the date. */
  ranking: { party: string; rows: RankedParty[] }
  forumNames: Record<string, string>
  /** The sources the intervals rest on, and which of them each chart uses (one id per interval, repeats kept so the most-cited can come first). */
  sources: Record<string, SourceRef>
  sourceIds: { matrix: string[]; pair: string[]; portfolio: string[] }
  query: AlignmentQuery
}

const FIRST_YEAR = 1991

/** The view for a (validated) query, from the view cache while the dataset has not changed. */
export async function getAlignment(query: AlignmentQuery, given?: Db): Promise<AlignmentView> {
  const prisma = await db(given)
  return cachedView(
    prisma,
    'alignment',
    query,
    () => computeAlignment(query, prisma),
    (v) => JSON.stringify(v).length / 100,
  )
}

async function computeAlignment(query: AlignmentQuery, given?: Db): Promise<AlignmentView> {
  const prisma = await db(given)
  const asOf = query.asOf ?? todayIso()
  const today = todayIso()
  // Every interval's status and dates: the ranking scores every party against one on the day.
  const [parties, forums, statuses] = await Promise.all([
    prisma.party.findMany({ where: { memberships: { some: {} } }, select: { code: true, name: true, region: true }, orderBy: { name: 'asc' } }),
    prisma.forum.findMany({ select: { code: true, shortName: true, kind: true } }),
    prisma.membership.findMany({ select: { partyCode: true, forumCode: true, status: true, validFrom: true, validTo: true } }),
  ])
  const known = new Set(parties.map((p) => p.code))
  const chosen = [...new Set(query.parties ?? DEFAULT_ALIGNMENT_PARTIES)]
  const unknown = chosen.filter((c) => !known.has(c))
  if (unknown.length) throw new ParamError('parties', `unknown party code(s) or parties with no membership: ${unknown.join(', ')}`)
  for (const key of ['a', 'b', 'party', 'rank'] as const) {
    const code = query[key]
    if (code && !known.has(code)) throw new ParamError(key, `unknown party code ${code}`)
  }
  const wanted = [...new Set([...chosen, query.a, query.b, query.party].filter((c): c is string => Boolean(c)))]
  const rows = await prisma.membership.findMany({
    where: { partyCode: { in: wanted } },
    select: { partyCode: true, forumCode: true, status: true, validFrom: true, validTo: true, sourceId: true },
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
  // Each party's portfolio on the day, from one pass over the intervals in force (the heatmap's and the ranking's alike).
  const inForceByParty = new Map<string, { forumCode: string; status: MembershipStatus }[]>()
  for (const i of statuses) {
    if (!inForceOn({ validFrom: isoDay(i.validFrom), validTo: isoDay(i.validTo) }, asOf)) continue
    inForceByParty.set(i.partyCode, [...(inForceByParty.get(i.partyCode) ?? []), { forumCode: i.forumCode, status: i.status as MembershipStatus }])
  }
  const everyPortfolio = Object.fromEntries(parties.map((p) => [p.code, portfolioOf(inForceByParty.get(p.code) ?? [])]))
  const portfolios = Object.fromEntries(chosen.map((p) => [p, everyPortfolio[p]]))
  const rankParty = query.rank ?? chosen[0]
  const order = clusterOrder(similarityMatrix(chosen, portfolios))
  const matrix = similarityMatrix(order, portfolios)
  const names = Object.fromEntries(parties.map((p) => [p.code, p.name]))
  const forumKind = Object.fromEntries(forums.map((f) => [f.code, f.kind]))
  return {
    asOf,
    matrix,
    names,
    allParties: parties,
    pair: query.a && query.b ? { a: query.a, b: query.b, series: pairSeries(query.a, query.b, intervals, FIRST_YEAR, today) } : null,
    portfolio: query.party
      ? {
          party: query.party,
          series: portfolioSeries(
            intervals.filter((i) => i.partyCode === query.party),
            forumKind,
            FIRST_YEAR,
            today,
          ),
        }
      : null,
    ranking: { party: rankParty, rows: rankAgainst(rankParty, everyPortfolio) },
    forumNames: Object.fromEntries(forums.map((f) => [f.code, f.shortName])),
    sources: Object.fromEntries(sourceRows.map((s) => [s.id, s])),
    sourceIds,
    query,
  }
}
