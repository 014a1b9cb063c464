import { describe, expect, it } from 'vitest'
import { FORUM_YEAR_COLUMNS } from '../downloads/research-exports'
import { MEMBERSHIP_STATUSES, STATUS_PLURALS } from '../domain/vocabulary'
import { forumYears } from './cow-year'
import { forumYearRows } from './forum-year'

describe('forum-year counts', () => {
  const forums = [{ code: 'EURASEC', founded: '2000-10-10', dissolved: '2014-12-31' }]
  const intervals = [
    { partyCode: 'KAZ', forumCode: 'EURASEC', status: 'member' as const, validFrom: '2000-10-10', validTo: '2014-12-31' },
    { partyCode: 'UZB', forumCode: 'EURASEC', status: 'member' as const, validFrom: '2006-01-25', validTo: '2008-10-31' },
    { partyCode: 'UZB', forumCode: 'EURASEC', status: 'suspended' as const, validFrom: '2008-11-01', validTo: '2014-12-31' },
    { partyCode: 'ARM', forumCode: 'EURASEC', status: 'observer' as const, validFrom: '2003-01-01', validTo: '2014-12-31' },
    { partyCode: 'XYZ', forumCode: 'EURASEC', status: 'applicant' as const, validFrom: '2010-01-01', validTo: '2010-12-31' },
  ]
  const rows = forumYearRows(forumYears(forums, intervals, 1999, 2016, '2026-03-15'), { EURASEC: 'Eurasian Economic Community' })

  it('names a count column for every status of the vocabulary, in its order', () => {
    expect(FORUM_YEAR_COLUMNS.slice(3)).toEqual(MEMBERSHIP_STATUSES.map((s) => STATUS_PLURALS[s].toLowerCase()))
  })

  it('has one row per year the forum existed, counting each party once by its status on 31 December', () => {
    expect(rows.map((r) => r[2])).toEqual([2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014])
    const year = (y: number) => rows.find((r) => r[2] === y)!
    // members, observers, partners, associates, applicants, suspended
    expect(year(2000)).toEqual(['EURASEC', 'Eurasian Economic Community', 2000, 1, 0, 0, 0, 0, 0])
    expect(year(2006).slice(3)).toEqual([2, 1, 0, 0, 0, 0])
    expect(year(2010).slice(3)).toEqual([1, 1, 0, 0, 1, 1])
    expect(year(2014).slice(3)).toEqual([1, 1, 0, 0, 0, 1])
  })
})
