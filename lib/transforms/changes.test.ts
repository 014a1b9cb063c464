import { describe, expect, it } from 'vitest'
import type { MembershipInterval } from '../domain/types'
import type { MembershipStatus } from '../domain/vocabulary'
import { changeAnchor, changesBetween, countChanges, ofFamily, type ApplicationFact, type EventFact } from './changes'

const source = { id: 's', title: 'S', publisher: null, url: null, published: null, kind: 'official' }
let id = 0
const iv = (partyCode: string, forumCode: string, status: MembershipStatus, validFrom: string, validTo: string | null, toPrecision: 'day' | 'year' = 'day') =>
  ({
    id: ++id,
    partyCode,
    partyName: `${partyCode} name`,
    forumCode,
    forumName: `${forumCode} name`,
    status,
    validFrom,
    validFromPrecision: 'day',
    validTo,
    validToPrecision: validTo ? toPrecision : null,
    note: null,
    source,
    decidedAt: null,
  }) as MembershipInterval

const intervals = [
  // India: observer, then member of SCO from 9 Jun 2017 (a change of status, not an accession).
  iv('IND', 'SCO', 'observer', '2005-07-05', '2017-06-08'),
  iv('IND', 'SCO', 'member', '2017-06-09', null),
  // Uzbekistan left CSTO after 2012 (known to the year); its GUAM run is another forum.
  iv('UZB', 'CSTO', 'member', '2006-08-16', '2012-12-31', 'year'),
  iv('UZB', 'GUAM', 'member', '1999-04-24', '2005-05-05'),
  // Armenia joins EAEU on 2 Jan 2015.
  iv('ARM', 'EAEU', 'member', '2015-01-02', null),
  // A suspension of the same status again is no change.
  iv('KGZ', 'X', 'member', '2000-01-01', '2009-12-31'),
  iv('KGZ', 'X', 'member', '2010-01-01', null),
]

describe('changesBetween', () => {
  it('lists the changes after the first day and up to the second, oldest first, each with its kind and statuses', () => {
    const changes = changesBetween(intervals, '2012-01-01', '2017-12-31')
    expect(changes.map((c) => [c.day, c.kind, c.partyCode, c.forumCode, c.previousStatus, c.status, c.precision])).toEqual([
      ['2013-01-01', 'left', 'UZB', 'CSTO', 'member', null, 'year'],
      ['2015-01-02', 'joined', 'ARM', 'EAEU', null, 'member', 'day'],
      ['2017-06-09', 'status-changed', 'IND', 'SCO', 'observer', 'member', 'day'],
    ])
    expect(countChanges(changes)).toEqual({ joined: 1, 'status-changed': 1, left: 1, applied: 0, summit: 0 })
  })

  it('leaves out a change on the first day (it is part of that day’s standing) and keeps one on the second', () => {
    expect(changesBetween(intervals, '2015-01-02', '2015-12-31')).toEqual([])
    expect(changesBetween(intervals, '2015-01-01', '2015-01-02').map((c) => c.partyCode)).toEqual(['ARM'])
  })

  it('keeps forums apart: a departure from one forum is not a change of status in another', () => {
    const changes = changesBetween(intervals, '2005-01-01', '2006-12-31')
    expect(changes.map((c) => [c.day, c.kind, c.forumCode])).toEqual([
      ['2005-05-06', 'left', 'GUAM'],
      ['2005-07-05', 'joined', 'SCO'],
      ['2006-08-16', 'joined', 'CSTO'],
    ])
  })

  it('does not count the same status starting again as a change', () => {
    expect(changesBetween(intervals, '2009-06-01', '2010-06-01')).toEqual([])
  })
})

const application = (partyCode: string, forumCode: string, soughtStatus: MembershipStatus, applied: string): ApplicationFact => ({
  partyCode,
  partyName: `${partyCode} name`,
  forumCode,
  forumName: `${forumCode} name`,
  soughtStatus,
  applied,
  appliedPrecision: 'month',
  note: null,
  source,
})

