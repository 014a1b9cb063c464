import { describe, expect, it } from 'vitest'
import { groupByYear } from './events'

describe('groupByYear', () => {
  it('groups consecutive events by start year, keeping their order', () => {
    const events = [
      { id: 'a', startDate: '2009-04-01' },
      { id: 'b', startDate: '2009-10-03' },
      { id: 'c', startDate: '2011-01-01' },
      { id: 'd', startDate: '2025-12-31' },
    ]
    expect(groupByYear(events).map((g) => [g.year, g.events.map((e) => e.id)])).toEqual([
      [2009, ['a', 'b']],
      [2011, ['c']],
      [2025, ['d']],
    ])
    expect(groupByYear([])).toEqual([])
  })
})
