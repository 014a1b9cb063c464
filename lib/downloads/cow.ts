import type { StatusInterval } from '../domain/types'
import type { MembershipStatus } from '../domain/vocabulary'
import { inForceOn } from '../transforms/as-of'
import { forumExistence } from '../transforms/matrix'

/**
 * Our memberships in the Correlates of War IGO "state-year" layout (one row per state and year, one
 * column per forum), so researchers can merge them with COW-based data. Codes: 0 none, 1 full
 * member, 2 associate, 3 observer, -9 the forum did not exist that year (COW's "missing").
 */

const COW_CODE: Record<MembershipStatus, number> = {
  member: 1,
  associate: 2,
  observer: 3,
  // A dialogue partner / SCO partner is a formal non-member status below membership: COW's nearest
  // category is observer.
  partner: 3,
  // An applicant is not (yet) a member.
  applicant: 0,
  // A suspended party is formally still a member (COW codes formal membership).
  suspended: 1,
}
const COW_NOT_EXISTING = -9

// COW state codes as given in the COW IGO v3 extract (Correlates of War, Intergovernmental Organizations v3, state-year file); other
// states are exported with an empty ccode rather than a code we have not checked.
const COW_CCODES: Record<string, number> = {
  USA: 2,
  HUN: 310,
  RUS: 365,
  BLR: 370,
  ARM: 371,
  GEO: 372,
  AZE: 373,
  IRN: 630,
  TUR: 640,
  SAU: 670,
  KWT: 690,
  BHR: 692,
  QAT: 694,
  ARE: 696,
  OMN: 698,
  AFG: 700,
  TKM: 701,
  TJK: 702,
  KGZ: 703,
  UZB: 704,
  KAZ: 705,
  CHN: 710,
  MNG: 712,
  IND: 750,
  PAK: 770,
}

type Interval = StatusInterval

/** The day of a year on which the status is read: 31 December, or today for the current year. */
function referenceDay(year: number, today: string): string {
  return year === Number(today.slice(0, 4)) ? today : `${year}-12-31`
}

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
      const day = referenceDay(year, input.today)
      const cells = input.forums.map((f) => {
        if (forumExistence(f, day) !== 'active' && !(f.dissolved && f.dissolved.startsWith(String(year)))) return COW_NOT_EXISTING
        const when = f.dissolved && f.dissolved < day ? f.dissolved : day
        const interval = byPartyForum.get(`${state.code}/${f.code}`)?.find((i) => inForceOn(i, when))
        return interval ? COW_CODE[interval.status] : 0
      })
      rows.push([COW_CCODES[state.code] ?? '', state.code, state.name, year, ...cells])
    }
  }
  return { header, rows }
}
