import { describe, expect, it } from 'vitest'
import { concentrationSeries, partnerRanking } from './trade-partners'
import type { TradeFigure } from './trade'

const fig = (
  partnerCode: string,
  year: number,
  flow: 'export' | 'import' | 'total',
  valueUsd: string,
  sourceId = 'imf-dots',
  extra: Partial<TradeFigure> = {},
): TradeFigure => ({
  reporterCode: 'KAZ',
  partnerCode,
  year,
  flow,
  valueUsd,
  estimated: false,
  sourceId,
  sourceRank: sourceId === 'imf-dots' ? 0 : 3,
  ...extra,
})
const partners = new Set(['CHN', 'RUS', 'TUR', 'UZB', 'EU', 'HUN'])
const options = { reporter: 'KAZ', flow: 'total' as const, isPartner: (c: string) => partners.has(c), insideBloc: { HUN: 'EU' } }

describe('partner ranking and concentration', () => {
  const figures = [
    fig('WLD', 2020, 'export', '600'),
    fig('WLD', 2020, 'import', '400'),
    fig('CHN', 2020, 'export', '150'),
    fig('CHN', 2020, 'import', '150'),
    fig('RUS', 2020, 'export', '100'),
    fig('RUS', 2020, 'import', '100'),
    fig('TUR', 2020, 'export', '50'), // no imports: no total for TUR
    fig('CA5', 2020, 'export', '200'),
    fig('CA5', 2020, 'import', '100'), // a statistical group: not a partner
    fig('UZB', 2020, 'total', '90', 'trd-news'), // another publisher: not divided by the IMF's World
  ]

  it('ranks country partners by share of trade with the World, from the World figure’s own source', () => {
    const r = partnerRanking(figures, 2020, options)!
    expect(r.source).toBe('imf-dots')
    expect(r.worldUsd).toBe('1000')
    expect(r.partners.map((p) => [p.partner, p.rank, p.valueUsd, p.share])).toEqual([
      ['CHN', 1, '300', 30],
      ['RUS', 2, '200', 20],
    ])
    expect(r.partners[0].computed).toBe(true)
  })

  it('ranks exports alone when asked, with partners that have only exports', () => {
    const r = partnerRanking(figures, 2020, { ...options, flow: 'export' })!
    expect(r.partners.map((p) => [p.partner, p.share.toFixed(4)])).toEqual([
      ['CHN', '25.0000'],
      ['RUS', '16.6667'],
      ['TUR', '8.3333'],
    ])
  })

  it('computes the Herfindahl–Hirschman index over the ranked partners, and says how much of the World they cover', () => {
    const [point] = concentrationSeries(figures, options)
    expect(point).toEqual({ year: 2020, hhi: 30 * 30 + 20 * 20, partners: 2, covered: 50, source: 'imf-dots' })
  })

  it('has no ranking for a year without a World figure, or with partner figures of another source only', () => {
    expect(partnerRanking(figures, 2019, options)).toBeNull()
    const otherSource = [fig('WLD', 2021, 'total', '100', 'trd-news'), fig('CHN', 2021, 'total', '40', 'imf-dots')]
    expect(partnerRanking(otherSource, 2021, options)).toBeNull()
    expect(concentrationSeries(otherSource, options)).toEqual([])
  })

  it('ranks a bloc that trades as one (the EU), and leaves out a member whose trade the bloc’s figure includes', () => {
    const withEu = [
      fig('WLD', 2015, 'total', '100'),
      fig('EU', 2015, 'total', '40'),
      fig('HUN', 2015, 'total', '2'),
      fig('CHN', 2015, 'total', '20'),
      fig('HUN', 2016, 'total', '2'),
      fig('WLD', 2016, 'total', '100'),
    ]
    expect(partnerRanking(withEu, 2015, options)!.partners.map((p) => [p.partner, p.share])).toEqual([
      ['EU', 40],
      ['CHN', 20],
    ])
    expect(partnerRanking(withEu, 2016, options)!.partners.map((p) => p.partner)).toEqual(['HUN'])
  })

  it('is 10,000 when one partner takes all the trade, and keeps years in order', () => {
    const one = [
      fig('WLD', 2012, 'total', '80'),
      fig('CHN', 2012, 'total', '80'),
      fig('WLD', 2011, 'total', '10'),
      fig('CHN', 2011, 'total', '5'),
      fig('RUS', 2011, 'total', '5'),
    ]
    expect(concentrationSeries(one, options).map((p) => [p.year, p.hhi])).toEqual([
      [2011, 5000],
      [2012, 10000],
    ])
  })

  it('keeps measures apart: goods-and-services figures are not shares of a goods World figure', () => {
    const mixed = [fig('WLD', 2022, 'total', '100'), fig('CHN', 2022, 'total', '30', 'imf-dots', { measure: 'goods_services' })]
    expect(partnerRanking(mixed, 2022, options)).toBeNull()
    expect(partnerRanking(mixed, 2022, { ...options, measure: 'goods_services' })).toBeNull()
  })
})
