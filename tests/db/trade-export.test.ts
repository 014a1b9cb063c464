import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDatabase } from '../../lib/db/seed'
import { csvLine } from '../../lib/downloads/csv'
import { TRADE_EXPORT_COLUMNS, tradeExportRow, type StoredTradeRow } from '../../lib/downloads/trade-export'
import { streamAllTrade } from '../../lib/queries/trade-export'
import { availableTargets, createTestDatabase, type TestDatabase } from '../support/databases'

/**
 * /api/export/trade.csv is PostgreSQL's COPY output passed through (issue #22): it must be byte for
 * byte what the app's one CSV writer makes of the same rows, on both databases, across page edges.
 */

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text()
}

describe.each(await availableTargets())('the trade export on %s', (target) => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await createTestDatabase(target)
    await seedDatabase(db.sql)
    // Values whose text PostgreSQL and the writer could disagree on: trailing zeros, zero, a whole
    // number with a scale, the largest value the column holds; an estimated figure.
    await db.sql.exec(`
      INSERT INTO trade_flow (reporter_code, partner_code, year, flow, value_usd, estimated, source_id)
      SELECT 'KAZ', 'WLD', y, 'export', v, e, (SELECT id FROM source ORDER BY id LIMIT 1)
      FROM (VALUES (1901, 1234.50, false), (1902, 100.00, true), (1903, 0, false), (1904, 0.05, false), (1905, 999999999999999999.99, true)) AS t(y, v, e)`)
  })
  afterAll(async () => db?.close())

  const writerCsv = async () => {
    const rows = await db.sql.query<StoredTradeRow>(
      `SELECT reporter_code, partner_code, year, flow::text AS flow, value_usd::text AS value_usd, estimated, source_id FROM trade_flow ORDER BY id`,
    )
    return { rows: rows.length, csv: csvLine(TRADE_EXPORT_COLUMNS) + rows.map((r) => csvLine(tradeExportRow(r))).join('') }
  }

  it('streams the same bytes as the CSV writer, whatever the page size', async () => {
    const expected = await writerCsv()
    expect(expected.rows).toBeGreaterThan(1000)
    expect(expected.csv).toContain('\r\nKAZ,WLD,1901,export,1234.5,false,')
    expect(expected.csv).toContain('\r\nKAZ,WLD,1902,export,100,true,')
    expect(expected.csv).toContain('\r\nKAZ,WLD,1905,export,999999999999999999.99,true,')
    for (const pageSize of [undefined, 997, 13]) {
      const got = await readAll(streamAllTrade(pageSize, async () => db.sql))
      expect(got.length, `page size ${pageSize}`).toBe(expected.csv.length)
      expect(got === expected.csv, `page size ${pageSize}`).toBe(true)
    }
  })

  it('skips the gaps left by deleted rows and writes only the header for an empty table', async () => {
    await db.sql.exec(`DELETE FROM trade_flow WHERE id IN (SELECT id FROM trade_flow ORDER BY id OFFSET 10 LIMIT 500)`)
    const expected = await writerCsv()
    expect(await readAll(streamAllTrade(100, async () => db.sql))).toBe(expected.csv)
    // Pages of one id over a few rows with gaps between them (one statement per id, so few rows).
    await db.sql.exec(`DELETE FROM trade_flow WHERE id NOT IN (SELECT id FROM trade_flow WHERE id % 3 = 0 ORDER BY id LIMIT 40)`)
    const few = await writerCsv()
    expect(few.rows).toBe(40)
    expect(await readAll(streamAllTrade(1, async () => db.sql))).toBe(few.csv)
    await db.sql.exec('DELETE FROM trade_flow')
    expect(await readAll(streamAllTrade(100, async () => db.sql))).toBe(csvLine(TRADE_EXPORT_COLUMNS))
  })

  it('gives the connection back when the reader stops half-way', async () => {
    await seedDatabase(db.sql)
    const reader = streamAllTrade(10, async () => db.sql).getReader()
    await reader.read()
    await reader.read()
    await reader.cancel()
    // The next query on the same pool runs: the abandoned COPY did not leave a connection mid-protocol in it.
    expect((await db.sql.query<{ one: number }>('SELECT 1 AS one'))[0].one).toBe(1)
  })
})
