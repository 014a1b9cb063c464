import { describe, expect, it } from 'vitest'
import { cowReadDay, forumYears, referenceDay } from './cow-year'

describe('the COW year rule', () => {
  const today = '2026-03-15'

  it('reads a year on 31 December, and the current year today', () => {
    expect(referenceDay(2016, today)).toBe('2016-12-31')
    expect(referenceDay(2026, today)).toBe('2026-03-15')
  })

  it('reads a forum in the year it dissolved on its last day, and not at all before it was founded or after it dissolved', () => {
    const caco = { founded: '1994-04-30', dissolved: '2006-01-01' }
    expect(cowReadDay(caco, 1993, today)).toBeNull()
    expect(cowReadDay(caco, 1994, today)).toBe('1994-12-31')
    expect(cowReadDay(caco, 2006, today)).toBe('2006-01-01')
    expect(cowReadDay(caco, 2007, today)).toBeNull()
    const eaeu = { founded: '2015-01-01', dissolved: null }
    expect(cowReadDay(eaeu, 2014, today)).toBeNull()
    expect(cowReadDay(eaeu, 2015, today)).toBe('2015-12-31')
    expect(cowReadDay(eaeu, 2026, today)).toBe(today)
    // Founded after today: not yet in the current year.
    expect(cowReadDay({ founded: '2026-06-01', dissolved: null }, 2026, today)).toBeNull()
  })

  it('lists each forum-year the forum existed with the status each party held on the read day', () => {
    const forums = [
      { code: 'EAEU', founded: '2015-01-01', dissolved: null },
      { code: 'CACO', founded: '1994-04-30', dissolved: '2006-01-01' },
    ]
    const intervals = [
      { partyCode: 'KGZ', forumCode: 'EAEU', status: 'member' as const, validFrom: '2015-08-06', validTo: null },
      // Joined and left within one year: not there on 31 December.
      { partyCode: 'XXX', forumCode: 'EAEU', status: 'observer' as const, validFrom: '2016-02-01', validTo: '2016-11-30' },
      { partyCode: 'KAZ', forumCode: 'CACO', status: 'member' as const, validFrom: '1994-04-30', validTo: '2006-01-01' },
    ]
    const years = forumYears(forums, intervals, 2005, 2016, today)
    expect(years.map((y) => `${y.forumCode} ${y.year}`)).toEqual(['EAEU 2015', 'EAEU 2016', 'CACO 2005', 'CACO 2006'])
    expect([...years[0].statuses]).toEqual([['KGZ', 'member']])
    expect([...years[1].statuses]).toEqual([['KGZ', 'member']])
    expect([...years[3].statuses]).toEqual([['KAZ', 'member']])
  })
})
