import { toCsv } from './csv'
import { cagr, yearOnYear, type TradePoint } from '../transforms/trade'
import type { LocalNames } from '../i18n/names'
import { forumName, partyName } from './local-names'

export const TRADE_CSV_COLUMNS = [
  'reporter_code',
  'partner_code',
  'reported_by',
  'year',
  'flow',
  'measure',
  'value_usd',
  'estimated',
  'total_kind',
  'growth_pct',
  'cagr_pct',
  'source',
]

/** One series: a reporter and a partner, as one publisher reports them, in one measure. */
export const seriesKey = (p: TradePoint) => `${p.reporter}>${p.partner}>${p.reportedBy ?? p.reporter}>${p.measure}`

/**
 * The trade download: exactly the points shown, value in US$ as a plain decimal, with whose
 * statistics they are (reported_by), what they measure, whether a total was published or computed
 * here from exports + imports, the year-on-year growth within the series and its CAGR over the range
 * (as the page shows them), and the source ids.
 */
export function tradeCsv(points: TradePoint[], names: LocalNames | null = null): string {
  const bySeries = new Map<string, TradePoint[]>()
  for (const p of points) bySeries.set(seriesKey(p), [...(bySeries.get(seriesKey(p)) ?? []), p])
  const growth = new Map<string, number>()
  const rate = new Map<string, number | null>()
  for (const [key, list] of bySeries) {
    const values = list.map((p) => ({ year: p.year, value: Number(p.valueUsd) }))
    for (const g of yearOnYear(values)) growth.set(`${key}|${g.year}`, g.growth)
    rate.set(key, cagr(values)?.rate ?? null)
  }
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? '' : v.toFixed(2))
  // With the API's lang=ru: the reporter's and the partner's names (a forum aggregate's: the forum's).
  const partnerName = (code: string) => (code.startsWith('forum:') ? forumName(names!, code.slice(6)) : partyName(names!, code))
  return toCsv(
    names ? [...TRADE_CSV_COLUMNS, `reporter_name_${names.lang}`, `partner_name_${names.lang}`] : TRADE_CSV_COLUMNS,
    points.map((p) => [
      p.reporter,
      p.partner,
      p.reportedBy ?? p.reporter,
      p.year,
      p.flow,
      p.measure,
      p.valueUsd,
      p.estimated ? 'true' : 'false',
      p.flow === 'total' ? (p.computed ? 'computed' : 'published') : '',
      pct(growth.get(`${seriesKey(p)}|${p.year}`)),
      pct(rate.get(seriesKey(p))),
      p.sources.join(' '),
      ...(names ? [partyName(names, p.reporter), partnerName(p.partner)] : []),
    ]),
  )
}
