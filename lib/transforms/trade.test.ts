import { describe, expect, it } from 'vitest'
import { addUsd, cagr, tradeSeries, yearOnYear, type TradeFigure } from './trade'

const f = (
  reporterCode: string,
  partnerCode: string,
  year: number,
  flow: 'export' | 'import' | 'total',
  valueUsd: string,
  sourceId = 'imf-dots',
  sourceRank = 0,
): TradeFigure => ({
  reporterCode,
  partnerCode,
  year,
  flow,
  valueUsd,
  estimated: false,
  sourceId,
  sourceRank,
})

describe('trade series', () => {
  const figures = [
    f('KAZ', 'CHN', 2019, 'export', '100.5'),
    f('KAZ', 'CHN', 2019, 'import', '200.75'),
    f('KAZ', 'CHN', 2020, 'export', '110'),
    f('KAZ', 'RUS', 2019, 'export', '300'),
    f('KAZ', 'RUS', 2019, 'import', '50'),
    f('KAZ', 'RUS', 2020, 'export', '320'),
    f('CHN', 'CA5', 2023, 'total', '89400000000', 'seed-001', 5),
  ]
  const members = (forum: string, year: number) => (forum === 'SCO' ? (year >= 2017 ? ['KAZ', 'CHN', 'RUS', 'IND'] : ['KAZ', 'CHN']) : [])

  it('adds exports and imports into a total only when both exist, exactly', () => {
    const s = tradeSeries(figures, { reporters: ['KAZ'], partners: ['CHN'], flow: 'total', from: 2019, to: 2021 }, members)
    expect(s.map((p) => [p.year, p.valueUsd])).toEqual([[2019, '301.25']])
    expect(addUsd(['0.1', '0.2', '10'])).toBe('10.3')
  })

  it('keeps gaps as gaps', () => {
    const s = tradeSeries(figures, { reporters: ['KAZ'], partners: ['CHN'], flow: 'import', from: 2019, to: 2020 }, members)
    expect(s.map((p) => p.year)).toEqual([2019])
  })

  it('sums a forum aggregate over its members as of each year, without the reporter, and says who is missing', () => {
    const s = tradeSeries(figures, { reporters: ['KAZ'], partners: ['forum:SCO'], flow: 'export', from: 2019, to: 2020 }, members)
    expect(s.map((p) => [p.year, p.valueUsd, p.members, p.missing])).toEqual([
      [2019, '400.5', ['CHN', 'RUS'], ['IND']],
      [2020, '430', ['CHN', 'RUS'], ['IND']],
    ])
  })

  it('uses a published total (the seed figure China–Central Asia 2023)', () => {
    const s = tradeSeries(figures, { reporters: ['CHN'], partners: ['CA5'], flow: 'total', from: 2023, to: 2023 }, members)
    expect(s).toMatchObject([{ valueUsd: '89400000000', sources: ['seed-001'] }])
  })

  it('computes growth and CAGR only from years with figures', () => {
    const pts = [
      { year: 2010, value: 100 },
      { year: 2011, value: 110 },
      { year: 2013, value: 121 },
    ]
    expect(yearOnYear(pts).map((g) => [g.year, Math.round(g.growth * 100) / 100])).toEqual([[2011, 10]])
    const c = cagr(pts)!
    expect([c.from, c.to]).toEqual([2010, 2013])
    expect(c.rate).toBeCloseTo((Math.pow(1.21, 1 / 3) - 1) * 100, 10)
    expect(cagr([{ year: 2010, value: 5 }])).toBeNull()
  })
})