const event = (id: string, forumCode: string | null, kind: string, startDate: string, attendees: [string, string][]): EventFact => ({
  id,
  forumCode,
  forumName: forumCode ? `${forumCode} name` : null,
  kind,
  startDate,
  endDate: null,
  datePrecision: 'day',
  place: 'Astana, Kazakhstan',
  title: `${id} title`,
  note: null,
  source,
  attendees: attendees.map(([partyCode, role]) => ({ partyCode, partyName: `${partyCode} name`, role })),
})

describe('changesBetween with applications and summits', () => {
  const record = {
    intervals,
    applications: [application('IND', 'SCO', 'member', '2014-09-01'), application('ARM', 'EAEU', 'observer', '2013-01-01')],
    events: [
      event('sco-2017', 'SCO', 'summit', '2017-06-09', [
        ['KAZ', 'host'],
        ['IND', 'participant'],
      ]),
      event('sco-min-2017', 'SCO', 'ministerial', '2017-04-21', [['IND', 'participant']]),
      event('visit-2017', null, 'meeting', '2017-05-01', [['IND', 'host']]),
      event('c5-2016', 'C5', 'meeting', '2016-08-06', [['KGZ', 'host']]),
    ],
  }

  it('dates an application, with the status held the day before it and the status sought', () => {
    const changes = changesBetween(record, '2013-06-01', '2015-01-01')
    expect(changes.map((c) => [c.day, c.kind, c.partyCode, c.previousStatus, c.status, c.precision])).toEqual([
      ['2014-09-01', 'applied', 'IND', 'observer', 'member', 'month'],
    ])
    // Armenia applied with no status in the EAEU yet (its membership starts later).
    expect(changesBetween(record, '2012-12-31', '2013-01-01').find((c) => c.kind === 'applied')).toMatchObject({
      kind: 'applied',
      previousStatus: null,
      status: 'observer',
    })
  })

  it("lists a forum's summits and meetings (not its ministerials, nor events of no forum), the summit first on its day", () => {
    const changes = changesBetween(record, '2016-01-01', '2017-12-31')
    expect(changes.map((c) => [c.day, c.kind, c.forumCode, c.partyCode, c.event?.id ?? null])).toEqual([
      ['2016-08-06', 'summit', 'C5', null, 'c5-2016'],
      ['2017-06-09', 'summit', 'SCO', null, 'sco-2017'],
      ['2017-06-09', 'status-changed', 'SCO', 'IND', null],
    ])
    expect(changes[1].event).toMatchObject({ title: 'sco-2017 title', place: 'Astana, Kazakhstan', hosts: [{ code: 'KAZ', name: 'KAZ name' }] })
    expect(countChanges(changes)).toMatchObject({ summit: 2, 'status-changed': 1 })
  })

  it('keeps, for a party, the summits it attended, with its role', () => {
    const india = changesBetween(
      { ...record, intervals: intervals.filter((i) => i.partyCode === 'IND'), applications: record.applications.filter((a) => a.partyCode === 'IND') },
      '2016-01-01',
      '2017-12-31',
      'IND',
    )
    expect(india.map((c) => [c.kind, c.partyCode, c.role])).toEqual([
      ['summit', 'IND', 'participant'],
      ['status-changed', 'IND', null],
    ])
  })

  it('filters by family, and gives every change a distinct anchor', () => {
    const all = changesBetween(record, '1990-01-01', '2030-01-01')
    expect(new Set(ofFamily(all, 'summit').map((c) => c.kind))).toEqual(new Set(['summit']))
    expect(new Set(ofFamily(all, 'membership').map((c) => c.kind))).toEqual(new Set(['joined', 'status-changed', 'left']))
    expect(ofFamily(all, null)).toEqual(all)
    expect(new Set(all.map(changeAnchor)).size).toBe(all.length)
    expect(changeAnchor(all.find((c) => c.kind === 'summit')!)).toMatch(/^[\w.-]+$/)
  })
})
