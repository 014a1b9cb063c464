import 'server-only'
import { csvLine } from '../downloads/csv'
import { getReader } from '../db/connection'
import { TRADE_EXPORT_COLUMNS, tradeExportRow, type StoredTradeRow } from '../downloads/trade-export'

/**
 * Every trade figure as CSV, streamed: keyset pages of 5,000 rows by id, each written as soon as it
 * is read, so memory stays flat however large the table (no OFFSET, no whole result in memory).
 */
export function streamAllTrade(pageSize = 5000): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  let lastId = 0
  let started = false
  // Every page from the one server the first page was read from (a replica, when there are some).
  let reader: ReturnType<typeof getReader> | undefined
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true
        controller.enqueue(encoder.encode(csvLine(TRADE_EXPORT_COLUMNS)))
      }
      const { sql } = await (reader ??= getReader())
      const rows = await sql.query<StoredTradeRow & { id: number }>(
        `SELECT id, reporter_code, partner_code, year, flow::text AS flow, value_usd::text AS value_usd, estimated, source_id
         FROM trade_flow WHERE id > $1 ORDER BY id LIMIT $2`,
        [lastId, pageSize],
      )
      if (rows.length === 0) return controller.close()
      lastId = rows[rows.length - 1].id
      let chunk = ''
      for (const r of rows) chunk += csvLine(tradeExportRow(r))
      controller.enqueue(encoder.encode(chunk))
    },
  })
}
