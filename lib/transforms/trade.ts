/**
 * Trade series from stored figures. Values are US$ as decimal strings in, numbers out (US$ up to
 * ~1e14 are exact in a double at cent precision well beyond what the charts need; the CSV writes
 * the stored decimal strings). Gaps stay gaps: a year without a figure has no point, never a zero.
 */

export type Flow = 'export' | 'import' | 'total'
export type Measure = 'goods' | 'goods_services'

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
  /** Merchandise, or goods and services; figures of different measures never meet in one series. */
  measure?: Measure
}

export interface TradePoint {
  reporter: string
  /** A party code, WLD, or `forum:SCO` for the forum's members as of each year. */
  partner: string
  year: number
  flow: Flow
  measure: Measure
  /** Exact decimal string in US$. */
  valueUsd: string
  estimated: boolean
  /** A total computed here as exports + imports (not a total its publisher printed). */
  computed?: boolean
  /** Whose statistics: the reporter's own, or (mirror figures) the partner's. Absent = the reporter. */
  reportedBy?: string
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

/** The preferred figure per (reporter, partner, year, flow) of one measure. */
export function preferred(figures: TradeFigure[], measure: Measure = 'goods'): Map<string, TradeFigure> {
  const best = new Map<string, TradeFigure>()
  for (const f of figures) {
    if ((f.measure ?? 'goods') !== measure) continue
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
export function bilateral(
  best: Map<string, TradeFigure>,
  reporter: string,
  partner: string,
  year: number,
  flow: Flow,
  measure: Measure = 'goods',
): Omit<TradePoint, 'partner' | 'reporter'> | null {
  const get = (fl: Flow) => best.get(`${reporter}/${partner}/${year}/${fl}`)
  if (flow !== 'total') {
    const f = get(flow)
    return f ? { year, flow, measure, valueUsd: f.valueUsd, estimated: f.estimated, sources: [f.sourceId] } : null
  }
  const published = get('total')
  if (published) return { year, flow, measure, valueUsd: published.valueUsd, estimated: published.estimated, sources: [published.sourceId] }
  const x = get('export')
  const m = get('import')
  // Exports and imports of one publisher only: a sum across publishers would mix two reports.
  if (!x || !m || x.sourceId !== m.sourceId) return null
  return { year, flow, measure, valueUsd: addUsd([x.valueUsd, m.valueUsd]), estimated: x.estimated || m.estimated, computed: true, sources: [x.sourceId] }
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
 * Here the sum is taken in JavaScript from every partner's figures; the trade view has the
 * database take it (lib/queries/forum-aggregate.ts) and passes its points to `tradeSeriesWith`.
 */
export function tradeSeries(figures: TradeFigure[], request: SeriesRequest, membersOf: (forum: string, year: number) => string[]): TradePoint[] {
  const measures = [...new Set(figures.map((f) => f.measure ?? 'goods'))].sort() as Measure[]
  return measures.flatMap((measure) => {
    const best = preferred(figures, measure)
    return seriesOfMeasure(best, measure, request, (reporter, forum, year) => forumSum(best, measure, request.flow, reporter, forum, year, membersOf))
  })
}

/** The same series, its forum aggregates given (points with partner `forum:CODE`), in the same order. */
export function tradeSeriesWith(figures: TradeFigure[], request: SeriesRequest, aggregates: TradePoint[]): TradePoint[] {
  const byKey = new Map(aggregates.map((p) => [`${p.reporter}|${p.partner}|${p.year}|${p.measure}`, p]))
  const measures = [...new Set([...figures.map((f) => f.measure ?? 'goods'), ...aggregates.map((p) => p.measure)])].sort() as Measure[]
  return measures.flatMap((measure) =>
    seriesOfMeasure(
      preferred(figures, measure),
      measure,
      request,
      (reporter, forum, year) => byKey.get(`${reporter}|forum:${forum}|${year}|${measure}`) ?? null,
    ),
  )
}

function forumSum(
  best: Map<string, TradeFigure>,
  measure: Measure,
  flow: Flow,
  reporter: string,
  forum: string,
  year: number,
  membersOf: (forum: string, year: number) => string[],
): TradePoint | null {
  const members = membersOf(forum, year).filter((m) => m !== reporter)
  const parts = members.map((m) => ({ m, v: bilateral(best, reporter, m, year, flow, measure) }))
  const present = parts.filter((p) => p.v)
  if (present.length === 0) return null
  return {
    reporter,
    partner: `forum:${forum}`,
    year,
    flow,
    measure,
    valueUsd: addUsd(present.map((p) => p.v!.valueUsd)),
    estimated: present.some((p) => p.v!.estimated),
    sources: [...new Set(present.flatMap((p) => p.v!.sources))],
    members: present.map((p) => p.m),
    missing: parts.filter((p) => !p.v).map((p) => p.m),
  }
}

function seriesOfMeasure(
  best: Map<string, TradeFigure>,
  measure: Measure,
  request: SeriesRequest,
  forumPoint: (reporter: string, forum: string, year: number) => TradePoint | null,
): TradePoint[] {
  const out: TradePoint[] = []
  for (const reporter of request.reporters) {
    for (const partner of request.partners) {
      for (let year = request.from; year <= request.to; year++) {
        if (partner.startsWith('forum:')) {
          const p = forumPoint(reporter, partner.slice(6), year)
          if (p) out.push(p)
        } else {
          const v = bilateral(best, reporter, partner, year, request.flow, measure)
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

const MIRROR_FLOW: Record<Flow, Flow> = { export: 'import', import: 'export', total: 'total' }

/**
 * Mirror figures: what each partner reports of its trade with each reporter, told from the
 * reporter's side (the partner's imports from it are its exports, and so on). Only for partners
 * that are parties (not World or a forum's members).
 */
export function mirrorSeries(figures: TradeFigure[], request: SeriesRequest): TradePoint[] {
  const partners = request.partners.filter((p) => p !== 'WLD' && !p.startsWith('forum:'))
  const out: TradePoint[] = []
  for (const reporter of request.reporters) {
    for (const p of tradeSeries(
      figures,
      { reporters: partners, partners: [reporter], flow: MIRROR_FLOW[request.flow], from: request.from, to: request.to },
      () => [],
    )) {
      out.push({ ...p, reporter, partner: p.reporter, flow: request.flow, reportedBy: p.reporter })
    }
  }
  return out
}

/** The gap between what the reporter and the partner report, in percent of the reporter's figure. */
export function mirrorGap(own: number, mirror: number): number | null {
  return own > 0 ? ((mirror - own) / own) * 100 : null
}

/** The IMF's trade statistics (DOTS, IMTS) are one family of sources, their ids starting with this; every other is national statistics or customs. */
export const IMF_SOURCE_PREFIX = 'imf-'

export function isImfSource(sourceId: string): boolean {
  return sourceId.startsWith(IMF_SOURCE_PREFIX)
}
