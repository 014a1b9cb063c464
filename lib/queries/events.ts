import 'server-only'
import { dayToDate } from '../dates'
import { ATTENDANCE_ROLES, EVENT_KINDS } from '../domain/vocabulary'
import { ParamError, type EventsQuery } from '../params'
import { db, type Db } from './client'
import { findUnknownCodes } from './codes'
import { eventSelect, toEvent } from './select'
import type { EventSummary } from '../domain/types'

export interface ListEventsArgs {
  forum?: string
  kind?: (typeof EVENT_KINDS)[number]
  /** Only events this party attended (in `role`, when given). */
  party?: string
  /** Only events with an attendee in this role. */
  role?: (typeof ATTENDANCE_ROLES)[number]
  /** Start years, inclusive; `year` narrows both ends. */
  year?: number
  from?: number
  to?: number
}

const roleRank = (role: string) => {
  const i = (ATTENDANCE_ROLES as readonly string[]).indexOf(role)
  return i === -1 ? ATTENDANCE_ROLES.length : i
}

/**
 * Events, oldest first (by start day, then id), each with every attendee — hosts first, then
 * participants, guests of honour and observers, each by name. The filters select events, never
 * attendees: an event Kazakhstan attended lists everyone who was there.
 */
export async function listEvents(args: ListEventsArgs, given?: Db): Promise<EventSummary[]> {
  const prisma = await db(given)
  const from = Math.max(args.from ?? -Infinity, args.year ?? -Infinity)
  const to = Math.min(args.to ?? Infinity, args.year ?? Infinity)
  const startDate = {
    ...(Number.isFinite(from) ? { gte: dayToDate(`${String(from).padStart(4, '0')}-01-01`) } : {}),
    ...(Number.isFinite(to) ? { lte: dayToDate(`${String(to).padStart(4, '0')}-12-31`) } : {}),
  }
  const attended = { ...(args.party ? { partyCode: args.party } : {}), ...(args.role ? { role: args.role } : {}) }
  const rows = await prisma.event.findMany({
    where: {
      ...(args.forum ? { forumCode: args.forum } : {}),
      ...(args.kind ? { kind: args.kind } : {}),
      ...(Object.keys(startDate).length ? { startDate } : {}),
      ...(Object.keys(attended).length ? { attendances: { some: attended } } : {}),
    },
    select: eventSelect,
    orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
  })
  return rows.map((row) => {
    const e = toEvent(row)
    e.attendees.sort((a, b) => roleRank(a.role) - roleRank(b.role) || a.partyName.localeCompare(b.partyName, 'en'))
    return e
  })
}

/** Validates the codes and the year range of an events query against the database, then runs it. */
export async function queryEvents(q: EventsQuery, given?: Db): Promise<EventSummary[]> {
  if (q.from !== undefined && q.to !== undefined && q.from > q.to) throw new ParamError('from', 'must not be after to')
  const unknown = await findUnknownCodes({ forums: q.forum ? [q.forum] : [], parties: q.party ? [q.party] : [] }, given)
  if (unknown.forums.length) throw new ParamError('forum', `unknown forum code: ${unknown.forums[0]}`)
  if (unknown.parties.length) throw new ParamError('party', `unknown party code: ${unknown.parties[0]}`)
  return listEvents(q, given)
}

export interface EventChoices {
  /** Forums that have at least one event, by code. */
  forums: { code: string; shortName: string; name: string }[]
  /** Parties that attended at least one event, by name. */
  parties: { code: string; name: string }[]
  /** First and last start year of any event (null when there is none). */
  years: { min: number; max: number } | null
  total: number
}

/** What the filters of /events can offer. */
export async function getEventChoices(given?: Db): Promise<EventChoices> {
  const prisma = await db(given)
  const [forums, parties, span, total] = await Promise.all([
    prisma.forum.findMany({ where: { events: { some: {} } }, select: { code: true, shortName: true, name: true }, orderBy: { code: 'asc' } }),
    prisma.party.findMany({ where: { attendances: { some: {} } }, select: { code: true, name: true }, orderBy: { name: 'asc' } }),
    prisma.event.aggregate({ _min: { startDate: true }, _max: { startDate: true } }),
    prisma.event.count(),
  ])
  const min = span._min.startDate
  const max = span._max.startDate
  return {
    forums,
    parties,
    years: min && max ? { min: min.getUTCFullYear(), max: max.getUTCFullYear() } : null,
    total,
  }
}
