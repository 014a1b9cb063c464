import { describe, expect, it } from 'vitest'
import { cowStateYearRows } from '../downloads/cow'
import { pairSeries } from './alignment-series'
import { forumYears } from './cow-year'
import { dyadMeasures, dyadStates, dyadYearRows, stateYears, type DyadYearRow } from './dyad-year'

const today = '2026-03-15'
const forums = [
  { code: 'EAEU', founded: '2015-01-01', dissolved: null },
  { code: 'EURASEC', founded: '2000-10-10', dissolved: '2014-12-31' },
  { code: 'SCO', founded: '2001-06-15', dissolved: null },
]
const iv = (
  partyCode: string,
  forumCode: string,
  status: 'member' | 'observer' | 'suspended' | 'applicant',
  validFrom: string,
  validTo: string | null = null,
) => ({
  partyCode,
  forumCode,
  status,
  validFrom,
  validTo,
})
const intervals = [
  iv('KAZ', 'EAEU', 'member', '2015-01-01'),
  iv('KGZ', 'EAEU', 'member', '2015-08-06'),
  iv('UZB', 'EAEU', 'observer', '2020-12-11'),
  iv('KAZ', 'EURASEC', 'member', '2000-10-10', '2014-12-31'),
  iv('UZB', 'EURASEC', 'member', '2006-01-25', '2008-10-31'),
  iv('UZB', 'EURASEC', 'suspended', '2008-11-01', '2014-12-31'),
  iv('CHN', 'SCO', 'member', '2001-06-15'),
  iv('KAZ', 'SCO', 'member', '2001-06-15'),
  iv('RUS', 'SCO', 'applicant', '2001-01-01', '2001-06-14'),
  iv('RUS', 'SCO', 'member', '2001-06-15'),
  // An applicant holds no status: Turkmenistan "applies" to EAEU in this fixture.
  iv('TKM', 'EAEU', 'applicant', '2016-01-01'),
  // Palestine has no COW state code: it holds a status but takes no part in the panel.
  iv('PSE', 'SCO', 'observer', '2010-01-01'),
]
const states = dyadStates(['KAZ', 'KGZ', 'UZB', 'CHN', 'RUS', 'TKM', 'PSE', 'KAZ'])
const rowsFor = (selected: typeof forums, from: number, to: number) => [...dyadYearRows(states, forumYears(selected, intervals, from, to, today), from, to)]
const all = rowsFor(forums, 2000, 2026)
const row = (rows: DyadYearRow[], a: string, b: string, year: number) =>
  rows.find((r) => ((r[2] === a && r[3] === b) || (r[2] === b && r[3] === a)) && r[4] === year)!
const measures = (r: DyadYearRow) => ({ jointMember: r[5], jointAny: r[6], alignmentScore: r[7] })

