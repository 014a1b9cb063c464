import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  addMembership,
  addMembershipInput,
  changeStatus,
  changeStatusInput,
  CurationError,
  editMembership,
  editMembershipInput,
  endMembership,
  endMembershipInput,
  parseInput,
  revertChange,
} from '../../lib/curation/memberships'
import { availableTargets, createTestDatabase, type TestDatabase } from '../support/databases'

/** A source, Armenia, the CSTO and a curator: what the curation tests edit. Returns the curator's id. */
async function curationFixture(db: TestDatabase): Promise<number> {
  await db.sql.exec(`
    INSERT INTO source (id, title, kind, url) VALUES ('s', 'A source', 'official', 'https://example.org');
    INSERT INTO party (code, name, short_name, kind, region) VALUES ('ARM', 'Armenia', 'Armenia', 'state', 'South Caucasus');
    INSERT INTO forum (code, name, short_name, kind, founded, founded_precision, description, source_id)
      VALUES ('CSTO', 'Collective Security Treaty Organization', 'CSTO', 'treaty_organization', '1992-05-15', 'day', 'x', 's');
    INSERT INTO curator (email, password_hash) VALUES ('c@example.org', 'x');`)
  return (await db.sql.query<{ id: number }>('SELECT id FROM curator'))[0].id
}

