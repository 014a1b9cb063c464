import type { Precision } from '../dates'
import type { MembershipStatus } from './vocabulary'

/** The domain's plain, serialisable shapes, shared by queries, transforms and views (ISO date strings, no Prisma objects). */

export interface SourceRef {
  id: string
  title: string
  publisher: string | null
  url: string | null
  published: string | null
  kind: string
}

/** The least a computation over intervals needs: whose, in which forum, which status, from when to when (both ends inclusive, null = open). */
export interface StatusInterval {
  partyCode: string
  forumCode: string
  status: MembershipStatus
  validFrom: string
  validTo: string | null
}

/** What one membership interval says: status, dates with their precision, note, source. */
export interface IntervalFacts {
  status: MembershipStatus
  validFrom: string
  validFromPrecision: Precision
  validTo: string | null
  validToPrecision: Precision | null
  note: string | null
  source: SourceRef
}

export interface MembershipInterval extends IntervalFacts {
  id: number
  partyCode: string
  partyName: string
  forumCode: string
  forumName: string
  /** The summit that decided this interval, where the source says so. */
  decidedAt: { id: string; title: string; day: string; forumCode: string | null } | null
}

export interface EventSummary {
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
  /** Every attendee; `source` is the attendance's own citation, null when the event's source covers it. */
  attendees: { partyCode: string; partyName: string; role: string; note: string | null; source: SourceRef | null }[]
  /** The memberships whose source says this event decided them (an accession, a change of status), in date order. */
  decisions: { partyCode: string; partyName: string; forumCode: string; status: MembershipStatus; from: string; fromPrecision: Precision }[]
}
