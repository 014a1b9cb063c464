import { MEMBERSHIP_STATUSES, type MembershipStatus } from '../domain/vocabulary'
import { dayAfter, inForceOn } from './as-of'

/** Pure reshaping of membership intervals into time series and dated changes. */

interface Interval {
  partyCode: string
  status: MembershipStatus
  validFrom: string
  validTo: string | null
}

export type YearCounts = { year: number; day: string } & Record<MembershipStatus, number>

/**
 * Counts by status on one day of each year: 31 December, or `today` for the current year (so the
 * last point is the present, not a future date). Years before `fromYear` are left out.
 */
export function countsByYear(intervals: Interval[], fromYear: number, today: string): YearCounts[] {
  const lastYear = Number(today.slice(0, 4))
  const out: YearCounts[] = []
  for (let year = fromYear; year <= lastYear; year++) {
    const day = year === lastYear ? today : `${year}-12-31`
    const counts = Object.fromEntries(MEMBERSHIP_STATUSES.map((s) => [s, 0])) as Record<MembershipStatus, number>
    for (const i of intervals) if (inForceOn(i, day)) counts[i.status]++
    out.push({ year, day, ...counts })
  }
  return out
}

export type ChangeKind = 'joined' | 'status-changed' | 'left'

export interface MembershipChange<T extends Interval = Interval> {
  day: string
  kind: ChangeKind
  partyCode: string
  status: MembershipStatus
  previousStatus: MembershipStatus | null
  /** The interval that starts (joined, status change) or ends (left) on this day. */
  interval: T
}

/**
 * Accessions, status changes and departures. An interval starting the day after another of the same
 * party ended is a status change (none when the status stays the same); an interval ending with no such successor is a departure, dated
 * the day after its last day.
 */
export function membershipChanges<T extends Interval>(intervals: T[], until: string): MembershipChange<T>[] {
  const byParty = new Map<string, T[]>()
  for (const i of intervals) byParty.set(i.partyCode, [...(byParty.get(i.partyCode) ?? []), i])
  const changes: MembershipChange<T>[] = []
  for (const list of byParty.values()) {
    list.sort((a, b) => a.validFrom.localeCompare(b.validFrom))
    list.forEach((cur, idx) => {
      const prev = list[idx - 1]
      const next = list[idx + 1]
      const continues = prev && prev.validTo !== null && dayAfter(prev.validTo) === cur.validFrom
      // The same status again (a suspension of participation, then of membership): no change to show.
      if (!(continues && prev.status === cur.status))
        changes.push({
          day: cur.validFrom,
          kind: continues ? 'status-changed' : 'joined',
          partyCode: cur.partyCode,
          status: cur.status,
          previousStatus: continues ? prev.status : null,
          interval: cur,
        })
      const endsForGood = cur.validTo !== null && !(next && dayAfter(cur.validTo) === next.validFrom)
      if (endsForGood && dayAfter(cur.validTo!) <= until) {
        changes.push({ day: dayAfter(cur.validTo!), kind: 'left', partyCode: cur.partyCode, status: cur.status, previousStatus: cur.status, interval: cur })
      }
    })
  }
  return changes.sort((a, b) => a.day.localeCompare(b.day) || a.partyCode.localeCompare(b.partyCode))
}
