import type { MembershipInterval } from '../domain/types'
import type { Precision } from '../dates'
import type { MembershipStatus } from '../domain/vocabulary'
import { membershipChanges, type ChangeKind } from './timeline'

/** One change of a party's standing in a forum, dated and sourced: what /changes lists. */
export interface DatedChange {
  day: string
  /** How precisely the day is known (a departure is dated the day after the interval's last day, as precisely as that day). */
  precision: Precision
  kind: ChangeKind
  partyCode: string
  partyName: string
  forumCode: string
  forumName: string
  previousStatus: MembershipStatus | null
  /** null when the party left. */
  status: MembershipStatus | null
  /** The interval whose start (or end) is the change: its source states it. */
  interval: MembershipInterval
}

/**
 * The changes whose day falls after `from` and on or before `to` (what changed between the two
 * days: the standing on `from` plus these changes is the standing on `to`), oldest first. An
 * interval starting the day after another of the same party and forum ended is a status change; an
 * interval ending with no such successor is a departure (transforms/timeline.ts).
 */
export function changesBetween(intervals: MembershipInterval[], from: string, to: string): DatedChange[] {
  const byPair = new Map<string, MembershipInterval[]>()
  for (const i of intervals) {
    const key = `${i.forumCode}\t${i.partyCode}`
    const list = byPair.get(key)
    if (list) list.push(i)
    else byPair.set(key, [i])
  }
  const out: DatedChange[] = []
  for (const list of byPair.values()) {
    for (const c of membershipChanges(list, to)) {
      if (c.day <= from || c.day > to) continue
      const i = c.interval
      const left = c.kind === 'left'
      out.push({
        day: c.day,
        precision: left ? (i.validToPrecision ?? 'day') : i.validFromPrecision,
        kind: c.kind,
        partyCode: i.partyCode,
        partyName: i.partyName,
        forumCode: i.forumCode,
        forumName: i.forumName,
        previousStatus: c.previousStatus,
        status: left ? null : c.status,
        interval: i,
      })
    }
  }
  return out.sort((a, b) => a.day.localeCompare(b.day) || a.forumCode.localeCompare(b.forumCode) || a.partyName.localeCompare(b.partyName))
}

/** How many of each kind, for the summary line. */
export function countChanges(changes: readonly DatedChange[]): Record<ChangeKind, number> {
  const counts: Record<ChangeKind, number> = { joined: 0, 'status-changed': 0, left: 0 }
  for (const c of changes) counts[c.kind]++
  return counts
}