describe('dyad-year panel', () => {
  it('pairs every state with a COW code once, lower ccode first, ordered by ccode1, ccode2, year', () => {
    expect(states.map((s) => `${s.code}:${s.ccode}`)).toEqual(['RUS:365', 'TKM:701', 'KGZ:703', 'UZB:704', 'KAZ:705', 'CHN:710'])
    expect(all).toHaveLength(((6 * 5) / 2) * 27)
    expect(all.every((r) => r[0] < r[1])).toBe(true)
    const keys = all.map((r) => [r[0], r[1], r[4]])
    expect(keys).toEqual([...keys].sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]))
    expect(all[0]).toEqual([365, 701, 'RUS', 'TKM', 2000, 0, 0, null])
  })

  it('is joint_member from the first year both are members on 31 December', () => {
    const eaeu = rowsFor([forums[0]], 2014, 2016)
    expect(row(eaeu, 'KAZ', 'KGZ', 2014)).toEqual([703, 705, 'KGZ', 'KAZ', 2014, 0, 0, null])
    expect(row(eaeu, 'KAZ', 'KGZ', 2015)).toEqual([703, 705, 'KGZ', 'KAZ', 2015, 1, 1, 1])
    expect(row(eaeu, 'KAZ', 'KGZ', 2016)).toEqual([703, 705, 'KGZ', 'KAZ', 2016, 1, 1, 1])
  })

  it('counts a suspended member as a member (COW code 1), through the year the forum dissolved', () => {
    const eurasec = rowsFor([forums[1]], 2005, 2015)
    expect(measures(row(eurasec, 'UZB', 'KAZ', 2005))).toEqual({ jointMember: 0, jointAny: 0, alignmentScore: 0 })
    expect(measures(row(eurasec, 'UZB', 'KAZ', 2006))).toEqual({ jointMember: 1, jointAny: 1, alignmentScore: 1 })
    // Suspended weighs 0.25 in the alignment score, but is formally a member.
    expect(measures(row(eurasec, 'UZB', 'KAZ', 2010))).toEqual({ jointMember: 1, jointAny: 1, alignmentScore: 0.25 })
    expect(measures(row(eurasec, 'UZB', 'KAZ', 2014))).toEqual({ jointMember: 1, jointAny: 1, alignmentScore: 0.25 })
    expect(measures(row(eurasec, 'UZB', 'KAZ', 2015))).toEqual({ jointMember: 0, jointAny: 0, alignmentScore: null })
  })

  it('is joint_any but not joint_member for an observer with a member, and neither for an applicant', () => {
    const eaeu = rowsFor([forums[0]], 2020, 2021)
    expect(measures(row(eaeu, 'UZB', 'KAZ', 2020))).toEqual({ jointMember: 0, jointAny: 1, alignmentScore: 0.5 })
    expect(measures(row(eaeu, 'TKM', 'KAZ', 2020))).toEqual({ jointMember: 0, jointAny: 0, alignmentScore: 0 })
    // Two states with nothing in the selected forums: the score is undefined (0/0), an empty cell.
    expect(measures(row(eaeu, 'TKM', 'CHN', 2020))).toEqual({ jointMember: 0, jointAny: 0, alignmentScore: null })
  })

  it('scores a pair as the /alignment pair series does, over the selected forums only', () => {
    for (const [a, b] of [
      ['KAZ', 'UZB'],
      ['KAZ', 'RUS'],
      ['KGZ', 'CHN'],
      ['UZB', 'CHN'],
    ]) {
      const series = pairSeries(a, b, intervals, 2000, today)
      for (const point of series) {
        const r = row(all, a, b, point.year)
        expect(r[7] ?? 0, `${a}-${b} ${point.year}`).toBe(Number(point.score.toFixed(4)))
      }
    }
    // KAZ and RUS in 2016: SCO alike, EAEU only Kazakhstan's → 1/2; over SCO alone → 1.
    expect(row(all, 'KAZ', 'RUS', 2016)[7]).toBe(0.5)
    expect(row(rowsFor([forums[2]], 2016, 2016), 'KAZ', 'RUS', 2016)[7]).toBe(1)
  })

  it('agrees with the COW state-year file: joint_member where two rows share a column coded 1, joint_any where they share one coded 1–3', () => {
    const cow = cowStateYearRows({
      states: states.map((s) => ({ code: s.code, name: s.code })),
      forums,
      intervals,
      from: 2000,
      to: 2026,
      today,
    })
    const cells = new Map(cow.rows.map((r) => [`${r[1]}/${r[3]}`, r.slice(4) as number[]]))
    for (const r of all) {
      const a = cells.get(`${r[2]}/${r[4]}`)!
      const b = cells.get(`${r[3]}/${r[4]}`)!
      expect(r[5], `${r[2]}-${r[3]} ${r[4]}`).toBe(a.some((x, k) => x === 1 && b[k] === 1) ? 1 : 0)
      expect(r[6], `${r[2]}-${r[3]} ${r[4]}`).toBe(a.some((x, k) => x > 0 && b[k] > 0) ? 1 : 0)
    }
  })

  it('gives every state a standing for every year of the range, empty where it has none', () => {
    const standings = stateYears(states, forumYears(forums, intervals, 2014, 2016, today), 2014, 2016)
    expect(standings.get('KGZ')!.map((s) => s.memberOf)).toEqual([[], ['EAEU'], ['EAEU']])
    expect(dyadMeasures(standings.get('TKM')![0], standings.get('TKM')![0]).alignmentScore).toBeNull()
  })
})
