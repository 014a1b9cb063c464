import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CurationError, revertChange } from '../../lib/curation/memberships'
import { getRecord, saveRecord } from '../../lib/curation/records'
import { availableTargets, createTestDatabase, type TestDatabase } from '../support/databases'

describe.each(await availableTargets())('editing forums, parties, sources and events on %s', (target) => {
  let db: TestDatabase
  let curator: number
  beforeAll(async () => {
    db = await createTestDatabase(target)
    await db.sql.exec(`
      INSERT INTO source (id, title, kind, url) VALUES ('s', 'A source', 'official', 'https://example.org');
      INSERT INTO forum (code, name, short_name, kind, founded, founded_precision, description, source_id) VALUES ('CSTO', 'CSTO', 'CSTO', 'treaty_organization', '1992-05-15', 'day', 'old text', 's');
      INSERT INTO curator (email, password_hash) VALUES ('c@example.org', 'x');`)
    curator = (await db.sql.query<{ id: number }>('SELECT id FROM curator'))[0].id
  })
  afterAll(async () => db?.close())

  const forum = {
    code: 'CSTO',
    name: 'Collective Security Treaty Organization',
    short_name: 'CSTO',
    kind: 'treaty_organization',
    founded: '1992-05-15',
    founded_precision: 'day',
    dissolved: '',
    dissolved_precision: '',
    predecessor_code: '',
    headquarters: 'Moscow',
    description: 'new text',
    source_id: 's',
  }
  const lastAudit = async () =>
    (
      await db.sql.query<{ id: number; entity: string; action: string; forum_code: string | null }>(
        'SELECT id, entity, action, forum_code FROM audit_entry ORDER BY id DESC LIMIT 1',
      )
    )[0]

  it('edits a forum with the dataset’s validation, audits it, and reverts it', async () => {
    const saved = await saveRecord(db.sql, curator, 'forum', forum, 'better description', 'CSTO')
    expect(saved).toMatchObject({ description: 'new text', headquarters: 'Moscow', dissolved: null })
    const entry = await lastAudit()
    expect(entry).toMatchObject({ entity: 'forum', action: 'update', forum_code: 'CSTO' })
    await revertChange(db.sql, curator, entry.id, { comment: 'undo' })
    expect(await getRecord(db.sql, 'forum', 'CSTO')).toMatchObject({ description: 'old text', headquarters: null })
  })

  it('adds a party and an event; refuses bad fields, duplicates and unknown references by name', async () => {
    await saveRecord(db.sql, curator, 'party', { code: 'XKX', name: 'Kosovo', short_name: 'Kosovo', kind: 'territory', region: 'Europe' }, 'new party')
    await expect(
      saveRecord(db.sql, curator, 'party', { code: 'XKX', name: 'Kosovo', short_name: 'Kosovo', kind: 'territory', region: 'Europe' }, 'again'),
    ).rejects.toThrow(/already exists/)
    await expect(saveRecord(db.sql, curator, 'party', { code: 'ZZZ', name: 'Z', short_name: 'Z', kind: 'planet', region: 'Europe' }, 'bad')).rejects.toThrow(
      CurationError,
    )
    await expect(saveRecord(db.sql, curator, 'forum', { ...forum, founded: '1992-13-01' }, 'bad', 'CSTO')).rejects.toThrow(
      /founded: must be a date|founded: is not a real/,
    )
    await expect(
      saveRecord(
        db.sql,
        curator,
        'event',
        {
          id: 'e1',
          forum_code: 'NOPE',
          kind: 'summit',
          start_date: '2020-01-01',
          end_date: '',
          date_precision: 'day',
          place: '',
          title: 'T',
          note: '',
          source_id: 's',
        },
        'bad ref',
      ),
    ).rejects.toThrow(/event forum code does not exist/)
    const entry = await lastAudit()
    expect(entry).toMatchObject({ entity: 'party', action: 'create' })
    await revertChange(db.sql, curator, entry.id, { comment: 'not a party after all' })
    expect(await getRecord(db.sql, 'party', 'XKX')).toBeNull()
  })
})

describe('record entities', () => {
  it('are the four kinds of record only, not names of Object.prototype (/admin/records?entity=toString answered 500)', async () => {
    const { isRecordEntity } = await import('../../lib/curation/records')
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) expect(isRecordEntity(name), name).toBe(false)
    for (const name of ['party', 'forum', 'source', 'event']) expect(isRecordEntity(name), name).toBe(true)
  })
})

describe('row ids from an address or a form', () => {
  it('are positive PostgreSQL integers; anything else names no row and never reaches the database', async () => {
    const { isRowId } = await import('../../lib/curation/memberships')
    for (const id of [Number('99999999999999999999'), Number('abc'), 0, -1, 2 ** 31, 1.5]) expect(isRowId(id), String(id)).toBe(false)
    expect(isRowId(1)).toBe(true)
    expect(isRowId(2 ** 31 - 1)).toBe(true)
  })
})
