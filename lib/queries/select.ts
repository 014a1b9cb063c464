import 'server-only'
import { isoDay, type Precision } from '../dates'
import type { MembershipStatus } from '../domain/vocabulary'
import type { EventSummary, MembershipInterval, SourceRef } from '../domain/types'

/** The Prisma selections shared by several queries, and their mapping to plain shapes. */

export const sourceSelect = { id: true, title: true, publisher: true, url: true, published: true, kind: true } as const

/** A forum's own fields: names, kind, and when it was founded and dissolved, and how precisely. */
export const forumSelect = {
  code: true,
  name: true,
  shortName: true,
  kind: true,
  founded: true,
  foundedPrecision: true,
  dissolved: true,
  dissolvedPrecision: true,
} as const

/** A party's own fields. */
export const partySelect = { code: true, name: true, shortName: true, kind: true, region: true } as const

/** An interval's own fields: who, where, in which status, from when to when, and how precisely. */
export const intervalSelect = {
  partyCode: true,
  forumCode: true,
  status: true,
  validFrom: true,
  validFromPrecision: true,
  validTo: true,
  validToPrecision: true,
} as const

export const membershipSelect = {
  id: true,
  ...intervalSelect,
  note: true,
  party: { select: { name: true } },
  forum: { select: { name: true } },
  source: { select: sourceSelect },
  decidedAt: { select: { id: true, title: true, startDate: true, forumCode: true } },
} as const

interface MembershipRecord {
  id: number
  partyCode: string
  forumCode: string
  status: MembershipInterval['status']
  validFrom: Date
  validFromPrecision: MembershipInterval['validFromPrecision']
  validTo: Date | null
  validToPrecision: MembershipInterval['validToPrecision']
  note: string | null
  party: { name: string }
  forum: { name: string }
  source: SourceRef
  decidedAt: { id: string; title: string; startDate: Date; forumCode: string | null } | null
}

export function toInterval(m: MembershipRecord): MembershipInterval {
  return {
    id: m.id,
    partyCode: m.partyCode,
    partyName: m.party.name,
    forumCode: m.forumCode,
    forumName: m.forum.name,
    status: m.status,
    validFrom: isoDay(m.validFrom),
    validFromPrecision: m.validFromPrecision,
    validTo: isoDay(m.validTo),
    validToPrecision: m.validToPrecision,
    note: m.note,
    source: m.source,
    decidedAt: m.decidedAt ? { id: m.decidedAt.id, title: m.decidedAt.title, day: isoDay(m.decidedAt.startDate), forumCode: m.decidedAt.forumCode } : null,
  }
}

export const eventSelect = {
  id: true,
  forumCode: true,
  kind: true,
  startDate: true,
  endDate: true,
  datePrecision: true,
  place: true,
  title: true,
  note: true,
  forum: { select: { name: true } },
  source: { select: sourceSelect },
  attendances: {
    select: { partyCode: true, role: true, note: true, party: { select: { name: true } }, source: { select: sourceSelect } },
    orderBy: { partyCode: 'asc' },
  },
  decisions: {
    select: { partyCode: true, forumCode: true, status: true, validFrom: true, validFromPrecision: true, party: { select: { name: true } } },
    orderBy: { validFrom: 'asc' },
  },
} as const

interface EventRecord {
  id: string
  forumCode: string | null
  kind: string
  startDate: Date
  endDate: Date | null
  datePrecision: EventSummary['datePrecision']
  place: string | null
  title: string
  note: string | null
  forum: { name: string } | null
  source: SourceRef
  attendances: { partyCode: string; role: string; note: string | null; party: { name: string }; source: SourceRef | null }[]
  decisions: { partyCode: string; forumCode: string; status: MembershipStatus; validFrom: Date; validFromPrecision: Precision; party: { name: string } }[]
}

export function toEvent(e: EventRecord): EventSummary {
  return {
    id: e.id,
    forumCode: e.forumCode,
    forumName: e.forum?.name ?? null,
    kind: e.kind,
    startDate: isoDay(e.startDate),
    endDate: isoDay(e.endDate),
    datePrecision: e.datePrecision,
    place: e.place,
    title: e.title,
    note: e.note,
    source: e.source,
    attendees: e.attendances.map((a) => ({ partyCode: a.partyCode, partyName: a.party.name, role: a.role, note: a.note, source: a.source })),
    decisions: e.decisions.map((d) => ({
      partyCode: d.partyCode,
      partyName: d.party.name,
      forumCode: d.forumCode,
      status: d.status,
      from: isoDay(d.validFrom),
      fromPrecision: d.validFromPrecision,
    })),
  }
}

/** An application with its party's and forum's names and its source (/matrix's marks, /changes). */
export const applicationSelect = {
  partyCode: true,
  forumCode: true,
  soughtStatus: true,
  applied: true,
  appliedPrecision: true,
  note: true,
  party: { select: { name: true } },
  forum: { select: { name: true } },
  source: { select: sourceSelect },
} as const
