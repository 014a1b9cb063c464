import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDatabase } from '../../lib/db/seed'
import { importTradeFile, TradeImportError } from '../../lib/curation/trade-import/import'
import { LAYOUTS } from '../../lib/curation/trade-import/layouts'
import { availableTargets, createTestDatabase, type TestDatabase } from '../support/databases'

/**
 * Thousands of generated malformed trade files: the importer either imports the file whole or
 * refuses it naming line and field; it never crashes and never leaves part of a file behind.
 */

const HEADERS = [
  'reporter_code,partner_code,year,flow,value_usd,estimated,note,source_id',
  'reporter,reporter_iso3,partner,partner_iso3,year,flow,value_usd_millions,estimated_flag,source_file',
  'Country Name,Country Code,Counterpart Country Name,Counterpart Country Code,Time Period,TXG_FOB_USD,TMG_CIF_USD',
  'Classification,Year,Period,Period Desc.,Aggregate Level,Is Leaf Code,Trade Flow Code,Trade Flow,Reporter Code,Reporter,Reporter ISO,Partner Code,Partner,Partner ISO,Commodity Code,Commodity,Qty Unit Code,Qty Unit,Qty,Netweight (kg),Trade Value (US$),Flag',
]
const cell = fc.oneof(
  fc.constantFrom(
    'KAZ',
    'CHN',
    'WLD',
    'Atlantis',
    'Kazakhstan, Rep. of',
    'World',
    'export',
    'import',
    'exports_fob',
    'TOTAL',
    '2',
    '1',
    '2019',
    '20x9',
    '',
    '-5',
    '1e3',
    '12.5',
    'true',
    'imf-dots',
    'nope',
    '"',
    '\r',
    '=cmd',
  ),
  fc.string({ maxLength: 12 }),
)
const file = fc.record({
  header: fc.oneof(fc.constantFrom(...HEADERS), fc.string({ maxLength: 40 })),
  rows: fc.array(fc.array(cell, { minLength: 0, maxLength: 24 }), { maxLength: 8 }),
  crlf: fc.boolean(),
})
const toCsv = (cells: string[]) => cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')

describe.each(await availableTargets())('trade import under generated files on %s', (target) => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await createTestDatabase(target)
    await seedDatabase(db.sql)
  })
  afterAll(async () => db?.close())

  it('imports whole files or refuses them naming line and field, never partly', async () => {
    const count = async () => (await db.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM trade_flow'))[0].n
    expect(LAYOUTS.length).toBeGreaterThan(4)
    await fc.assert(
      fc.asyncProperty(file, async ({ header, rows, crlf }) => {
        const eol = crlf ? '\r\n' : '\n'
        const text = [header, ...rows.map(toCsv)].join(eol)
        const before = await count()
        try {
          const summary = await importTradeFile(db.sql, Buffer.from(text), { file: 'generated.csv', dryRun: true })
          expect(summary.figures).toBe(summary.inserted + summary.updated + summary.unchanged)
        } catch (error) {
          expect(error).toBeInstanceOf(TradeImportError)
          const e = error as TradeImportError
          expect(e.problems.length).toBeGreaterThan(0)
          for (const p of e.problems) {
            expect(p.line).toBeGreaterThanOrEqual(1)
            expect(p.field.length).toBeGreaterThan(0)
          }
          expect(e.message).toMatch(/^generated\.csv: nothing imported/)
        }
        expect(await count()).toBe(before)
      }),
      { numRuns: target === 'pglite' ? 1000 : 1000 },
    )
  })
})
