import { COW_CCODES, COW_NOT_EXISTING, COW_STATUS_CODE } from '../domain/cow'
import type { StatusInterval } from '../domain/types'
import { inForceOn } from '../transforms/as-of'
import { cowReadDay } from '../transforms/cow-year'

/**
 * Our memberships in the Correlates of War IGO "state-year" layout (one row per state and year, one
 * column per forum), so researchers can merge them with COW-based data. Codes: 0 none, 1 full
 * member, 2 associate, 3 observer, -9 the forum did not exist that year (COW's "missing"); the
 * codes and the year rule are shared with the dyad-year and forum-year exports (lib/domain/cow.ts,
 * lib/transforms/cow-year.ts).
 */

type Interval = StatusInterval

export function cowStateYearRows(input: {
  states: { code: string; name: string }[]
  forums: { code: string; founded: string; dissolved: string | null }[]
  intervals: Interval[]
  from: number
  to: number
  today: string
}): { header: string[]; rows: (string | number)[][] } {
  const header = ['ccode', 'iso3', 'state', 'year', ...input.forums.map((f) => f.code)]
  const byPartyForum = new Map<string, Interval[]>()
  for (const i of input.intervals) {
    const key = `${i.partyCode}/${i.forumCode}`
    byPartyForum.set(key, [...(byPartyForum.get(key) ?? []), i])
  }
  const rows: (string | number)[][] = []
  for (const state of input.states) {
    for (let year = input.from; year <= input.to; year++) {
      const cells = input.forums.map((f) => {
        const when = cowReadDay(f, year, input.today)
        if (when === null) return COW_NOT_EXISTING
        const interval = byPartyForum.get(`${state.code}/${f.code}`)?.find((i) => inForceOn(i, when))
        return interval ? COW_STATUS_CODE[interval.status] : 0
      })
      rows.push([COW_CCODES[state.code] ?? '', state.code, state.name, year, ...cells])
    }
  }
  return { header, rows }
}
