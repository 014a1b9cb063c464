import { toCsv } from './csv'
import type { TradePoint } from './transforms/trade'

export const TRADE_CSV_COLUMNS = ['reporter_code', 'partner_code', 'year', 'flow', 'value_usd', 'source']

/** The trade download: exactly the points shown, value in US$ as a plain decimal, source ids. */
export function tradeCsv(points: TradePoint[]): string {
  return toCsv(TRADE_CSV_COLUMNS, points.map((p) => [p.reporter, p.partner, p.year, p.flow, p.valueUsd, p.sources.join(' ')]))
}
