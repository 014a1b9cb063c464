import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDatabase } from '../../lib/db/seed'
import { importTradeFile, TradeImportError } from '../../lib/curation/trade-import/import'
import { runImport } from '../../lib/curation/run-import'
import { addUsd } from '../../lib/transforms/trade'
import { availableTargets, createTestDatabase, type TestDatabase } from '../support/databases'

const FIXTURES = path.join(process.cwd(), 'tests', 'fixtures', 'trade')
// The shipped IMF DOTS figures (generated from the IMF's extract by npm run data:trade-dots).
const SHIPPED_DOTS = path.join(process.cwd(), 'prisma', 'data', 'trade', 'imf-dots.csv')
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name))

// The IMF figures every fixture carries (Kazakhstan with China and World, 2018–2020), in US$.
const EXPECTED: Record<string, string> = {
  'CHN|2018|export': '6239960230',
  'CHN|2018|import': '5380665452',
  'CHN|2019|export': '7823406348',
  'CHN|2019|import': '6566470673',
  'CHN|2020|export': '9004006953',
  'CHN|2020|import': '6346496276',
  'WLD|2018|export': '60653910310',
  'WLD|2018|import': '32270603138',
  'WLD|2019|export': '57676727675',
  'WLD|2019|import': '38419023129',
  'WLD|2020|export': '46926834907',
  'WLD|2020|import': '38142889390',
}

