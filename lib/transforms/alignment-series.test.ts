import { describe, expect, it } from 'vitest'
import { pairSeries, portfolioSeries } from './alignment-series'

const iv = (partyCode: string, forumCode: string, status: 'member' | 'observer', validFrom: string, validTo: string | null = null) => ({
  partyCode,
  forumCode,
  status,
  validFrom,
  validTo,
})

describe('pair and portfolio series', () => {
  const intervals = [
    iv('KAZ', 'SCO', 'member', '2001-06-15'),
    iv('IND', 'SCO', 'observer', '2005-07-05', '2017-06-08'),
    iv('IND', 'SCO', 'member', '2017-06-09'),
  ]

  it('scores the pair each year and annotates the changes that moved it', () => {
    const s = pairSeries('KAZ', 'IND', intervals, 2004, '2018-03-01')
    expect(s.find((p) => p.year === 2004)!.score).toBe(0)
    expect(s.find((p) => p.year === 2005)!.score).toBe(0.5)
    expect(s.find((p) => p.year === 2005)!.changes.map((c) => `${c.partyCode} ${c.kind} ${c.status}`)).toEqual(['IND joined observer'])
    expect(s.find((p) => p.year === 2017)!.score).toBe(1)
    expect(s.find((p) => p.year === 2017)!.changes.map((c) => `${c.day} ${c.kind}`)).toEqual(['2017-06-09 status-changed'])
    expect(s.at(-1)).toMatchObject({ year: 2018, day: '2018-03-01', score: 1 })
  })

  it('counts a party’s forums by status and by kind', () => {
    const s = portfolioSeries(
      intervals.filter((i) => i.partyCode === 'IND'),
      { SCO: 'treaty_organization' },
      2016,
      '2018-01-01',
    )
    expect(s.map((p) => [p.year, p.member, p.observer, p['kind:treaty_organization']])).toEqual([
      [2016, 0, 1, 1],
      [2017, 1, 0, 1],
      [2018, 1, 0, 1],
    ])
  })
})
