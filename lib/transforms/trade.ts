/**
 * Trade series from stored figures. Values are US$ as decimal strings in, numbers out (US$ up to
 * ~1e14 are exact in a double at cent precision well beyond what the charts need; the CSV writes
 * the stored decimal strings). Gaps stay gaps: a year without a figure has no point, never a zero.
 */

export type Flow = 'export' | 'import' | 'total'

export interface TradeFigure {
  reporterCode: string
  partnerCode: string
  year: number
  flow: Flow
  valueUsd: string
  estimated: boolean
  sourceId: string
  /** Lower = preferred when two sources give the same figure (official statistics first). */
  sourceRank: number
}

export interface TradePoint {
  reporter: string
  /** A party code, WLD, or `forum:SCO` for the forum's members as of each year. */
  partner: string
  year: number
  flow: Flow
  /** Exact decimal string in US$. */
  valueUsd: string
  estimated: boolean
  sources: string[]
  /** For forum aggregates: which members the sum covers, and which had no figure. */
  members?: string[]
  missing?: string[]
}

/** Adds decimal strings exactly (US$ with up to 2 decimals). */
export function addUsd(values: string[]): string {
  let cents = 0n
  for (const v of values) {
    const [whole, frac = ''] = v.split('.')
    cents += BigInt(whole) * 100n + BigInt((frac + '00').slice(0, 2))
  }
  const units = cents / 100n
  const rest = cents % 100n
  return rest === 0n ? units.toString() : `${units}.${rest.toString().padStart(2, '0').replace(/0$/, '')}`
}

/** The preferred figure per (reporter, partner, year, flow). */
export function preferred(figures: TradeFigure[]): Map<string, TradeFigure> {
  const best = new Map<string, TradeFigure>()
  for (const f of figures) {
    const key = `${f.reporterCode}/${f.partnerCode}/${f.year}/${f.flow}`
    const cur = best.get(key)
    if (!cur || f.sourceRank < cur.sourceRank || (f.sourceRank === cur.sourceRank && f.sourceId < cur.sourceId)) best.set(key, f)
  }
  return best
}

/**
 * One reporter's figure with one partner for a year and flow. `total` is a published total when
 * there is one, else exports + imports when both exist, else nothing.
 */
export function bilateral(best: Map<string, TradeFigure>, reporter: string, partner: string, year: number, flow: Flow): Omit<TradePoint, 'partner' | 'reporter'> | null {
  const get = (fl: Flow) => best.get(`${reporter}/${partner}/${year}/${fl}`)
  if (flow !== 'total') {
    const f = get(flow)
    return f ? { year, flow, valueUsd: f.valueUsd, estimated: f.estimated, sources: [f.sourceId] } : null
  }
  const published = get('total')
  if (published) return { year, flow, valueUsd: published.valueUsd, estimated: published.estimated, sources: [published.sourceId] }
  const x = get('export')
  const m = get('import')
  if (!x || !m) return null
  return { year, flow, valueUsd: addUsd([x.valueUsd, m.valueUsd]), estimated: x.estimated || m.estimated, sources: [...new Set([x.sourceId, m.sourceId])] }
}

export interface SeriesRequest {
  reporters: string[]
  /** Party codes, WLD, or forum:CODE. */
  partners: string[]
  flow: Flow
  from: number
  to: number
}

/**
 * Every point of the requested series. A forum aggregate sums the reporter's figures with the
 * forum's members (status `member`, as of 31 December of each year, the reporter itself left out);
 * a year in which no member has a figure is a gap, and a partial sum says which members it lacks.
 */
export function tradeSeries(
  figures: TradeFigure[],
  request: SeriesRequest,
  membersOf: (forum: string, year: number) => string[],
): TradePoint[] {
  const best = preferred(figures)
  const out: TradePoint[] = []
  for (const reporter of request.reporters) {
    for (const partner of request.partners) {
      for (let year = request.from; year <= request.to; year++) {
        if (partner.startsWith('forum:')) {
          const members = membersOf(partner.slice(6), year).filter((m) => m !== reporter)
          const parts = members.map((m) => ({ m, v: bilateral(best, reporter, m, year, request.flow) }))
          const present = parts.filter((p) => p.v)
          if (present.length === 0) continue
          out.push({
            reporter,
            partner,
            year,
            flow: request.flow,
            valueUsd: addUsd(present.map((p) => p.v!.valueUsd)),
            estimated: present.some((p) => p.v!.estimated),
            sources: [...new Set(present.flatMap((p) => p.v!.sources))],
            members: present.map((p) => p.m),
            missing: parts.filter((p) => !p.v).map((p) => p.m),
          })
        } else {
          const v = bilateral(best, reporter, partner, year, request.flow)
          if (v) out.push({ reporter, partner, ...v })
        }
      }
    }
  }
  return out
}

/** Year-on-year growth in percent, only between consecutive years that both have a figure. */
export function yearOnYear(points: { year: number; value: number }[]): { year: number; growth: number }[] {
  const byYear = new Map(points.map((p) => [p.year, p.value]))
  return points
    .filter((p) => byYear.has(p.year - 1) && byYear.get(p.year - 1)! > 0)
    .map((p) => ({ year: p.year, growth: (p.value / byYear.get(p.year - 1)! - 1) * 100 }))
}

/** CAGR = (last / first)^(1 / (lastYear − firstYear)) − 1, over the first and last years with a figure. */
export function cagr(points: { year: number; value: number }[]): { from: number; to: number; rate: number } | null {
  const sorted = [...points].filter((p) => p.value > 0).sort((a, b) => a.year - b.year)
  if (sorted.length < 2) return null
  const first = sorted[0]
  const last = sorted[sorted.length - 1]
  if (last.year === first.year) return null
  return { from: first.year, to: last.year, rate: (Math.pow(last.value / first.value, 1 / (last.year - first.year)) - 1) * 100 }
}