describe.each(await availableTargets())('curating memberships on %s', (target) => {
  let db: TestDatabase
  let curator: number
  beforeAll(async () => {
    db = await createTestDatabase(target)
    curator = await curationFixture(db)
  })
  afterAll(async () => db?.close())

  const rows = () =>
    db.sql.query<{ id: number; status: string; valid_from: string; valid_to: string | null }>(
      `SELECT id, status::text, to_char(valid_from, 'YYYY-MM-DD') AS valid_from, to_char(valid_to, 'YYYY-MM-DD') AS valid_to FROM membership ORDER BY valid_from`,
    )
  const audits = () =>
    db.sql.query<{ id: number; action: string; comment: string; revert_of_id: number | null }>(
      'SELECT id, action, comment, revert_of_id FROM audit_entry ORDER BY id',
    )
  const add = (over: Record<string, string> = {}) =>
    addMembership(
      db.sql,
      curator,
      parseInput(addMembershipInput, {
        partyCode: 'arm',
        forumCode: 'CSTO',
        status: 'member',
        validFrom: '1992-05-15',
        sourceId: 's',
        comment: 'Tashkent treaty',
        ...over,
      }),
    )

  it('adds an interval with its audit entry', async () => {
    const row = await add()
    expect(row).toMatchObject({ party_code: 'ARM', status: 'member', valid_from: '1992-05-15', valid_to: null })
    expect((await audits()).map((a) => [a.action, a.comment])).toEqual([['create', 'Tashkent treaty']])
  })

  it('refuses an overlapping interval with a sentence naming the field, writing nothing', async () => {
    const error = await add({ validFrom: '2000-01-01' }).catch((e) => e)
    expect(error).toBeInstanceOf(CurationError)
    expect(error.field).toBe('validFrom')
    expect(error.message).toMatch(/ARM already has an interval in CSTO that overlaps/)
    expect(await rows()).toHaveLength(1)
    expect(await audits()).toHaveLength(1)
  })

  it('refuses missing comments and bad dates before touching the database', () => {
    expect(() =>
      parseInput(addMembershipInput, { partyCode: 'ARM', forumCode: 'CSTO', status: 'member', validFrom: '2020-02-30', sourceId: 's', comment: 'x y z' }),
    ).toThrow(/validFrom: is not a real calendar date/)
    expect(() => parseInput(endMembershipInput, { validTo: '2020-01-01', comment: ' ' })).toThrow(/comment: say why/)
    // the range a shared link accepts (lib/domain/day.ts): a curator cannot save a date the URL parser refuses
    expect(() =>
      parseInput(addMembershipInput, { partyCode: 'ARM', forumCode: 'CSTO', status: 'member', validFrom: '1850-01-01', sourceId: 's', comment: 'x y z' }),
    ).toThrow(/validFrom: must be between 1900-01-01 and 2100-12-31/)
  })

  it('changes a status in one transaction: the old interval ends the day before, the new one opens', async () => {
    const [current] = await rows()
    await changeStatus(
      db.sql,
      curator,
      current.id,
      parseInput(changeStatusInput, { status: 'suspended', from: '2024-02-22', sourceId: 's', comment: 'frozen participation' }),
    )
    expect((await rows()).map((r) => [r.status, r.valid_from, r.valid_to])).toEqual([
      ['member', '1992-05-15', '2024-02-21'],
      ['suspended', '2024-02-22', null],
    ])
    expect((await audits()).map((a) => a.action)).toEqual(['create', 'update', 'create'])
    await expect(
      changeStatus(db.sql, curator, current.id, parseInput(changeStatusInput, { status: 'observer', from: '2030-01-01', sourceId: 's', comment: 'outside' })),
    ).rejects.toThrow(/ended on 2024-02-21/)
  })

  it('reverts single changes and records the reverts; a change whose row moved on is refused', async () => {
    const [, update, create] = await audits()
    await endMembership(db.sql, curator, (await rows())[1].id, parseInput(endMembershipInput, { validTo: '2025-01-01', comment: 'later edit' }))
    await expect(revertChange(db.sql, curator, create.id, { comment: 'too early' })).rejects.toThrow(/changed after change/)
    const later = (await audits()).at(-1)!
    await revertChange(db.sql, curator, later.id, { comment: 'undo the later edit first' })
    await revertChange(db.sql, curator, create.id, { comment: 'not yet official' })
    expect((await rows()).map((r) => r.status)).toEqual(['member'])
    await revertChange(db.sql, curator, update.id, { comment: 'back to open-ended' })
    expect((await rows()).map((r) => [r.status, r.valid_to])).toEqual([['member', null]])
    await expect(revertChange(db.sql, curator, create.id, { comment: 'again' })).rejects.toThrow(/already reverted/)
    const all = await audits()
    expect(all.filter((a) => a.action === 'revert').map((a) => a.revert_of_id)).toEqual([later.id, create.id, update.id])
  })

  it('ends an interval and explains a reversed range', async () => {
    const [row] = await rows()
    await expect(endMembership(db.sql, curator, row.id, parseInput(endMembershipInput, { validTo: '1990-01-01', comment: 'typo test' }))).rejects.toThrow(
      /end date is before the start date/,
    )
    const ended = await endMembership(db.sql, curator, row.id, parseInput(endMembershipInput, { validTo: '2030-01-01', comment: 'planned exit' }))
    expect(ended.valid_to).toBe('2030-01-01')
  })

  it('corrects an interval’s dates, note and source, and the correction reverts', async () => {
    const [row] = await rows()
    const edited = await editMembership(
      db.sql,
      curator,
      row.id,
      parseInput(editMembershipInput, { validFrom: '1992-05-16', validTo: '2030-01-01', note: 'corrected', sourceId: 's', comment: 'fix the start date' }),
    )
    expect(edited).toMatchObject({ valid_from: '1992-05-16', note: 'corrected' })
    const [entry] = (await audits()).slice(-1)
    await revertChange(db.sql, curator, entry.id, { comment: 'undo' })
    expect((await rows())[0]).toMatchObject({ valid_from: '1992-05-15', valid_to: '2030-01-01' })
  })
})

