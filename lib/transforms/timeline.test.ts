import { describe, expect, it } from 'vitest'
import { countsByYear, membershipChanges } from './timeline'

const iv = (partyCode: string, status: 'member' | 'observer' | 'suspended', validFrom: string, validTo: string | null) => ({
  partyCode,
  status,
  validFrom,
  validTo,
})

describe('countsByYear', () => {
  it('counts each status on 31 December, and on today in the current year', () => {
    const rows = countsByYear(
      [iv('IND', 'observer', '2005-07-05', '2017-06-08'), iv('IND', 'member', '2017-06-09', null), iv('KAZ', 'member', '2001-06-15', null)],
      2016,
      '2018-03-01',
    )
    expect(rows.map((r) => [r.year, r.day, r.member, r.observer])).toEqual([
      [2016, '2016-12-31', 1, 1],
      [2017, '2017-12-31', 2, 0],
      [2018, '2018-03-01', 2, 0],
    ])
  })
})

describe('membershipChanges', () => {
  it('tells accessions, status changes and departures apart', () => {
    const changes = membershipChanges(
      [
        iv('UZB', 'member', '1994-04-20', '1999-04-20'),
        iv('UZB', 'member', '2006-08-16', '2012-06-27'),
        iv('UZB', 'suspended', '2012-06-28', '2012-12-19'),
        iv('IND', 'observer', '2005-07-05', '2017-06-08'),
        iv('IND', 'member', '2017-06-09', null),
      ],
      '2026-01-01',
    )
    expect(changes.map((c) => `${c.day} ${c.partyCode} ${c.kind} ${c.previousStatus ?? '-'}→${c.status}`)).toEqual([
      '1994-04-20 UZB joined -→member',
      '1999-04-21 UZB left member→member',
      '2005-07-05 IND joined -→observer',
      '2006-08-16 UZB joined -→member',
      '2012-06-28 UZB status-changed member→suspended',
      '2012-12-20 UZB left suspended→suspended',
      '2017-06-09 IND status-changed observer→member',
    ])
  })

  it('leaves out departures that lie in the future', () => {
    expect(membershipChanges([iv('MDA', 'member', '1991-12-21', '2027-03-20')], '2026-11-23').map((c) => c.kind)).toEqual(['joined'])
  })
})
