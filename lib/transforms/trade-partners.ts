import { bilateral, preferred, type Flow, type Measure, type TradeFigure } from './trade'

/**
 * A reporter's partners ranked by their share of its trade with the World, and how concentrated
 * that trade is (Herfindahl–Hirschman index). Shares are of one publisher's figures only: a year's
 * World figure and its partner figures come from the same source, so a share never divides one
 * office's number by another's. Partners are countries and blocs that trade as one (the EU);
 * statistical groups (World, CA5) are not partners, and a country whose trade a ranked bloc's
 * figure already includes (an EU member, when the EU is ranked) is left out so nothing counts twice.
 */

export interface PartnerShare {
  partner: string
  rank: number
  /** US$, exact decimal. */
  valueUsd: string
  /** Percent of the reporter's trade with the World in the same flow, year and source. */
  share: number
  estimated: boolean
  computed?: boolean
}

export interface ConcentrationPoint {
  year: number
  /** Σ share², shares in percent: 0 (spread over many partners) to 10,000 (one partner). */
  hhi: number
  /** Partners with a figure that year. */
  partners: number
  /** Percent of trade with the World that those partners account for (the rest is not in the dataset). */
  covered: number
  /** The source of the year's World figure and of every partner figure counted. */
  source: string
}

export interface PartnerRanking {
  year: number
  source: string
  worldUsd: string
  partners: PartnerShare[]
}

interface Options {
  reporter: string
  flow: Flow
  measure?: Measure
  /** Which codes are partners: countries and blocs (statistical groups such as WLD and CA5 are not). */
  isPartner: (code: string) => boolean
  /** Country → the bloc whose figure includes it (HUN → EU): left out in years the bloc is ranked. */
  insideBloc?: Record<string, string>
}

function yearShares(
  best: ReturnType<typeof preferred>,
  year: number,
  partnerCodes: Iterable<string>,
  { reporter, flow, measure = 'goods', insideBloc = {} }: Options,
): PartnerRanking | null {
  const world = bilateral(best, reporter, 'WLD', year, flow, measure)
  if (!world || Number(world.valueUsd) <= 0) return null
  const source = world.sources[0]
  const worldValue = Number(world.valueUsd)
  const values = new Map<string, NonNullable<ReturnType<typeof bilateral>>>()
  for (const partner of partnerCodes) {
    const v = bilateral(best, reporter, partner, year, flow, measure)
    if (v && v.sources[0] === source) values.set(partner, v)
  }
  const shares: Omit<PartnerShare, 'rank'>[] = []
  for (const [partner, v] of values) {
    if (insideBloc[partner] && values.has(insideBloc[partner])) continue
    shares.push({
      partner,
      valueUsd: v.valueUsd,
      share: (Number(v.valueUsd) / worldValue) * 100,
      estimated: v.estimated,
      ...(v.computed ? { computed: true } : {}),
    })
  }
  if (shares.length === 0) return null
  shares.sort((a, b) => b.share - a.share || a.partner.localeCompare(b.partner))
  return { year, source, worldUsd: world.valueUsd, partners: shares.map((s, i) => ({ ...s, rank: i + 1 })) }
}

/** Every year's ranking, oldest first: one pass over the figures (the preferred figure per key, the partners per year). */
export function partnerRankings(figures: TradeFigure[], options: Options): PartnerRanking[] {
  const best = preferred(figures, options.measure)
  const partnersByYear = new Map<number, Set<string>>()
  for (const f of figures) {
    if (f.reporterCode !== options.reporter || f.partnerCode === options.reporter || !options.isPartner(f.partnerCode)) continue
    const set = partnersByYear.get(f.year) ?? new Set<string>()
    set.add(f.partnerCode)
    partnersByYear.set(f.year, set)
  }
  const years = [...new Set(figures.filter((f) => f.reporterCode === options.reporter).map((f) => f.year))].sort((a, b) => a - b)
  return years.flatMap((year) => yearShares(best, year, partnersByYear.get(year) ?? [], options) ?? [])
}

/** The Herfindahl–Hirschman index of one year's ranking, and how much of the World its partners cover. */
export function concentrationOf(r: PartnerRanking): ConcentrationPoint {
  return {
    year: r.year,
    hhi: r.partners.reduce((sum, p) => sum + p.share * p.share, 0),
    partners: r.partners.length,
    covered: r.partners.reduce((sum, p) => sum + p.share, 0),
    source: r.source,
  }
}

/** The ranking for one year, or null when the reporter has no World figure with partner figures of the same source that year. */
export function partnerRanking(figures: TradeFigure[], year: number, options: Options): PartnerRanking | null {
  return partnerRankings(figures, options).find((r) => r.year === year) ?? null
}

/** One point per year that has a ranking, oldest first. */
export function concentrationSeries(figures: TradeFigure[], options: Options): ConcentrationPoint[] {
  return partnerRankings(figures, options).map(concentrationOf)
}
