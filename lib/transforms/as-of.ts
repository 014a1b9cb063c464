import { MEMBERSHIP_STATUSES, type MembershipStatus } from '../domain/vocabulary'
import type { IntervalFacts } from '../domain/types'

/** Pure helpers for "which intervals are in force on a day" (both ends inclusive, null = open). */

interface Interval {
  validFrom: string
  validTo: string | null
}

/** What an interval says about its cell (status, dates, note, source), without whose and which forum's it is. */

/** Those facts alone, copied field by field (a fixed object shape, which V8 keeps fast over thousands of cells). */
export function intervalFacts(i: IntervalFacts): IntervalFacts {
  return {
    status: i.status,
    validFrom: i.validFrom,
    validFromPrecision: i.validFromPrecision,
    validTo: i.validTo,
    validToPrecision: i.validToPrecision,
    note: i.note,
    source: i.source,
  }
}

export function inForceOn(interval: Interval, day: string): boolean {
  return interval.validFrom <= day && (interval.validTo === null || interval.validTo >= day)
}

export function inForce<T extends Interval>(intervals: T[], day: string): T[] {
  return intervals.filter((i) => inForceOn(i, day))
}

/** Groups intervals by status in the vocabulary's order, leaving out empty groups. */
export function groupByStatus<T extends { status: MembershipStatus }>(rows: T[]): { status: MembershipStatus; rows: T[] }[] {
  return MEMBERSHIP_STATUSES.map((status) => ({ status, rows: rows.filter((r) => r.status === status) })).filter((g) => g.rows.length > 0)
}

/** The first interval of the party's current uninterrupted run in the forum (across status changes). */
export function runStart<T extends Interval & { partyCode: string }>(all: T[], current: T): T {
  const mine = all.filter((i) => i.partyCode === current.partyCode).sort((a, b) => a.validFrom.localeCompare(b.validFrom))
  let start = current
  for (let i = mine.indexOf(current) - 1; i >= 0; i--) {
    const prev = mine[i]
    if (prev.validTo === null || dayAfter(prev.validTo) !== start.validFrom) break
    start = prev
  }
  return start
}

export function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}
