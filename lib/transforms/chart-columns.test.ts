import { describe, expect, it } from 'vitest'
import { chartColumns, chartRows, packPointSources, unpackPointSources, type YearRow } from './chart-columns'

const rows: YearRow[] = [
  { year: 2000, 'KAZ>CHN#IMF DOTS': 824711100, 'KAZ>CHN#national statistics': null, 'KAZ>RUS#IMF DOTS': 4190643999 },
  { year: 2001, 'KAZ>CHN#IMF DOTS': 831636100, 'KAZ>CHN#national statistics': null, 'KAZ>RUS#IMF DOTS': 0 },
  { year: 2002, 'KAZ>CHN#IMF DOTS': null, 'KAZ>CHN#national statistics': 1.5, 'KAZ>RUS#IMF DOTS': -12.25 },
]
const keys = ['KAZ>CHN#IMF DOTS', 'KAZ>CHN#national statistics', 'KAZ>RUS#IMF DOTS']

describe('chart columns', () => {
  it('gives back the rows it was made of, years in order, zeros and nulls kept apart', () => {
    const columns = chartColumns(rows, keys)
    expect(columns.years).toEqual([2000, 2001, 2002])
    expect(columns.columns['KAZ>RUS#IMF DOTS']).toEqual([4190643999, 0, -12.25])
    expect(chartRows(columns)).toEqual(rows)
  })

  it('holds a key a row lacks as null, and only the keys asked for', () => {
    const columns = chartColumns([{ year: 1995 }, { year: 1996, a: 3, other: 9 }], ['a'])
    expect(columns).toEqual({ years: [1995, 1996], columns: { a: [null, 3] } })
    expect(chartRows(columns)).toEqual([
      { year: 1995, a: null },
      { year: 1996, a: 3 },
    ])
  })

  it('writes each series key once, however many years', () => {
    const long = Array.from({ length: 30 }, (_, i) => ({ year: 1995 + i, [keys[0]]: i, [keys[2]]: null }))
    const json = JSON.stringify(chartColumns(long, keys))
    for (const key of keys) expect(json.split(JSON.stringify(key)).length - 1).toBe(1)
    expect(json.length).toBeLessThan(JSON.stringify(long).length / 2)
  })

  it('an empty chart stays empty', () => {
    expect(chartRows(chartColumns([], keys))).toEqual([])
  })
})

describe('point sources', () => {
  const years = [2000, 2001, 2002]
  const byPoint = {
    'KAZ>CHN#IMF DOTS|2000': 'International Monetary Fund',
    'KAZ>CHN#IMF DOTS|2001': 'International Monetary Fund',
    'KAZ>CHN#national statistics|2002': 'The Astana Times; Trend News Agency',
    'KAZ>RUS#IMF DOTS|2000': 'International Monetary Fund',
  }

  it('names each wording once and gives back every point, and no other', () => {
    const packed = packPointSources(byPoint, keys, years)
    expect(packed.titles).toEqual(['International Monetary Fund', 'The Astana Times; Trend News Agency'])
    expect(packed.points['KAZ>CHN#IMF DOTS']).toEqual([0, 0, null])
    expect(unpackPointSources(packed, years)).toEqual(byPoint)
  })

  it('leaves out points outside the chart’s years and series', () => {
    const packed = packPointSources({ ...byPoint, 'KAZ>CHN#IMF DOTS|1999': 'Old', 'XYZ|2000': 'Other' }, keys, years)
    expect(unpackPointSources(packed, years)).toEqual(byPoint)
  })
})
