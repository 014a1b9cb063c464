import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addMembership, addMembershipInput, changeStatus, changeStatusInput, parseInput, revertChange } from '../../lib/curation/memberships'
import { listCorrections } from '../../lib/queries/corrections'
import { availableTargets, createTestDatabase, type TestDatabase } from '../support/databases'

/** The public corrections list reads the audit trail the curation layer writes, on both databases, and never who wrote it. */
describe.each(await availableTargets())('public corrections on %s', (target) => {
  let db: TestDatabase
  let curator: number
  beforeAll(async () => {
    db = await createTestDatabase(target)
    await db.sql.exec(`
      INSERT INTO source (id, title, kind, url) VALUES ('s', 'A source', 'official', 'https://example.org');
      INSERT INTO party (code, name, short_name, kind, region) VALUES ('ARM', 'Armenia', 'Armenia', 'state', 'South Caucasus');
      INSERT INTO forum (code, name, short_name, kind, founded, founded_precision, description, source_id)
        VALUES ('CSTO', 'Collective Security Treaty Organization', 'CSTO', 'treaty_organization', '1992-05-15', 'day', 'x', 's');
      INSERT INTO curator (email, password_hash) VALUES ('jane.curator@example.org', 'x');`)
    curator = (await db.sql.query<{ id: number }>('SELECT id FROM curator'))[0].id
  })
  afterAll(async () => db?.close())

  it('lists each curated change, newest first: what, old → new, when and why, without the curator', async () => {
    expect(await listCorrections(db.prisma)).toEqual([])
    const row = await addMembership(
      db.sql,
      curator,
      parseInput(addMembershipInput, {
        partyCode: 'ARM',
        forumCode: 'CSTO',
        status: 'member',
        validFrom: '1992-05-15',
        sourceId: 's',
        comment: 'Tashkent treaty',
      }),
    )
    await changeStatus(
      db.sql,
      curator,
      row.id,
      parseInput(changeStatusInput, { status: 'suspended', from: '2024-02-23', sourceId: 's', comment: 'participation frozen' }),
    )
    const [ended, added] = (await listCorrections(db.prisma)).slice(1)
    expect(added).toMatchObject({ action: 'create', what: `ARM in CSTO (membership interval ${row.id})`, why: 'Tashkent treaty', revertedBy: null })
    expect(added.changes).toEqual(expect.arrayContaining([{ field: 'status', before: null, after: 'member' }]))
    expect(ended).toMatchObject({
      action: 'update',
      why: 'participation frozen',
      changes: [
        { field: 'valid_to', before: null, after: '2024-02-22' },
        { field: 'valid_to_precision', before: null, after: 'day' },
      ],
    })

    const newest = (await listCorrections(db.prisma))[0]
    await revertChange(db.sql, curator, newest.id, { comment: 'too early' })
    const after = await listCorrections(db.prisma)
    expect(after[0]).toMatchObject({ action: 'revert', revertOf: newest.id, why: 'too early' })
    expect(after.find((c) => c.id === newest.id)?.revertedBy).toBe(after[0].id)
    expect(JSON.stringify(after)).not.toMatch(/jane|curator@|example\.org"?,?\s*"?curator/i)
    expect(after.every((c) => !('curator' in c) && !('curatorId' in c))).toBe(true)
  })
})
