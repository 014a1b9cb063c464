import 'server-only'
import { csvLine } from '../downloads/csv'
import { getReader } from '../db/connection'
import type { SqlClient } from '../db/sql-client'
import { TRADE_EXPORT_COLUMNS, tradeExportSelect, crlfLines } from '../downloads/trade-export'

/**
 * Every trade figure as CSV, streamed at the speed of the database's own COPY: ranges of ids (one
 * index range scan each), each written by `COPY (…) TO STDOUT WITH (FORMAT csv)` and passed through
 * as it arrives, so memory stays flat however large the table. Parsing 2.4 million rows into objects and writing them again took 3.2 ×
 * the COPY's time (issue #22); PostgreSQL's CSV of these columns is byte for byte what the app's
 * one CSV writer makes of them (codes, numbers, `true`/`false`, slugs: nothing to quote or guard),
 * but for its LF line ends, which `crlfLines` turns into the writer's CRLF. tests/db/trade-export
 * compares the two, byte for byte, on both databases.
 */
export function streamAllTrade(pageSize?: number, database: () => Promise<SqlClient> = async () => (await getReader()).sql): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  let pages: AsyncGenerator<Uint8Array> | undefined
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      pages ??= exportPages(pageSize)
      const next = await pages.next()
      if (next.done) controller.close()
      else controller.enqueue(next.value)
    },
    async cancel() {
      await pages?.return(undefined)
    },
  })

  async function* exportPages(requestedSize: number | undefined): AsyncGenerator<Uint8Array> {
    yield encoder.encode(csvLine(TRADE_EXPORT_COLUMNS))
    // Every page from the one server the first was read from (a replica, when there are some).
    const sql = await database()
    const [bounds] = await sql.query<{ low: number | null; high: number | null }>('SELECT min(id) AS low, max(id) AS high FROM trade_flow')
    if (bounds.low === null || bounds.high === null) return
    // PostgreSQL streams a COPY as it runs: one statement on one connection for the whole range.
    // PGlite hands a COPY's output back whole, so there it goes in pages of 50,000 ids.
    const size = requestedSize ?? (sql.kind === 'pglite' ? 50_000 : Number(bounds.high) - Number(bounds.low) + 1)
    // Rows added after the export began (ids above `high`) are left for the next one.
    for (let from = Number(bounds.low); from <= Number(bounds.high); from += size) {
      const to = Math.min(from + size - 1, Number(bounds.high))
      for await (const chunk of sql.copyCsv(tradeExportSelect(from, to))) yield crlfLines(chunk)
    }
  }
}
