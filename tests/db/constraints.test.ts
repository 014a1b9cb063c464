import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { availableTargets, createTestDatabase, type TestDatabase } from '../support/databases'

/** The database itself refuses impossible memberships, whoever writes them. */

describe.each(await availableTargets())('membership constraints on %s', (target) => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await createTestDatabase(target)
    await db.sql.exec(`
      INSERT INTO source (id, title, kind) VALUES ('s', 'A source', 'official');
      INSERT INTO party (code, name, short_name, kind, region) VALUES ('UZB', 'Uzbekistan', 'Uzbekistan', 'state', 'Central Asia'), ('KAZ', 'Kazakhstan', 'Kazakhstan', 'state', 'Central Asia');
      INSERT INTO forum (code, name, short_name, kind, founded, founded_precision, description, source_id)
        VALUES ('CSTO', 'Collective Security Treaty Organization', 'CSTO', 'treaty_organization', '1992-05-15', 'day', 'x', 's');
      INSERT INTO membership (party_code, forum_code, status, valid_from, valid_from_precision, valid_to, valid_to_precision, source_id)
        VALUES ('UZB', 'CSTO', 'member', '1994-04-20', 'day', '1999-04-20', 'day', 's'),
               ('UZB', 'CSTO', 'member', '2006-08-16', 'day', '2012-06-27', 'day', 's');`)
  })
  afterAll(async () => db?.close())

  const insert = (from: string, to: string | null, party = 'UZB') =>
    db.sql.query(
      `INSERT INTO membership (party_code, forum_code, status, valid_from, valid_from_precision, valid_to, valid_to_precision, source_id)
       VALUES ($1, 'CSTO', 'suspended', $2, 'day', $3, $4, 's')`,
      [party, from, to, to ? 'day' : null],
    )
  const count = async () => (await db.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM membership'))[0].n

  it('refuses an interval overlapping another of the same party and forum', async () => {
    await expect(insert('1999-01-01', '2000-01-01')).rejects.toThrow(/membership_no_overlap/)
    await expect(insert('2012-06-27', null)).rejects.toThrow(/membership_no_overlap/) // shares the last day
    await expect(insert('1990-01-01', null)).rejects.toThrow(/membership_no_overlap/) // open-ended over both
    expect(await count()).toBe(2)
  })

  it('accepts an interval that starts the day after the previous one ends, and another party on the same days', async () => {
    await insert('2012-06-28', '2012-12-19')
    await insert('1994-04-20', null, 'KAZ')
    expect(await count()).toBe(4)
  })

  it('refuses an interval that ends before it starts', async () => {
    await expect(insert('2020-01-02', '2020-01-01')).rejects.toThrow(/membership_valid_range/)
  })

  it('refuses a status outside the vocabulary and a membership without a source', async () => {
    await expect(
      db.sql.query(
        `INSERT INTO membership (party_code, forum_code, status, valid_from, valid_from_precision, source_id) VALUES ('UZB', 'CSTO', 'friend', '2030-01-01', 'day', 's')`,
      ),
    ).rejects.toThrow(/membership_status/)
    await expect(
      db.sql.query(
        `INSERT INTO membership (party_code, forum_code, status, valid_from, valid_from_precision, source_id) VALUES ('UZB', 'CSTO', 'member', '2030-01-01', 'day', 'nope')`,
      ),
    ).rejects.toThrow(/membership_source_id_fkey/)
  })

  it('refuses a second trade figure for the same reporter, partner, year, flow and source', async () => {
    await db.sql.exec(`INSERT INTO trade_flow (reporter_code, partner_code, year, flow, value_usd, source_id) VALUES ('KAZ', 'UZB', 2020, 'export', 1, 's')`)
    await expect(
      db.sql.exec(`INSERT INTO trade_flow (reporter_code, partner_code, year, flow, value_usd, source_id) VALUES ('KAZ', 'UZB', 2020, 'export', 2, 's')`),
    ).rejects.toThrow(/trade_flow_reporter_code_partner_code_year_flow_source_id_key/)
  })
})
