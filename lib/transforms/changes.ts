import type { MembershipInterval, SourceRef } from '../domain/types'
import type { Precision } from '../dates'
import type { MembershipStatus } from '../domain/vocabulary'
import { dayAfter } from './as-of'
import { membershipChanges } from './timeline'

/**
 * What /changes lists: a party's standing changing (joined, status-changed, left: read from the
 * membership intervals), a party applying for a status (applied: the applications), and a forum
 * meeting at the top (summit: its summits and meetings).
 */
export const CHANGE_KINDS = ['joined', 'status-changed', 'left', 'applied', 'summit'] as const
export type DatedChangeKind = (typeof CHANGE_KINDS)[number]

/** The three families the page's "What" filter offers (`kind=`), each a set of change kinds. */
export const CHANGE_FAMILIES = {
  membership: ['joined', 'status-changed', 'left'],
  application: ['applied'],
  summit: ['summit'],
} as const satisfies Record<string, readonly DatedChangeKind[]>
export type ChangeFamily = keyof typeof CHANGE_FAMILIES

/** The summit or meeting a `summit` change is. */
export interface ChangeEvent {
  id: string
  /** summit or meeting (the event's own kind). */
  kind: string
  title: string
  place: string | null
  endDate: string | null
  hosts: { code: string; name: string }[]
}

/** One dated, sourced change: what /changes, its CSV, JSON and Atom feed list. */
export interface DatedChange {
  day: string
  /** How precisely the day is known (a departure is dated the day after the interval's last day, as precisely as that day). */
  precision: Precision
  kind: DatedChangeKind
  /**
   * Whose change it is. For a summit: the party the filter asked for (attending it in `role`), or
   * null without a party filter (a summit is the forum's; its hosts are in `event`).
   */
  partyCode: string | null
  partyName: string | null
  forumCode: string
  forumName: string
  /** The status before: null for an accession; for an application, the status in force the day before it (null: none). */
  previousStatus: MembershipStatus | null
  /** The status after: null for a departure and a summit; for an application, the status sought. */
  status: MembershipStatus | null
  note: string | null
  /** The citation stating the change: the interval's, the application's or the event's. */
  source: SourceRef
  /** A summit's event; null otherwise. */
  event: ChangeEvent | null
  /** The party's role at the summit (host, participant, guest_of_honour, observer), when a party filter asked. */
  role: string | null
}

/** An application as /changes needs it (lib/queries/applications.ts reads them). */
export interface ApplicationFact {
  partyCode: string
  partyName: string
  forumCode: string
  forumName: string
  soughtStatus: MembershipStatus
  applied: string
  appliedPrecision: Precision
  note: string | null
  source: SourceRef
}

/** An event as /changes needs it (the shape lib/queries/events.ts gives). */
export interface EventFact {
  id: string
  forumCode: string | null
  forumName: string | null
  kind: string
  startDate: string
  endDate: string | null
  datePrecision: Precision
  place: string | null
  title: string
  note: string | null
  source: SourceRef
  attendees: { partyCode: string; partyName: string; role: string }[]
}

/** The event kinds /changes lists as summits: the meetings of a forum at the top, not its ministerials or signings (those are on /events). */
export const SUMMIT_EVENT_KINDS = ['summit', 'meeting'] as const

const inWindow = (day: string, from: string, to: string) => day > from && day <= to

/**
 * The membership changes whose day falls after `from` and on or before `to` (the standing on
 * `from` plus these changes is the standing on `to`). An interval starting the day after another
 * of the same party and forum ended is a status change; an interval ending with no such successor
 * is a departure (transforms/timeline.ts).
 */
function membershipChangesBetween(intervals: MembershipInterval[], from: string, to: string): DatedChange[] {
  const out: DatedChange[] = []
  for (const list of byPair(intervals).values()) {
    for (const c of membershipChanges(list, to)) {
      if (!inWindow(c.day, from, to)) continue
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
        note: i.note,
        source: i.source,
        event: null,
        role: null,
      })
    }
  }
  return out
}

function byPair(intervals: MembershipInterval[]): Map<string, MembershipInterval[]> {
  const pairs = new Map<string, MembershipInterval[]>()
  for (const i of intervals) {
    const key = `${i.forumCode}\t${i.partyCode}`
    const list = pairs.get(key)
    if (list) list.push(i)
    else pairs.set(key, [i])
  }
  return pairs
}

/** The party's status in the forum on the day before `day` (what it held when it applied), or null. */
function statusBefore(pairIntervals: MembershipInterval[] | undefined, day: string): MembershipStatus | null {
  const held = pairIntervals?.find((i) => i.validFrom < day && (i.validTo === null || dayAfter(i.validTo) >= day))
  return held?.status ?? null
}

