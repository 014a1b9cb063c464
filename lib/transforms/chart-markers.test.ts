import { describe, expect, it } from 'vitest'
import { yearMarkers } from './chart-markers'

describe('yearMarkers', () => {
  it('numbers events in order and gives each year one label, alternating rows for neighbouring years', () => {
    const markers = [2012, 2012, 2013, 2014, 2014, 2014, 2014, 2015, 2019].map((year, i) => ({ year, what: `e${i}` }))
    const { numbered, years } = yearMarkers(markers)
    expect(numbered.map((m) => [m.number, m.what])).toEqual(markers.map((m, i) => [i + 1, m.what]))
    expect(years).toEqual([
      { year: 2012, label: '1, 2', row: 0 },
      { year: 2013, label: '3', row: 1 },
      { year: 2014, label: '4–7', row: 0 },
      { year: 2015, label: '8', row: 1 },
      { year: 2019, label: '9', row: 0 },
    ])
  })

  it('is empty without events', () => {
    expect(yearMarkers([])).toEqual({ numbered: [], years: [] })
  })
})
