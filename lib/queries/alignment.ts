import 'server-only'
import { isoDay, todayIso } from '../dates'
import type { MembershipStatus } from '../domain/vocabulary'
import { DEFAULT_ALIGNMENT_PARTIES, ParamError, type AlignmentQuery } from '../params'
import { pairSeries, portfolioSeries, type PairPoint, type PortfolioPoint } from '../transforms/alignment-series'
import { clusteredSimilarity, rankAgainst, statusWeight, type Portfolio, type RankedParty, type SimilarityMatrix } from '../transforms/similarity'
import { bulkRead } from '../db/bulk-read'
import { db, type Db } from './client'
import { cachedView } from './view-cache'
import { sourcesById } from './sources-by-id'
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
  // asked for alongside the view's own cache entry (each looks up the data version): one round trip, not two in a row
  const lists = alignmentLists(prisma)
  lists.catch(() => {}) // a cached view does not wait for it; a failure surfaces where it is awaited
  return cachedView(
    prisma,
    'alignment',
    query,
    () => computeAlignment(query, prisma, lists),
    // roughly in cells: the two n × n matrices and the ranking
    (v) => 2 * v.matrix.parties.length ** 2 + v.ranking.rows.length + v.allParties.length,
  )
}

/**
 * Set-based: one read of the intervals in force on the day (every party's portfolio, for the
 * heatmap and the ranking alike), the full histories only of the parties whose year-by-year series
 * are asked for, and the similarity matrix in one pass over the forums (`similarityMatrix`).
 */
async function computeAlignment(query: AlignmentQuery, prisma: Db, lists: ReturnType<typeof alignmentLists>): Promise<AlignmentView> {
  const asOf = query.asOf ?? todayIso()
  const today = todayIso()
  const historyOf = [...new Set([query.a, query.b, query.party].filter((c): c is string => Boolean(c)))]
  const [{ parties, forums }, inForceRows, historyRows] = await Promise.all([
    lists,
    bulkRead<{ partyCode: string; forumCode: string; status: MembershipStatus; sourceId: string }>(prisma, ALIGNMENT_IN_FORCE_SQL, [asOf]),
    historyOf.length
      ? prisma.membership.findMany({
          where: { partyCode: { in: historyOf } },
          select: { partyCode: true, forumCode: true, status: true, validFrom: true, validTo: true, sourceId: true },
          orderBy: { id: 'asc' },
        })
      : [],
  ])
  const known = new Set(parties.map((p) => p.code))
  const chosen = [...new Set(query.parties ?? DEFAULT_ALIGNMENT_PARTIES)]
  const unknown = chosen.filter((c) => !known.has(c))
  if (unknown.length) throw new ParamError('parties', `unknown party code(s) or parties with no membership: ${unknown.join(', ')}`)
  for (const key of ['a', 'b', 'party', 'rank'] as const) {
    const code = query[key]
    if (code && !known.has(code)) throw new ParamError(key, `unknown party code ${code}`)
  }
  const intervals = historyRows.map((r) => ({
    partyCode: r.partyCode,
    forumCode: r.forumCode,
    status: r.status as MembershipStatus,
    validFrom: isoDay(r.validFrom),
    validTo: isoDay(r.validTo),
    sourceId: r.sourceId,
  }))
  const isChosen = new Set(chosen)
  const idsOf = (keep: (i: (typeof intervals)[number]) => boolean) => intervals.filter(keep).map((i) => i.sourceId)
  const sourceIds = {
    matrix: inForceRows.filter((i) => isChosen.has(i.partyCode)).map((i) => i.sourceId),
    pair: query.a && query.b ? idsOf((i) => i.partyCode === query.a || i.partyCode === query.b) : [],
    portfolio: query.party ? idsOf((i) => i.partyCode === query.party) : [],
  }
  // read while the scores are computed
  const sourceRead = sourcesById(prisma, [...new Set([...sourceIds.matrix, ...sourceIds.pair, ...sourceIds.portfolio])])
  sourceRead.catch(() => {}) // awaited below; never an unhandled rejection meanwhile
  // Each party's portfolio on the day (the heatmap's and the ranking's alike), in one pass over the day's intervals.
  const everyPortfolio: Record<string, Portfolio> = {}
  for (const p of parties) everyPortfolio[p.code] = {}
  for (const i of inForceRows) {
    const w = statusWeight(i.status)
    const portfolio = everyPortfolio[i.partyCode]
    if (w > 0 && portfolio) portfolio[i.forumCode] = w
  }
  const portfolios = Object.fromEntries(chosen.map((p) => [p, everyPortfolio[p]]))
  const rankParty = query.rank ?? chosen[0]
  const matrix = clusteredSimilarity(chosen, portfolios)
  const names = Object.fromEntries(parties.map((p) => [p.code, p.name]))
  const forumKind = Object.fromEntries(forums.map((f) => [f.code, f.kind]))
  const ranking = { party: rankParty, rows: rankAgainst(rankParty, everyPortfolio) }
  const sourceRows = await sourceRead
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
    ranking,
    forumNames: Object.fromEntries(forums.map((f) => [f.code, f.shortName])),
    sources: Object.fromEntries(sourceRows.map((s) => [s.id, s])),
    sourceIds,
    query,
  }
}

/**
 * The parties with a membership and the forums, which do not depend on the day: cached per dataset
 * version apart from the day's intervals, so that a day nobody asked for reads only what that day needs.
 */
function alignmentLists(prisma: Db) {
  return cachedView(
    prisma,
    'alignment-lists',
    null,
    async () => {
      const [parties, forums] = await Promise.all([
        bulkRead<{ code: string; name: string; region: string }>(
          prisma,
          `SELECT code, name, region FROM party p WHERE EXISTS (SELECT 1 FROM membership m WHERE m.party_code = p.code) ORDER BY name`,
          [],
        ),
        bulkRead<{ code: string; shortName: string; kind: string }>(
          prisma,
          `SELECT code, short_name AS "shortName", kind::text AS kind FROM forum ORDER BY code`,
          [],
        ),
      ])
      return { parties, forums }
    },
    (v) => v.parties.length + v.forums.length,
  )
}

/**
 * Every interval in force on a day ($1), in the order the intervals were recorded: all the
 * alignment view reads of the day. `npm run bench` times this statement alone as the heatmap's baseline.
 */
export const ALIGNMENT_IN_FORCE_SQL = `SELECT party_code AS "partyCode", forum_code AS "forumCode", status::text AS status, source_id AS "sourceId"
  FROM membership WHERE valid_from <= $1::date AND (valid_to IS NULL OR valid_to >= $1::date) ORDER BY id`
