import { describe, expect, it } from 'vitest'
import type { MembershipInterval } from '../domain/types'
import type { MembershipStatus } from '../domain/vocabulary'
import { changesBetween, countChanges } from './changes'

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
    expect(countChanges(changes)).toEqual({ joined: 1, 'status-changed': 1, left: 1 })
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