// Simultaneous writes need a server with several connections: PostgreSQL (PGlite has one).
describe.skipIf(!(await availableTargets()).includes('postgres'))('simultaneous curation on postgres', () => {
  let db: TestDatabase
  let curator: number
  beforeAll(async () => {
    db = await createTestDatabase('postgres')
    curator = await curationFixture(db)
  })
  afterAll(async () => db?.close())

  it('loses no update: two simultaneous edits of one interval each record what they really changed', async () => {
    const row = await addMembership(
      db.sql,
      curator,
      parseInput(addMembershipInput, { partyCode: 'ARM', forumCode: 'CSTO', status: 'member', validFrom: '1992-05-15', sourceId: 's', comment: 'treaty' }),
    )
    const edit = (note: string) =>
      editMembership(
        db.sql,
        curator,
        row.id,
        parseInput(editMembershipInput, { validFrom: '1992-05-15', validFromPrecision: 'day', note, sourceId: 's', comment: `note ${note}` }),
      )
    await Promise.all([edit('first'), edit('second')])
    const updates = await db.sql.query<{ before: { note: string | null }; after: { note: string } }>(
      `SELECT before, after FROM audit_entry WHERE action = 'update' ORDER BY id`,
    )
    expect(updates).toHaveLength(2)
    // the second saw the first's result, not the row both started from
    expect(updates[1].before.note).toBe(updates[0].after.note)
    expect(updates[0].before.note).toBeNull()
  })

  it('keeps the audit trail a chain under generated bursts of simultaneous edits (property)', async () => {
    const fc = (await import('fast-check')).default
    await db.sql.exec(
      `INSERT INTO party (code, name, short_name, kind, region) VALUES ('GEO', 'Georgia', 'Georgia', 'state', 'South Caucasus') ON CONFLICT DO NOTHING`,
    )
    const row = await addMembership(
      db.sql,
      curator,
      parseInput(addMembershipInput, {
        partyCode: 'GEO',
        forumCode: 'CSTO',
        status: 'member',
        validFrom: '1980-01-01',
        sourceId: 's',
        comment: 'property base',
      }),
    )
    let cases = 0
    let edits = 0
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.string({ minLength: 1, maxLength: 12 }).filter((t) => !t.includes('\u0000') && t.trim().length > 0),
          { minLength: 2, maxLength: 6 },
        ),
        async (notes) => {
          cases++
          edits += notes.length
          const [{ last }] = await db.sql.query<{ last: number }>('SELECT coalesce(max(id), 0) AS last FROM audit_entry')
          await Promise.all(
            notes.map((note) =>
              editMembership(
                db.sql,
                curator,
                row.id,
                parseInput(editMembershipInput, {
                  validFrom: '1980-01-01',
                  validFromPrecision: 'day',
                  validTo: '1980-12-31',
                  validToPrecision: 'day',
                  note,
                  sourceId: 's',
                  comment: `burst ${note}`,
                }),
              ),
            ),
          )
          const chain = await db.sql.query<{ before: { note: string | null }; after: { note: string | null } }>(
            `SELECT before, after FROM audit_entry WHERE id > $1 AND action = 'update' ORDER BY id`,
            [last],
          )
          expect(chain).toHaveLength(notes.length)
          for (let i = 1; i < chain.length; i++) expect(chain[i].before.note).toBe(chain[i - 1].after.note)
          const [now] = await db.sql.query<{ note: string | null }>('SELECT note FROM membership WHERE id = $1', [row.id])
          expect(now.note).toBe(chain.at(-1)!.after.note)
        },
      ),
      { numRuns: 25 },
    )
    console.log(`generated concurrent edits: ${cases} cases, ${edits} simultaneous edits, every audit chain unbroken`)
  }, 120_000)

  it('reverts a change at most once, however many reverts arrive at once', async () => {
    const [last] = await db.sql.query<{ id: number }>(`SELECT id FROM audit_entry ORDER BY id DESC LIMIT 1`)
    const results = await Promise.allSettled(Array.from({ length: 4 }, (_, i) => revertChange(db.sql, curator, last.id, { comment: `revert ${i}` })))
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    for (const r of results.filter((x) => x.status === 'rejected')) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(CurationError)
    const reverts = await db.sql.query(`SELECT id FROM audit_entry WHERE revert_of_id = $1`, [last.id])
    expect(reverts).toHaveLength(1)
  })
})
