import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDataset } from '../../lib/dataset/load'
import { countsOf, seedDatabase, SeedRefusedError, assertSeedable } from '../../lib/db/seed'
import { listMemberships } from '../../lib/queries/memberships'
import { availableTargets, createTestDatabase, type TestDatabase } from '../support/databases'

const TABLES = ['source', 'party', 'forum', 'membership', 'event', 'event_attendance', 'trade_flow']

describe.each(await availableTargets())('the shipped dataset on %s', (target) => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await createTestDatabase(target)
    await seedDatabase(db.sql)
  })
  afterAll(async () => db?.close())

  // A fingerprint of every row of every table (ids excluded: serial ids are not facts).
  const fingerprint = async () => {
    const out: Record<string, string> = {}
    for (const table of TABLES) {
      const [row] = await db.sql.query<{ n: number; md5: string }>(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(r, E'\\n' ORDER BY r), '')) AS md5
         FROM (SELECT (to_jsonb(t) - 'id')::text AS r FROM "${table}" t) x`,
      )
      out[table] = `${row.n}:${row.md5}`
    }
    return out
  }

  it('loads every row of prisma/data', async () => {
    const expected = countsOf(loadDataset())
    const n = async (table: string) => (await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`))[0].n
    expect(await n('source')).toBe(expected.sources)
    expect(await n('party')).toBe(expected.parties)
    expect(await n('forum')).toBe(expected.forums)
    expect(await n('membership')).toBe(expected.memberships)
    expect(await n('event')).toBe(expected.events)
    expect(await n('event_attendance')).toBe(expected.attendance)
    expect(await n('trade_flow')).toBe(expected.trade)
  })

  it('is idempotent: seeding again leaves exactly the same rows', async () => {
    const before = await fingerprint()
    await seedDatabase(db.sql)
    expect(await fingerprint()).toEqual(before)
  })

  it('answers as-of queries across a status change: India in SCO before and after 9 June 2017', async () => {
    const on = async (asOf: string) => (await listMemberships({ asOf, forums: ['SCO'], parties: ['IND'] }, db.prisma)).map((m) => m.status)
    expect(await on('2005-07-04')).toEqual([])
    expect(await on('2017-06-08')).toEqual(['observer'])
    expect(await on('2017-06-09')).toEqual(['member'])
    expect(await on('2025-01-01')).toEqual(['member'])
  })

  it('answers as-of queries for a party that left and came back: Uzbekistan in CSTO', async () => {
    const on = async (asOf: string) => (await listMemberships({ asOf, forums: ['CSTO'], parties: ['UZB'] }, db.prisma)).map((m) => m.status)
    expect(await on('1998-01-01')).toEqual(['member'])
    expect(await on('2003-01-01')).toEqual([])
    expect(await on('2008-01-01')).toEqual(['member'])
    // suspended participation from its note of 28 Jun 2012, membership suspended by the Council on
    // 19 Dec 2012, never restored or ended (TASS): suspended, not gone
    expect(await on('2012-09-01')).toEqual(['suspended'])
    expect(await on('2015-01-01')).toEqual(['suspended'])
  })

  it('loads applications and the summits that decided accessions', async () => {
    const [armenia] = await db.sql.query<{ sought_status: string; applied: string }>(
      `SELECT sought_status::text, applied::text FROM application WHERE party_code = 'ARM' AND forum_code = 'SCO'`,
    )
    expect(armenia).toMatchObject({ sought_status: 'member', applied: '2025-07-01' })
    const [iran] = await db.sql.query<{ decided_at_event: string; start_date: string }>(
      `SELECT m.decided_at_event, e.start_date::text FROM membership m JOIN event e ON e.id = m.decided_at_event WHERE m.party_code = 'IRN' AND m.forum_code = 'SCO' AND m.status = 'member'`,
    )
    expect(iran.start_date).toBe('2023-07-04')
  })

  it('lists SCO members on a date exactly', async () => {
    const members = (await listMemberships({ asOf: '2024-07-05', forums: ['SCO'] }, db.prisma))
      .filter((m) => m.status === 'member')
      .map((m) => m.partyCode)
      .sort()
    expect(members).toEqual(['BLR', 'CHN', 'IND', 'IRN', 'KAZ', 'KGZ', 'PAK', 'RUS', 'TJK', 'UZB'])
  })

  it('gives every membership, event, attendance and trade figure an existing source', async () => {
    for (const table of ['membership', 'event', 'trade_flow', 'forum']) {
      const [{ n }] = await db.sql.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "${table}" t LEFT JOIN source s ON s.id = t.source_id WHERE s.id IS NULL`,
      )
      expect(n, `${table} rows without a source`).toBe(0)
    }
    const [{ n }] = await db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM event_attendance a JOIN event e ON e.id = a.event_id
       LEFT JOIN source s ON s.id = coalesce(a.source_id, e.source_id) WHERE s.id IS NULL`,
    )
    expect(n).toBe(0)
  })

  it('gives every cited source an address, except the seed documents and printed works it names', async () => {
    // Printed works cited as print (a copy on a file-sharing host is not citable): named here one by one.
    const printed = ['cb-maley-afghan-wars']
    const rows = await db.sql.query<{ id: string }>(`SELECT id FROM source WHERE (url IS NULL OR url = '') AND kind NOT IN ('seed') ORDER BY id`)
    expect(rows.map((r) => r.id)).toEqual(printed)
  })
})

describe('seeding a remote database', () => {
  it('is refused unless forced', () => {
    expect(() => assertSeedable('postgres://u@db.example.org:5432/x')).toThrow(SeedRefusedError)
    expect(() => assertSeedable('postgres://u@db.example.org:5432/x')).toThrow(/--force/)
    expect(() => assertSeedable('postgres://u@db.example.org:5432/x', true)).not.toThrow()
    expect(() => assertSeedable('postgres://u@127.0.0.1:5432/x')).not.toThrow()
    expect(() => assertSeedable(undefined)).not.toThrow()
  })
})
