import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDatabase } from '../../lib/db/seed'
import { ParamError } from '../../lib/params'
import { FEED_SIZE, queryChanges, queryChangesFeed } from '../../lib/queries/changes'
import { listApplications } from '../../lib/queries/applications'
import { listEvents } from '../../lib/queries/events'
import { listMemberships } from '../../lib/queries/memberships'
import { changeAnchor, changesBetween, type DatedChange } from '../../lib/transforms/changes'
import { availableTargets, createTestDatabase, type TestDatabase } from '../support/databases'

/** /changes reads only the rows a window needs: it must list what the whole record gives, on both databases. */
describe.each(await availableTargets())('changes between two days on %s', (target) => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await createTestDatabase(target)
    await seedDatabase(db.sql)
  })
  afterAll(async () => db?.close())

  const key = (c: DatedChange) => `${changeAnchor(c)} ${c.previousStatus}→${c.status} ${c.role ?? ''} ${c.source.id}`

  /** The same question answered from the whole record, read without any window. */
  async function fromWholeRecord(from: string, to: string, filter: { forum?: string; party?: string }) {
    const [intervals, applications, events] = await Promise.all([listMemberships({}, db.prisma), listApplications({}, db.prisma), listEvents({}, db.prisma)])
    const mine = <T extends { forumCode: string | null; partyCode?: string }>(rows: T[]) =>
      rows.filter((r) => (!filter.forum || r.forumCode === filter.forum) && (!filter.party || r.partyCode === undefined || r.partyCode === filter.party))
    return changesBetween({ intervals: mine(intervals), applications: mine(applications), events: mine(events) }, from, to, filter.party ?? null)
  }

  it('lists what the whole record gives, for windows of every size and filters', async () => {
    const windows: [string, string, { forum?: string; party?: string }][] = [
      ['1991-01-01', '2026-12-01', {}],
      ['2014-01-01', '2016-01-01', {}],
      ['2012-06-01', '2013-06-01', { party: 'UZB' }],
      ['2000-01-01', '2025-12-31', { forum: 'SCO' }],
      ['2017-06-08', '2017-06-09', { forum: 'SCO' }],
      ['2024-01-01', '2026-12-01', { forum: 'BRICS' }],
      ['2020-01-01', '2025-12-31', { party: 'KAZ' }],
      ['2010-01-01', '2024-12-31', { forum: 'SCO', party: 'IND' }],
    ]
    for (const [from, to, filter] of windows) {
      const view = await queryChanges({ from, to, ...filter }, db.prisma)
      const whole = await fromWholeRecord(from, to, filter)
      expect(view.changes.map(key), `${from}..${to} ${JSON.stringify(filter)}`).toEqual(whole.map(key))
    }
    const sco = await queryChanges({ from: '2017-06-08', to: '2017-06-09', forum: 'SCO', kind: 'membership' }, db.prisma)
    expect(sco.changes.map((c) => [c.partyCode, c.kind, c.previousStatus, c.status])).toEqual([
      ['IND', 'status-changed', 'observer', 'member'],
      ['PAK', 'status-changed', 'observer', 'member'],
    ])
  })

  it('lists applications and summits beside the membership changes, and the kind filter keeps one family', async () => {
    // #21 done-when: Iran's SCO membership (4 Jul 2023) and Belarus's (4 Jul 2024).
    const view = await queryChanges({ from: '2023-01-01', to: '2025-12-31', forum: 'SCO' }, db.prisma)
    const joined = view.changes.filter((c) => c.kind === 'status-changed' || c.kind === 'joined').map((c) => `${c.day} ${c.partyCode} ${c.status}`)
    expect(joined).toEqual(expect.arrayContaining(['2023-07-04 IRN member', '2024-07-04 BLR member']))
    // Armenia applied for SCO membership in July 2025 (month precision), as a dialogue partner.
    expect(view.changes.find((c) => c.kind === 'applied' && c.partyCode === 'ARM')).toMatchObject({
      day: '2025-07-01',
      precision: 'month',
      previousStatus: 'partner',
      status: 'member',
    })
    const summits = view.changes.filter((c) => c.kind === 'summit')
    expect(summits.length).toBeGreaterThan(0)
    expect(summits.every((c) => c.partyCode === null && c.event && c.forumCode === 'SCO')).toBe(true)
    // On 4 Jul 2024 the Astana summit comes before Belarus's accession it decided.
    const astana = view.changes.filter((c) => c.day === '2024-07-04').map((c) => c.kind)
    expect(astana[0]).toBe('summit')

    const onlyApplications = await queryChanges({ from: '2023-01-01', to: '2025-12-31', forum: 'SCO', kind: 'application' }, db.prisma)
    expect(onlyApplications.changes.map(key)).toEqual(view.changes.filter((c) => c.kind === 'applied').map(key))
    const onlySummits = await queryChanges({ from: '2023-01-01', to: '2025-12-31', forum: 'SCO', kind: 'summit' }, db.prisma)
    expect(onlySummits.changes.map(key)).toEqual(summits.map(key))

    // A party filter keeps the summits the party attended, with its role.
    const kaz = await queryChanges({ from: '2020-01-01', to: '2025-12-31', party: 'KAZ', kind: 'summit' }, db.prisma)
    expect(kaz.changes.length).toBeGreaterThan(0)
    expect(kaz.changes.every((c) => c.partyCode === 'KAZ' && c.role !== null)).toBe(true)
    expect(kaz.changes.some((c) => c.role === 'host')).toBe(true)
  })

  it('gives the feed the newest changes up to today, newest first, as the windowed view does', async () => {
    const today = '2026-06-30'
    const feed = await queryChangesFeed({ forum: 'SCO' }, db.prisma, today)
    expect(feed.changes).toHaveLength(FEED_SIZE)
    expect(feed.changes.every((c) => c.day <= today)).toBe(true)
    const all = await fromWholeRecord('0001-01-01', today, { forum: 'SCO' })
    expect(feed.changes.map(key)).toEqual(all.reverse().slice(0, FEED_SIZE).map(key))
    // Few changes: the window widens to the whole record.
    const few = await queryChangesFeed({ forum: 'SCO', party: 'IND', kind: 'membership' }, db.prisma, today)
    expect(few.changes.map((c) => `${c.day} ${c.kind}`)).toEqual(['2017-06-09 status-changed', '2005-07-05 joined'])
  })

  it('fills in the defaults and refuses a second day before the first, and unknown codes, naming the parameter', async () => {
    const view = await queryChanges({ to: '2020-02-29' }, db.prisma)
    expect([view.from, view.to]).toEqual(['2019-02-28', '2020-02-29'])
    await expect(queryChanges({ from: '2020-01-01', to: '2019-01-01' }, db.prisma)).rejects.toThrow(new ParamError('to', 'must not be before from'))
    await expect(queryChanges({ forum: 'NOPE' }, db.prisma)).rejects.toMatchObject({ parameter: 'forum' })
    await expect(queryChanges({ party: 'XXX' }, db.prisma)).rejects.toMatchObject({ parameter: 'party' })
    await expect(queryChangesFeed({ party: 'XXX' }, db.prisma)).rejects.toMatchObject({ parameter: 'party' })
  })
})
