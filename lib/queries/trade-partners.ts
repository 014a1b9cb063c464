import 'server-only'
import { ParamError, type TradePartnersQuery } from '../params'
import { concentrationOf, partnerRankings, type ConcentrationPoint, type PartnerRanking } from '../transforms/trade-partners'
import { db, type Db } from './client'
import { tradeFigures } from './trade'
import { cachedView } from './view-cache'
import type { SourceRef } from '../domain/types'

/**
 * Partners of the dataset whose trade a bloc's figure includes. Hungary is the one EU member among
 * the trade partners (the IMF extract keeps it beside the EU as a whole); add a line here when a
 * trade file brings another member state.
 */
const INSIDE_BLOC: Record<string, string> = { HUN: 'EU' }

export interface TradePartnersView {
  reporter: string
  flow: 'export' | 'import' | 'total'
  /** The ranking's year (null when the reporter has none). */
  year: number | null
  /** Years that have a ranking, oldest first. */
  years: number[]
  ranking: PartnerRanking | null
  concentration: ConcentrationPoint[]
  names: Record<string, string>
  sources: Record<string, SourceRef>
}

/** A reporter's partners ranked by share of its trade for a year, and its partner concentration (HHI) over time. */
export async function getTradePartners(query: TradePartnersQuery, given?: Db): Promise<TradePartnersView> {
  const prisma = await db(given)
  return cachedView(
    prisma,
    'trade-partners',
    query,
    () => computeTradePartners(query, prisma),
    (v) => v.concentration.length + (v.ranking?.partners.length ?? 0),
  )
}

async function computeTradePartners(query: TradePartnersQuery, prisma: Db): Promise<TradePartnersView> {
  const flow = query.flow ?? 'total'
  const [figures, parties] = await Promise.all([
    tradeFigures(prisma, [query.reporter], 1900, 2100, null),
    prisma.party.findMany({ select: { code: true, name: true, kind: true } }),
  ])
  if (!parties.some((p) => p.code === query.reporter)) throw new ParamError('reporter', `unknown party code: ${query.reporter}`)
  const partnerCodes = new Set(parties.filter((p) => p.kind === 'state' || p.kind === 'territory' || p.kind === 'bloc').map((p) => p.code))
  const options = { reporter: query.reporter, flow, isPartner: (c: string) => partnerCodes.has(c), insideBloc: INSIDE_BLOC }
  const rankings = partnerRankings(figures, options)
  const concentration = rankings.map(concentrationOf)
  const years = rankings.map((r) => r.year)
  if (query.year !== undefined && !years.includes(query.year)) {
    throw new ParamError(
      'year',
      years.length
        ? `${query.reporter} has no ranking for ${query.year} (years with one: ${years[0]}–${years[years.length - 1]})`
        : `${query.reporter} has no trade figures with the World and its partners from one source`,
    )
  }
  const year = query.year ?? years[years.length - 1] ?? null
  const ranking = rankings.find((r) => r.year === year) ?? null
  const sourceIds = [...new Set(concentration.map((p) => p.source))]
  const sourceRows = await prisma.source.findMany({
    where: { id: { in: sourceIds } },
    select: { id: true, title: true, publisher: true, url: true, published: true, kind: true },
  })
  return {
    reporter: query.reporter,
    flow,
    year,
    years,
    ranking,
    concentration,
    names: Object.fromEntries(parties.map((p) => [p.code, p.name])),
    sources: Object.fromEntries(sourceRows.map((s) => [s.id, s])),
  }
}
