import { canonicalDecimal } from '../trade/units'

/** /api/export/trade.csv: every stored trade figure, one row each (streamed by lib/queries/trade-export.ts). */
export const TRADE_EXPORT_COLUMNS = ['reporter_code', 'partner_code', 'year', 'flow', 'value_usd', 'estimated', 'source'] as const

export interface StoredTradeRow {
  reporter_code: string
  partner_code: string
  year: number
  flow: string
  value_usd: string
  estimated: boolean
  source_id: string
}

export function tradeExportRow(r: StoredTradeRow) {
  return [r.reporter_code, r.partner_code, r.year, r.flow, canonicalDecimal(r.value_usd), r.estimated, r.source_id]
}
