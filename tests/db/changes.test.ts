import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDatabase } from '../../lib/db/seed'
import { ParamError } from '../../lib/params'
import { queryChanges } from '../../lib/queries/changes'
import { listMemberships } from '../../lib/queries/memberships'
import { changesBetween } from '../../lib/transforms/changes'
import { availableTargets, createTestDatabase, type TestDatabase } from '../support/databases'

/** /changes reads only the intervals a window needs: it must list what the whole record gives, on both databases. */
describe.each(await availableTargets())('changes between two days on %s', (target) => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await createTestDatabase(target)
    await seedDatabase(db.sql)
  })
  afterAll(async () => db?.close())

  const key = (c: { day: string; kind: string; partyCode: string; forumCode: string }) => `${c.day} ${c.kind} ${c.partyCode} ${c.forumCode}`

  it('lists what the whole record gives, for windows of every size and filters', async () => {
    const all = await listMemberships({}, db.prisma)
    const windows: [string, string, { forum?: string; party?: string }][] = [
      ['1991-01-01', '2026-12-01', {}],
      ['2014-01-01', '2016-01-01', {}],
      ['2012-06-01', '2013-06-01', { party: 'UZB' }],
      ['2000-01-01', '2025-12-31', { forum: 'SCO' }],
      ['2017-06-08', '2017-06-09', { forum: 'SCO' }],
      ['2024-01-01', '2026-12-01', { forum: 'BRICS' }],
    ]
    for (const [from, to, filter] of windows) {
      const view = await queryChanges({ from, to, ...filter }, db.prisma)
      const whole = changesBetween(
        all.filter((i) => (!filter.forum || i.forumCode === filter.forum) && (!filter.party || i.partyCode === filter.party)),
        from,
        to,
      )
      expect(view.changes.map(key), `${from}..${to} ${JSON.stringify(filter)}`).toEqual(whole.map(key))
    }
    const sco = await queryChanges({ from: '2017-06-08', to: '2017-06-09', forum: 'SCO' }, db.prisma)
    expect(sco.changes.map((c) => [c.partyCode, c.kind, c.previousStatus, c.status])).toEqual([
      ['IND', 'status-changed', 'observer', 'member'],
      ['PAK', 'status-changed', 'observer', 'member'],
    ])
  })

  it('fills in the defaults and refuses a second day before the first, and unknown codes, naming the parameter', async () => {
    const view = await queryChanges({ to: '2020-02-29' }, db.prisma)
    expect([view.from, view.to]).toEqual(['2019-02-28', '2020-02-29'])
    await expect(queryChanges({ from: '2020-01-01', to: '2019-01-01' }, db.prisma)).rejects.toThrow(new ParamError('to', 'must not be before from'))
    await expect(queryChanges({ forum: 'NOPE' }, db.prisma)).rejects.toMatchObject({ parameter: 'forum' })
    await expect(queryChanges({ party: 'XXX' }, db.prisma)).rejects.toMatchObject({ parameter: 'party' })
  })
})