describe.each(await availableTargets())('trade import on %s', (target) => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await createTestDatabase(target)
    // parties and sources, without any trade rows, so each layout starts from nothing
    await seedDatabase(db.sql)
    await db.sql.exec('DELETE FROM trade_flow')
  })
  afterAll(async () => db?.close())

  const stored = async (source: string) => {
    const rows = await db.sql.query<{ partner_code: string; year: number; flow: string; value_usd: string }>(
      `SELECT partner_code, year, flow::text, value_usd::text FROM trade_flow WHERE reporter_code = 'KAZ' AND source_id = $1`,
      [source],
    )
    return Object.fromEntries(rows.map((r) => [`${r.partner_code}|${r.year}|${r.flow}`, r.value_usd.replace(/\.00$/, '')]))
  }
  const count = async () => (await db.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM trade_flow'))[0].n

  it.each([
    ['imf-timeseries.csv', 'imf-timeseries', 'imf-dots', { 'indicator TBG_USD is not TXG_FOB_USD or TMG_CIF_USD': 1 }, {}],
    ['imf-panel.csv', 'imf-panel', 'imf-dots', { 'period "2020M01" is not a year (only annual figures are imported)': 1 }, {}],
    ['imf-extract.csv', 'imf-extract', 'imf-dots', {}, {}],
    [
      'imf-imts-sdmx.csv',
      'imf-imts-sdmx',
      'imf-imts',
      {
        'period "2020-M01" (frequency M) is not a year (only annual figures are imported)': 1,
        'indicator TBG_USD is not XG_FOB_USD or MG_CIF_USD': 1,
        'counterpart is an IMF country group, not a country or the World': 1,
      },
      {},
    ],
    ['forum-atlas.csv', 'forum-atlas', 'imf-dots', {}, {}],
    [
      'comtrade-legacy.csv',
      'comtrade-legacy',
      'un-comtrade',
      { 'commodity 27 is not TOTAL': 1, 'trade flow 3 is not 1 (import) or 2 (export)': 1 },
      { 'partner CHL is not a party of the dataset': 1 },
    ],
    ['comtrade-plus.csv', 'comtrade-plus', 'un-comtrade', { 'mode of transport 1000 / customs C00 is a breakdown, not the total': 1 }, {}],
  ])('imports %s (%s) to the same US$ values, and a second import changes nothing', async (file, layout, source, skipped, rejected) => {
    await db.sql.exec('DELETE FROM trade_flow')
    const first = await importTradeFile(db.sql, fixture(file), { file })
    expect(first.layout).toBe(layout)
    expect(first).toMatchObject({ figures: 12, inserted: 12, updated: 0, unchanged: 0, skipped, rejected })
    expect(await stored(source)).toEqual(EXPECTED)
    const again = await importTradeFile(db.sql, fixture(file), { file })
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 12 })
    expect(await count()).toBe(12)
  })

  it('marks IMF estimates from the Status rows of a timeSeries file', async () => {
    await db.sql.exec('DELETE FROM trade_flow')
    await importTradeFile(db.sql, fixture('imf-timeseries.csv'), { file: 'imf-timeseries.csv' })
    const [row] = await db.sql.query<{ estimated: boolean }>(`SELECT estimated FROM trade_flow WHERE partner_code = 'CHN' AND year = 2020 AND flow = 'export'`)
    expect(row.estimated).toBe(true)
  })

  it('marks IMF estimates from OBS_STATUS E in an IMTS SDMX-CSV file', async () => {
    await db.sql.exec('DELETE FROM trade_flow')
    await importTradeFile(db.sql, fixture('imf-imts-sdmx.csv'), { file: 'imf-imts-sdmx.csv' })
    const rows = await db.sql.query<{ year: number; estimated: boolean }>(
      `SELECT year, estimated FROM trade_flow WHERE partner_code = 'CHN' AND flow = 'export' ORDER BY year`,
    )
    expect(rows).toEqual([
      { year: 2018, estimated: false },
      { year: 2019, estimated: false },
      { year: 2020, estimated: true },
    ])
  })

  it('refuses an IMTS row whose UNIT_MULT is not a power of ten or whose value is not a number, naming line and field', async () => {
    const before = await count()
    const header = 'STRUCTURE,STRUCTURE_ID,ACTION,COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIME_PERIOD,OBS_VALUE,UNIT_MULT\n'
    const file =
      header + 'dataflow,IMF.STA:IMTS(1.0.0),I,KAZ,XG_FOB_USD,CHN,A,2021,12.5,millions\ndataflow,IMF.STA:IMTS(1.0.0),I,KAZ,XG_FOB_USD,CHN,A,2022,-3,6\n'
    const error = await importTradeFile(db.sql, new TextEncoder().encode(file), { file: 'imts.csv' }).catch((e) => e)
    expect(error).toBeInstanceOf(TradeImportError)
    expect(error.message).toMatch(/imts\.csv:2: UNIT_MULT: "millions" is not a power of ten/)
    expect(error.message).toMatch(/imts\.csv:3: OBS_VALUE: "-3" is not a non-negative number/)
    expect(await count()).toBe(before)
  })

  it('refuses a file with an unknown country name, naming the line, and writes nothing', async () => {
    const before = await count()
    const error = await importTradeFile(db.sql, fixture('unknown-country.csv'), { file: 'unknown-country.csv' }).catch((e) => e)
    expect(error).toBeInstanceOf(TradeImportError)
    expect(error.message).toMatch(/unknown-country\.csv:3: partner: unknown country "Atlantis"/)
    expect(await count()).toBe(before)
  })

  it('refuses a malformed number and an unknown header, naming line and field', async () => {
    const before = await count()
    await expect(importTradeFile(db.sql, fixture('bad-number.csv'), { file: 'bad-number.csv' })).rejects.toThrow(
      /bad-number\.csv:3: value_usd: "-5" is not a non-negative number/,
    )
    await expect(importTradeFile(db.sql, Buffer.from('a,b,c\n1,2,3\n'), { file: 'x.csv' })).rejects.toThrow(/x\.csv:1: header: not a known trade layout/)
    expect(await count()).toBe(before)
  })

  it('refuses out-of-range values and years, naming line and field, before any arithmetic (a 182-byte file froze the server)', async () => {
    const before = await count()
    const HEADER = 'reporter_code,partner_code,year,flow,value_usd,estimated,note,source_id'
    for (const [row, message] of [
      ['KAZ,CHN,2019,export,1e10000000,false,,imf-dots', /x\.csv:2: value_usd: "1e10000000" is out of range/],
      ['KAZ,CHN,2019,export,1e1000,false,,imf-dots', /x\.csv:2: value_usd: "1e1000" is out of range/],
      ['KAZ,CHN,2019,export,1e30,false,,imf-dots', /x\.csv:2: value_usd: "1e30" is out of range/],
      ['KAZ,CHN,2019,export,12345678901234567890123,false,,imf-dots', /x\.csv:2: value_usd: "12345678901234567890123" is out of range/],
      ['KAZ,CHN,2019,export,1e-5,false,,imf-dots', /x\.csv:2: value_usd: "1e-5" rounds to 0\.00 US\$/],
      ['KAZ,CHN,2999,export,5,false,,imf-dots', /x\.csv:2: year: 2999 is out of range/],
      ['KAZ,CHN,0000,export,5,false,,imf-dots', /x\.csv:2: year: 0 is out of range/],
      ['KAZ,CHN,1899,export,5,false,,imf-dots', /x\.csv:2: year: 1899 is out of range/],
    ] as const) {
      await expect(importTradeFile(db.sql, Buffer.from(`${HEADER}\n${row}\n`), { file: 'x.csv' }), row).rejects.toThrow(message)
    }
    expect(await count()).toBe(before)
  })

  it('accepts every party code of the dataset, as the app’s own trade file writes them (EU, CA5)', async () => {
    const HEADER = 'reporter_code,partner_code,year,flow,value_usd,estimated,note,source_id'
    const result = await importTradeFile(db.sql, Buffer.from(`${HEADER}\nKAZ,EU,2019,export,5,false,,imf-dots\nCHN,CA5,2019,total,7,false,,imf-dots\n`), {
      file: 'x.csv',
      dryRun: true,
    })
    expect(result).toMatchObject({ inserted: 2 })
  })

  it('writes an import and its audit entry in one transaction: when the audit entry fails, no row stays', async () => {
    const [{ id: curatorId }] = await db.sql.query<{ id: number }>(
      `INSERT INTO curator (email, password_hash) VALUES ('importer@example.org', 'x') ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email RETURNING id`,
    )
    const before = await count()
    const file = Buffer.from('reporter_code,partner_code,year,flow,value_usd,estimated,note,source_id\nKAZ,CHN,1999,export,12345,false,,imf-dots\n')
    // a NUL in the comment: PostgreSQL refuses it in text, after the rows were written
    await expect(runImport(db.sql, { content: file, name: 'nul.csv', kind: 'trade' }, { curatorId, comment: 'a\u0000b', dryRun: false })).rejects.toThrow()
    expect(await count()).toBe(before)
    const audits = await db.sql.query(`SELECT 1 FROM audit_entry WHERE entity_id = 'nul.csv'`)
    expect(audits).toHaveLength(0)
  })

  it('previews without writing or moving the data version (a preview must not hold up other writes)', async () => {
    const version = async () => (await db.sql.query<{ version: string }>('SELECT version::text FROM data_version'))[0].version
    const v0 = await version()
    const file = Buffer.from(
      'reporter_code,partner_code,year,flow,value_usd,estimated,note,source_id\nKAZ,CHN,1998,export,777,false,,imf-dots\nKAZ,CHN,1997,export,778,false,,imf-dots\n',
    )
    const summary = await importTradeFile(db.sql, file, { file: 'p.csv', dryRun: true })
    expect(summary).toMatchObject({ figures: 2, inserted: 2, updated: 0 })
    expect(await version()).toBe(v0)
  })

  it('updates a changed figure and says so; a dry run writes nothing', async () => {
    await db.sql.exec('DELETE FROM trade_flow')
    await importTradeFile(db.sql, fixture('forum-atlas.csv'), { file: 'a.csv' })
    const changed = fixture('forum-atlas.csv').toString().replace('KAZ,CHN,2018,export,6239960230', 'KAZ,CHN,2018,export,6239960231')
    const dry = await importTradeFile(db.sql, Buffer.from(changed), { file: 'b.csv', dryRun: true })
    expect(dry).toMatchObject({ updated: 1, unchanged: 11 })
    expect((await stored('imf-dots'))['CHN|2018|export']).toBe('6239960230')
    const real = await importTradeFile(db.sql, Buffer.from(changed), { file: 'b.csv' })
    expect(real).toMatchObject({ updated: 1, unchanged: 11 })
    expect((await stored('imf-dots'))['CHN|2018|export']).toBe('6239960231')
  })

  it('imports the whole shipped IMF DOTS file and reproduces its totals', async () => {
    await db.sql.exec('DELETE FROM trade_flow')
    const summary = await importTradeFile(db.sql, readFileSync(SHIPPED_DOTS), { file: 'imf-dots.csv' })
    const source = parse(readFileSync(SHIPPED_DOTS), { columns: true }) as Record<string, string>[]
    expect(summary.layout).toBe('forum-atlas')
    expect(summary.linesRead).toBe(source.length)
    expect(summary.rejected).toEqual({})
    expect(summary.figures).toBe(source.length)
    // total of every figure, exactly, against the file's own numbers
    const [{ total }] = await db.sql.query<{ total: string }>(`SELECT sum(value_usd)::text AS total FROM trade_flow WHERE source_id = 'imf-dots'`)
    const expected = addUsd(source.map((r) => r.value_usd))
    expect(total.replace(/\.00$/, '').replace(/(\.\d)0$/, '$1')).toBe(expected)
    // and one reporter-year against the source rows
    const [{ kaz }] = await db.sql.query<{ kaz: string }>(
      `SELECT sum(value_usd)::text AS kaz FROM trade_flow WHERE reporter_code = 'KAZ' AND year = 2019 AND flow = 'export' AND partner_code <> 'WLD'`,
    )
    const kazExpected = addUsd(
      source.filter((r) => r.reporter_code === 'KAZ' && r.year === '2019' && r.flow === 'export' && r.partner_code !== 'WLD').map((r) => r.value_usd),
    )
    expect(kaz.replace(/\.00$/, '').replace(/(\.\d)0$/, '$1')).toBe(kazExpected)
  })
})
