import { canonicalDecimal } from '../trade/units'

/** /api/export/trade.csv: every stored trade figure, one row each (streamed by lib/queries/trade-export.ts). */
export const TRADE_EXPORT_COLUMNS = ['reporter_code', 'partner_code', 'year', 'flow', 'value_usd', 'estimated', 'source'] as const

/**
 * The export's rows with ids from `from` to `to`, in id order, as the cells the CSV writer would
 * write (`tradeExportRow`): `trim_scale` is `canonicalDecimal`, a boolean's text is `true`/`false`.
 * The bounds are inlined (COPY takes no parameters), so they must be integers.
 */
export function tradeExportSelect(from: number, to: number): string {
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to)) throw new Error(`trade export: ids must be integers (${from}, ${to})`)
  return `SELECT reporter_code, partner_code, year, flow::text, trim_scale(value_usd)::text, estimated::text, source_id
    FROM trade_flow WHERE id BETWEEN ${from} AND ${to} ORDER BY id`
}

export interface StoredTradeRow {
  reporter_code: string
  partner_code: string
  year: number
  flow: string
  value_usd: string
  estimated: boolean
  source_id: string
}

/** One row as the app's CSV writer writes it: the definition the COPY output is checked against. */
export function tradeExportRow(r: StoredTradeRow) {
  return [r.reporter_code, r.partner_code, r.year, r.flow, canonicalDecimal(r.value_usd), r.estimated, r.source_id]
}

/**
 * PostgreSQL's CSV ends lines with LF; the app's writer (RFC 4180) with CRLF. As latin1 every byte
 * is one character and back, whatever the bytes, so the swap is three native passes over the chunk
 * (a chunk is at most one COPY page of a few MB, far below a string's length limit). The 109 MB of
 * the full export pass through here: a search and a copy per line (7 million calls into C++) cost
 * twice the CPU.
 */
export function crlfLines(chunk: Uint8Array): Uint8Array {
  const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
  if (!bytes.includes(0x0a)) return chunk
  return Buffer.from(bytes.toString('latin1').replaceAll('\n', '\r\n'), 'latin1')
}
