import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importMemberships } from '../../lib/curation/import-memberships'
import { TradeImportError } from '../../lib/curation/trade-import/import'
import { availableTargets, createTestDatabase, type TestDatabase } from '../support/databases'

const HEADER = 'party_code,forum_code,status,valid_from,from_precision,valid_to,to_precision,note,source_id'

describe.each(await availableTargets())('importing a memberships file on %s', (target) => {
  let db: TestDatabase
  let curatorId: number
  beforeAll(async () => {
    db = await createTestDatabase(target)
    await db.sql.exec(`
      INSERT INTO source (id, title, kind, url) VALUES ('s', 'A source', 'official', 'https://example.org');
      INSERT INTO party (code, name, short_name, kind, region) VALUES ('ARM', 'Armenia', 'Armenia', 'state', 'South Caucasus'), ('KAZ', 'Kazakhstan', 'Kazakhstan', 'state', 'Central Asia');
      INSERT INTO forum (code, name, short_name, kind, founded, founded_precision, description, source_id) VALUES ('CSTO', 'CSTO', 'CSTO', 'treaty_organization', '1992-05-15', 'day', 'x', 's');
      INSERT INTO curator (email, password_hash) VALUES ('c@example.org', 'x');
      INSERT INTO membership (party_code, forum_code, status, valid_from, valid_from_precision, source_id) VALUES ('ARM', 'CSTO', 'member', '1992-05-15', 'day', 's');`)
    curatorId = (await db.sql.query<{ id: number }>('SELECT id FROM curator'))[0].id
  })
  afterAll(async () => db?.close())

  const file = (...rows: string[]) => Buffer.from([HEADER, ...rows].join('\n'))
  const state = async () => ({
    memberships: (await db.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM membership'))[0].n,
    audit: (await db.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_entry'))[0].n,
  })
  const content = file(
    'ARM,CSTO,member,1992-05-15,day,2024-02-21,day,,s',
    'ARM,CSTO,suspended,2024-02-22,day,,,frozen,s',
    'KAZ,CSTO,member,1992-05-15,day,,,,s',
  )

  it('previews added, ended and unchanged rows without writing anything', async () => {
    const before = await state()
    const preview = await importMemberships(db.sql, content, { file: 'm.csv', curatorId, comment: 'preview', dryRun: true })
    expect(preview).toMatchObject({ rows: 3, added: 2, ended: 1, changed: 0, unchanged: 0 })
    expect(preview.changes.map((c) => `${c.line} ${c.kind} ${c.party}`)).toEqual(['2 ended ARM', '3 added ARM', '4 added KAZ'])
    expect(await state()).toEqual(before)
  })

  it('commits in one transaction with an audit entry per change; importing again changes nothing', async () => {
    const done = await importMemberships(db.sql, content, { file: 'm.csv', curatorId, comment: 'Armenia froze participation', dryRun: false })
    expect(done).toMatchObject({ added: 2, ended: 1 })
    expect(await state()).toEqual({ memberships: 3, audit: 3 })
    const again = await importMemberships(db.sql, content, { file: 'm.csv', curatorId, comment: 'again', dryRun: false })
    expect(again).toMatchObject({ added: 0, ended: 0, changed: 0, unchanged: 3 })
  })

  it('refuses a file that is not valid CSV with its line, not a crash', async () => {
    const before = await state()
    const error = await importMemberships(db.sql, file('KAZ,CSTO,member,1992-05-15,day,,,"unclosed,s', 'ARM,CSTO,member,1992-05-15,day,,,,s'), {
      file: 'broken.csv',
      curatorId,
      comment: 'x y z',
      dryRun: true,
    }).catch((e) => e)
    expect(error).toBeInstanceOf(TradeImportError)
    expect(error.message).toMatch(/^broken\.csv: nothing imported, 1 problem\(s\):\nbroken\.csv:\d+: file: not valid CSV: Quote Not Closed/)
    expect(await state()).toEqual(before)
  })

  it('refuses the whole file when one row conflicts, naming its line', async () => {
    const before = await state()
    const error = await importMemberships(db.sql, file('KAZ,CSTO,observer,2030-01-01,day,,,,s', 'ARM,CSTO,observer,2025-01-01,day,,,,s'), {
      file: 'bad.csv',
      curatorId,
      comment: 'x y z',
      dryRun: false,
    }).catch((e) => e)
    expect(error).toBeInstanceOf(TradeImportError)
    expect(error.message).toMatch(/bad\.csv:2: validFrom: KAZ already has an interval in CSTO that overlaps/)
    expect(error.message).toMatch(/bad\.csv:3: validFrom: ARM already has an interval/)
    expect(await state()).toEqual(before)
    await expect(
      importMemberships(db.sql, file('ARM,CSTO,friend,2030-01-01,day,,,,s'), { file: 'v.csv', curatorId, comment: 'x y z', dryRun: true }),
    ).rejects.toThrow(/v\.csv:2: status: must be one of/)
  })
})
