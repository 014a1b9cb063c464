import { describe, expect, it } from 'vitest'
import { fieldChanges, publicCorrection, type AuditFacts } from './corrections'

const entry = (over: Partial<AuditFacts>): AuditFacts => ({
  id: 7,
  at: '2026-12-03T10:15:00.000Z',
  action: 'update',
  entity: 'membership',
  entityId: '42',
  partyCode: 'GEO',
  forumCode: 'SPECA',
  before: null,
  after: null,
  comment: 'the source says 2001',
  revertOfId: null,
  revertedById: null,
  ...over,
})

describe('public corrections', () => {
  it('lists the fields that changed, old → new, leaving out the key and unchanged fields', () => {
    expect(
      fieldChanges(
        { id: 42, party_code: 'GEO', status: 'member', valid_from: '2000-01-01', note: null },
        { id: 42, party_code: 'GEO', status: 'member', valid_from: '2001-09-28', note: 'no later than' },
      ),
    ).toEqual([
      { field: 'valid_from', before: '2000-01-01', after: '2001-09-28' },
      { field: 'note', before: null, after: 'no later than' },
    ])
    // A record added: every field it has, from nothing.
    expect(fieldChanges(null, { id: 1, status: 'applicant', note: '' })).toEqual([{ field: 'status', before: null, after: 'applicant' }])
  })

  it('says what, when and why, and nothing of who: an import loses its file name', () => {
    const update = publicCorrection(
      entry({
        before: { id: 42, party_code: 'GEO', forum_code: 'SPECA', status: 'observer' },
        after: { id: 42, party_code: 'GEO', forum_code: 'SPECA', status: 'member' },
      }),
    )
    expect(update).toMatchObject({
      what: 'GEO in SPECA (membership interval 42)',
      why: 'the source says 2001',
      changes: [{ field: 'status', before: 'observer', after: 'member' }],
    })
    const imported = publicCorrection(
      entry({
        action: 'import',
        entity: 'trade_flow',
        entityId: 'jane-doe-figures.csv',
        partyCode: null,
        forumCode: null,
        after: { file: 'jane-doe-figures.csv', figures: 12, inserted: 1, updated: 2, unchanged: 9 },
      }),
    )
    expect(imported).toMatchObject({ what: 'trade figures', entityId: '', summary: '12 figures: 1 added, 2 changed, 9 unchanged', changes: [] })
    expect(JSON.stringify(imported)).not.toMatch(/jane/)
    expect(publicCorrection(entry({ entity: 'source', entityId: 'seed-001', partyCode: null, forumCode: null })).what).toBe('source seed-001')
  })
})