function applicationChangesBetween(applications: ApplicationFact[], intervals: MembershipInterval[], from: string, to: string): DatedChange[] {
  const pairs = byPair(intervals)
  return applications
    .filter((a) => inWindow(a.applied, from, to))
    .map((a) => ({
      day: a.applied,
      precision: a.appliedPrecision,
      kind: 'applied' as const,
      partyCode: a.partyCode,
      partyName: a.partyName,
      forumCode: a.forumCode,
      forumName: a.forumName,
      previousStatus: statusBefore(pairs.get(`${a.forumCode}\t${a.partyCode}`), a.applied),
      status: a.soughtStatus,
      note: a.note,
      source: a.source,
      event: null,
      role: null,
    }))
}

function summitChangesBetween(events: EventFact[], from: string, to: string, party: string | null): DatedChange[] {
  const out: DatedChange[] = []
  for (const e of events) {
    if (!e.forumCode || !(SUMMIT_EVENT_KINDS as readonly string[]).includes(e.kind) || !inWindow(e.startDate, from, to)) continue
    const attended = party ? e.attendees.find((a) => a.partyCode === party) : undefined
    if (party && !attended) continue
    out.push({
      day: e.startDate,
      precision: e.datePrecision,
      kind: 'summit',
      partyCode: attended?.partyCode ?? null,
      partyName: attended?.partyName ?? null,
      forumCode: e.forumCode,
      forumName: e.forumName ?? e.forumCode,
      previousStatus: null,
      status: null,
      note: e.note,
      source: e.source,
      event: {
        id: e.id,
        kind: e.kind,
        title: e.title,
        place: e.place,
        endDate: e.endDate,
        hosts: e.attendees
          .filter((a) => a.role === 'host')
          .map((a) => ({ code: a.partyCode, name: a.partyName }))
          .sort((a, b) => a.name.localeCompare(b.name, 'en')),
      },
      role: attended?.role ?? null,
    })
  }
  return out
}

const KIND_RANK: Record<DatedChangeKind, number> = { summit: 0, applied: 1, joined: 2, 'status-changed': 3, left: 4 }

/** Oldest first; on one day in one forum its summit first, then party by party. */
export function compareChanges(a: DatedChange, b: DatedChange): number {
  return (
    a.day.localeCompare(b.day) ||
    a.forumCode.localeCompare(b.forumCode) ||
    Number(a.kind !== 'summit') - Number(b.kind !== 'summit') ||
    (a.partyName ?? '').localeCompare(b.partyName ?? '') ||
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    (a.event?.id ?? '').localeCompare(b.event?.id ?? '') ||
    (a.status ?? '').localeCompare(b.status ?? '')
  )
}

export interface ChangeRecord {
  intervals: MembershipInterval[]
  applications?: ApplicationFact[]
  events?: EventFact[]
}

/**
 * Every change whose day falls after `from` and on or before `to`, oldest first. The record must
 * already be narrowed to the forum and party asked for, except the events: `party` keeps the
 * summits that party attended (in any role), and says whose row it is.
 */
export function changesBetween(record: ChangeRecord | MembershipInterval[], from: string, to: string, party: string | null = null): DatedChange[] {
  const r = Array.isArray(record) ? { intervals: record } : record
  return [
    ...membershipChangesBetween(r.intervals, from, to),
    ...applicationChangesBetween(r.applications ?? [], r.intervals, from, to),
    ...summitChangesBetween(r.events ?? [], from, to, party),
  ].sort(compareChanges)
}

/** Only the changes of one family (the page's "What" filter); all without one. */
export function ofFamily(changes: DatedChange[], family: ChangeFamily | null | undefined): DatedChange[] {
  if (!family) return changes
  const kinds: readonly DatedChangeKind[] = CHANGE_FAMILIES[family]
  return changes.filter((c) => kinds.includes(c.kind))
}

/** How many of each kind, for the summary line. */
export function countChanges(changes: readonly DatedChange[]): Record<DatedChangeKind, number> {
  const counts = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<DatedChangeKind, number>
  for (const c of changes) counts[c.kind]++
  return counts
}

/**
 * The anchor of a change's row on /changes (and the end of its Atom entry's id): unique among the
 * changes of one day in one forum for one party. A summit's is the same whichever party the page
 * was filtered to, so that it names the summit, not the view.
 */
export function changeAnchor(c: DatedChange): string {
  const what = c.kind === 'summit' ? `summit-${c.event!.id}` : `${c.partyCode}-${c.kind === 'applied' ? `applied-${c.status}` : c.kind}`
  return `${c.day}-${c.forumCode}-${what}`.replace(/[^A-Za-z0-9._-]/g, '_')
}

/** The day before an ISO day. */
export function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - 1)
  return d.toISOString().slice(0, 10)
}

/**
 * The address on /changes that lists this change (the day before it to its day, in its forum, for
 * its party; a summit unfiltered by party), with the row's anchor: its permalink.
 */
export function changePermalink(c: DatedChange): string {
  const params = new URLSearchParams({ from: dayBefore(c.day), to: c.day, forum: c.forumCode })
  if (c.kind === 'summit') params.set('kind', 'summit')
  else params.set('party', c.partyCode!)
  return `/changes?${params}#${changeAnchor(c)}`
}
