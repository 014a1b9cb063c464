import { describe, expect, it } from 'vitest'
import { exclusiveIntersections, inclusiveAreas } from './overlaps'

describe('exclusive intersections', () => {
  const members = {
    SCO: ['KAZ', 'KGZ', 'TJK', 'UZB', 'CHN', 'RUS', 'IND'],
    EAEU: ['KAZ', 'KGZ', 'RUS', 'ARM', 'BLR'],
    CSTO: ['KAZ', 'KGZ', 'TJK', 'RUS', 'ARM', 'BLR'],
  }

  it('puts each party in exactly one row: the set of selected forums it belongs to', () => {
    const rows = exclusiveIntersections(['SCO', 'EAEU', 'CSTO'], members)
    expect(rows.map((r) => [r.combination.join('&'), r.parties.join(' ')])).toEqual([
      ['SCO', 'CHN IND UZB'],
      ['SCO&EAEU&CSTO', 'KAZ KGZ RUS'],
      ['EAEU&CSTO', 'ARM BLR'],
      ['SCO&CSTO', 'TJK'],
    ])
    const all = rows.flatMap((r) => r.parties)
    expect(new Set(all).size).toBe(all.length)
  })

  it('names combinations in the requested forum order', () => {
    const rows = exclusiveIntersections(['CSTO', 'SCO'], members)
    expect(rows.map((r) => r.combination.join('&'))).toEqual(['CSTO&SCO', 'SCO', 'CSTO'])
  })

  it('leaves out a forum with no counted party (e.g. before it existed) without breaking the rest', () => {
    const rows = exclusiveIntersections(['SCO', 'EAEU'], { SCO: ['KAZ'], EAEU: [] })
    expect(rows).toEqual([{ combination: ['SCO'], parties: ['KAZ'] }])
  })

  it('derives inclusive areas for the Euler layout', () => {
    const rows = exclusiveIntersections(['SCO', 'EAEU', 'CSTO'], members)
    const areas = Object.fromEntries(inclusiveAreas(['SCO', 'EAEU', 'CSTO'], rows).map((a) => [a.sets.join('&'), a.size]))
    expect(areas).toEqual({ SCO: 7, EAEU: 5, CSTO: 6, 'SCO&EAEU': 3, 'SCO&CSTO': 4, 'EAEU&CSTO': 5, 'SCO&EAEU&CSTO': 3 })
  })
})
