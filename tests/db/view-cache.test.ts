import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDatabase } from '../../lib/db/seed'
import { getMatrix, getMatrixWindow } from '../../lib/queries/matrix'
import { getTrade } from '../../lib/queries/trade'
import { getSearchTerms } from '../../lib/queries/names'
import { cachedViewCount, dataVersion } from '../../lib/queries/view-cache'
import { availableTargets, createTestDatabase, type TestDatabase } from '../support/databases'

const DATASET_TABLES = ['source', 'party', 'forum', 'membership', 'application', 'event', 'event_attendance', 'trade_flow', 'localized_name', 'status_term']

describe.each(await availableTargets())('the view cache on %s', (target) => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await createTestDatabase(target)
    await seedDatabase(db.sql)
  })
  afterAll(async () => db?.close())

  it('has a statement trigger moving data_version on every dataset table', async () => {
    const rows = await db.sql.query<{ table: string }>(
      `SELECT c.relname AS table FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname LIKE '%bumps_data_version' ORDER BY 1`,
    )
    expect(rows.map((r) => r.table)).toEqual([...DATASET_TABLES].sort())
  })

  it('moves data_version with any write, by anyone, and not with reads', async () => {
    const before = await dataVersion(db.prisma)
    await db.sql.query('SELECT count(*) FROM membership')
    expect(await dataVersion(db.prisma)).toBe(before)
    await db.sql.query(`UPDATE party SET name = name WHERE code = 'KAZ'`)
    const after = await dataVersion(db.prisma)
    expect(BigInt(after)).toBeGreaterThan(BigInt(before))
    // a statement that touches no row is still a write statement: the version moves (harmless)
    await db.sql.query(`DELETE FROM trade_flow WHERE reporter_code = 'NONE'`)
    expect(BigInt(await dataVersion(db.prisma))).toBeGreaterThan(BigInt(after))
  })

  it('serves the same view again while nothing changed, and a fresh one after a write', async () => {
    const query = { asOf: '2024-03-01', forums: ['CSTO'], parties: ['ARM'], only: '0' as const }
    const first = await getMatrix(query, db.prisma)
    expect(first.rows[0].cells.CSTO?.status).toBe('suspended')
    expect(await getMatrix(query, db.prisma)).toBe(first)
    expect(await getMatrix({ ...query, asOf: '2024-03-02' }, db.prisma)).not.toBe(first)
    expect(cachedViewCount(db.prisma)).toBeGreaterThanOrEqual(2)

    // an edit straight in SQL (not through the app) must show at once
    await db.sql.query(`UPDATE membership SET status = 'member' WHERE party_code = 'ARM' AND forum_code = 'CSTO' AND status = 'suspended'`)
    const fresh = await getMatrix(query, db.prisma)
    expect(fresh).not.toBe(first)
    expect(fresh.rows[0].cells.CSTO?.status).toBe('member')
    await db.sql.query(
      `UPDATE membership SET status = 'suspended' WHERE party_code = 'ARM' AND forum_code = 'CSTO' AND valid_to IS NULL AND status = 'member' AND valid_from = (SELECT max(valid_from) FROM membership WHERE party_code = 'ARM' AND forum_code = 'CSTO')`,
    )
    expect((await getMatrix(query, db.prisma)).rows[0].cells.CSTO?.status).toBe('suspended')
  })

  it('shows a renamed party or forum at once, in the whole matrix and in the window the page shows (the lists are cached apart)', async () => {
    const query = { asOf: '2024-03-01', forums: ['CSTO'], parties: ['ARM'], only: '0' as const }
    const name = async () => [(await getMatrix(query, db.prisma)).rows[0].name, (await getMatrixWindow(query, db.prisma)).rows[0].name]
    const forum = async () => [
      (await getMatrix(query, db.prisma)).columns[0].name,
      (await getMatrixWindow(query, db.prisma)).allForums.find((f) => f.code === 'CSTO')?.name,
    ]
    const [party, treaty] = [(await name())[0], (await forum())[0]]
    await db.sql.query(`UPDATE party SET name = name || ' (renamed)' WHERE code = 'ARM'`)
    await db.sql.query(`UPDATE forum SET name = name || ' (renamed)' WHERE code = 'CSTO'`)
    try {
      expect(await name()).toEqual([`${party} (renamed)`, `${party} (renamed)`])
      expect(await forum()).toEqual([`${treaty} (renamed)`, `${treaty} (renamed)`])
    } finally {
      await db.sql.query(`UPDATE party SET name = $1 WHERE code = 'ARM'`, [party])
      await db.sql.query(`UPDATE forum SET name = $1 WHERE code = 'CSTO'`, [treaty])
    }
    expect(await name()).toEqual([party, party])
  })

  it("keeps the pickers' search terms (read by every page's layout) while nothing changed, and shows a new name at once", async () => {
    const before = cachedViewCount(db.prisma)
    const terms = await getSearchTerms('en', db.prisma)
    expect(terms.SCO).toContain('ШОС')
    expect(cachedViewCount(db.prisma)).toBe(before + 1)
    expect(await getSearchTerms('en', db.prisma)).toEqual(terms)
    expect(cachedViewCount(db.prisma)).toBe(before + 1)
    const [{ name }] = await db.sql.query<{ name: string }>(`SELECT name FROM localized_name WHERE code = 'SCO' AND lang = 'ru'`)
    await db.sql.query(`UPDATE localized_name SET name = name || ' (переименовано)' WHERE code = 'SCO' AND lang = 'ru'`)
    try {
      expect((await getSearchTerms('en', db.prisma)).SCO).toContain(`${name} (переименовано)`)
      expect((await getSearchTerms('ru', db.prisma)).SCO).toContain(`${name} (переименовано)`)
    } finally {
      await db.sql.query(`UPDATE localized_name SET name = $1 WHERE code = 'SCO' AND lang = 'ru'`, [name])
    }
  })

  it('keys on the query: a bad query is refused every time, not cached', async () => {
    await expect(getTrade({ reporters: ['QQQ'] }, db.prisma)).rejects.toThrow(/reporters/)
    await expect(getTrade({ reporters: ['QQQ'] }, db.prisma)).rejects.toThrow(/reporters/)
    const a = await getTrade({ reporters: ['KAZ'], partners: ['CHN'], from: 2010, to: 2012 }, db.prisma)
    const b = await getTrade({ reporters: ['KAZ'], partners: ['RUS'], from: 2010, to: 2012 }, db.prisma)
    expect(a.points.every((p) => p.partner === 'CHN')).toBe(true)
    expect(b.points.every((p) => p.partner === 'RUS')).toBe(true)
  })
})
