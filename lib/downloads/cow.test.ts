import { describe, expect, it } from 'vitest'
import { cowStateYearRows } from './cow'

describe('COW state-year export', () => {
  const forums = [
    { code: 'SCO', founded: '2001-06-15', dissolved: null },
    { code: 'EURASEC', founded: '2000-10-10', dissolved: '2014-12-31' },
  ]
  const intervals = [
    { partyCode: 'IND', forumCode: 'SCO', status: 'observer' as const, validFrom: '2005-07-05', validTo: '2017-06-08' },
    { partyCode: 'IND', forumCode: 'SCO', status: 'member' as const, validFrom: '2017-06-09', validTo: null },
    { partyCode: 'UZB', forumCode: 'EURASEC', status: 'member' as const, validFrom: '2006-01-25', validTo: '2008-10-31' },
    { partyCode: 'UZB', forumCode: 'EURASEC', status: 'suspended' as const, validFrom: '2008-11-01', validTo: '2014-12-31' },
  ]
  const out = cowStateYearRows({
    states: [
      { code: 'IND', name: 'India' },
      { code: 'UZB', name: 'Uzbekistan' },
      { code: 'LAO', name: 'Laos' },
      { code: 'PSE', name: 'Palestine' },
    ],
    forums,
    intervals,
    from: 2000,
    to: 2017,
    today: '2026-11-23',
  })
  const row = (iso: string, year: number) => out.rows.find((r) => r[1] === iso && r[3] === year)!

  it('has the state-year header and one row per state and year', () => {
    expect(out.header).toEqual(['ccode', 'iso3', 'state', 'year', 'SCO', 'EURASEC'])
    expect(out.rows).toHaveLength(4 * 18)
  })

  it('codes statuses on 31 December: observer 3, member 1, none 0, and -9 before a forum existed', () => {
    expect(row('IND', 2000).slice(4)).toEqual([-9, 0])
    expect(row('IND', 2005).slice(4)).toEqual([3, 0])
    expect(row('IND', 2016).slice(4)).toEqual([3, -9])
    expect(row('IND', 2017).slice(4)).toEqual([1, -9])
  })

  it('codes a suspended member as a member and reads the year a forum dissolved on its last day', () => {
    expect(row('UZB', 2006).slice(4)).toEqual([0, 1])
    expect(row('UZB', 2010).slice(4)).toEqual([0, 1])
    expect(row('UZB', 2014).slice(4)).toEqual([0, 1])
    expect(row('UZB', 2015).slice(4)).toEqual([0, -9])
  })

  it('gives COW state codes where known and leaves them empty otherwise', () => {
    expect(row('IND', 2010)[0]).toBe(750)
    expect(row('UZB', 2010)[0]).toBe(704)
    expect(row('LAO', 2010)[0]).toBe(812)
    // Palestine is not in the COW state list.
    expect(row('PSE', 2010)[0]).toBe('')
  })
})
