import 'server-only'
import { dayToDate, isoDay, todayIso } from '../dates'
import { ParamError, type ChangesFeedQuery, type ChangesQuery } from '../params'
import { changesBetween, compareChanges, ofFamily, SUMMIT_EVENT_KINDS, type ApplicationFact, type ChangeFamily, type DatedChange } from '../transforms/changes'
import { db, type Db } from './client'
import { findUnknownCodes } from './codes'
import { applicationSelect, eventSelect, membershipSelect, toEvent, toInterval } from './select'

export interface ChangesView {
  from: string
  to: string
  forum: string | null
  party: string | null
  kind: ChangeFamily | null
  changes: DatedChange[]
}

/** The same day `years` years before (29 Feb: 28 Feb). */
function yearsBefore(day: string, years: number): string {
  const monthDay = day.slice(4) === '-02-29' ? '-02-28' : day.slice(4)
  return `${String(Math.max(1, Number(day.slice(0, 4)) - years)).padStart(4, '0')}${monthDay}`
}

async function checkCodes(query: { forum?: string; party?: string }, given?: Db) {
  const unknown = await findUnknownCodes({ forums: query.forum ? [query.forum] : [], parties: query.party ? [query.party] : [] }, given)
  if (unknown.forums.length) throw new ParamError('forum', `unknown forum code: ${unknown.forums[0]}`)
  if (unknown.parties.length) throw new ParamError('party', `unknown party code: ${unknown.parties[0]}`)
}

/** Reads only what a change in the window can come from, then lets transforms/changes.ts say what changed. */
async function readChanges(from: string, to: string, filter: { forum?: string; party?: string }, given?: Db): Promise<DatedChange[]> {
  const prisma = await db(given)
  const forum = filter.forum ? { forumCode: filter.forum } : {}
  const party = filter.party ? { partyCode: filter.party } : {}
  const [intervals, applications, events] = await Promise.all([
    // Every interval a change in the window can come from, with the neighbours that tell a status
    // change from an accession (and the status an applicant held): it starts by `to` and ends (if
    // it does) no earlier than `from`.
    prisma.membership.findMany({
      where: { ...forum, ...party, validFrom: { lte: dayToDate(to) }, OR: [{ validTo: null }, { validTo: { gte: dayToDate(from) } }] },
      select: membershipSelect,
      orderBy: [{ forumCode: 'asc' }, { partyCode: 'asc' }, { validFrom: 'asc' }],
    }),
    prisma.application.findMany({
      where: { ...forum, ...party, applied: { gt: dayToDate(from), lte: dayToDate(to) } },
      select: applicationSelect,
    }),
    prisma.event.findMany({
      where: {
        ...(filter.forum ? { forumCode: filter.forum } : { forumCode: { not: null } }),
        kind: { in: [...SUMMIT_EVENT_KINDS] },
        startDate: { gt: dayToDate(from), lte: dayToDate(to) },
        ...(filter.party ? { attendances: { some: { partyCode: filter.party } } } : {}),
      },
      select: eventSelect,
    }),
  ])
  return changesBetween(
    {
      intervals: intervals.map(toInterval),
      applications: applications.map(toApplication),
      // The same summary as /events (lib/queries/select.ts); the changes read what they need of it.
      events: events.map(toEvent),
    },
    from,
    to,
    filter.party ?? null,
  )
}

export function toApplication(a: {
  partyCode: string
  forumCode: string
  soughtStatus: ApplicationFact['soughtStatus']
  applied: Date
  appliedPrecision: ApplicationFact['appliedPrecision']
  note: string | null
  party: { name: string }
  forum: { name: string }
  source: ApplicationFact['source']
}): ApplicationFact {
  return { ...a, partyName: a.party.name, forumName: a.forum.name, applied: isoDay(a.applied) }
}

/**
 * The accessions, status changes, departures, applications and summits between two days, with the
 * query as understood (defaults filled in). Unknown codes and a `to` before `from` are the caller's
 * mistake (ParamError).
 */
export async function queryChanges(query: ChangesQuery, given?: Db): Promise<ChangesView> {
  const to = query.to ?? todayIso()
  const from = query.from ?? yearsBefore(to, 1)
  if (to < from) throw query.to === undefined ? new ParamError('from', `must not be after to (${to}, today)`) : new ParamError('to', 'must not be before from')
  await checkCodes(query, given)
  const changes = ofFamily(await readChanges(from, to, query, given), query.kind)
  return { from, to, forum: query.forum ?? null, party: query.party ?? null, kind: query.kind ?? null, changes }
}

export interface ChangesFeed {
  forum: string | null
  party: string | null
  kind: ChangeFamily | null
  forumName?: string
  partyName?: string
  /** Newest first. */
  changes: DatedChange[]
}

/** How many entries /changes.atom carries. */
export const FEED_SIZE = 50

/**
 * The newest changes up to today (at most FEED_SIZE, newest first), for /changes.atom. It reads a
 * window back from today and widens it until it holds enough or covers the whole record, so the
 * usual feed reads two years, not a century.
 */
export async function queryChangesFeed(query: ChangesFeedQuery, given?: Db, today = todayIso()): Promise<ChangesFeed> {
  await checkCodes(query, given)
  let changes: DatedChange[] = []
  for (const years of [2, 8, 32, 128, 10_000]) {
    const from = yearsBefore(today, years)
    changes = ofFamily(await readChanges(from, today, query, given), query.kind)
    if (changes.length >= FEED_SIZE) break
  }
  const newest = changes.sort((a, b) => compareChanges(b, a)).slice(0, FEED_SIZE)
  const prisma = await db(given)
  const [forum, party] = await Promise.all([
    query.forum ? prisma.forum.findUnique({ where: { code: query.forum }, select: { name: true } }) : null,
    query.party ? prisma.party.findUnique({ where: { code: query.party }, select: { name: true } }) : null,
  ])
  return {
    forum: query.forum ?? null,
    party: query.party ?? null,
    kind: query.kind ?? null,
    forumName: forum?.name,
    partyName: party?.name,
    changes: newest,
  }
}

/** The forums and parties /changes offers: those with a membership, an application or an attendance on record. */
export async function getChangeChoices(given?: Db): Promise<{ forums: { code: string; name: string }[]; parties: { code: string; name: string }[] }> {
  const prisma = await db(given)
  const [forums, parties] = await Promise.all([
    prisma.forum.findMany({
      where: { OR: [{ memberships: { some: {} } }, { applications: { some: {} } }, { events: { some: { kind: { in: [...SUMMIT_EVENT_KINDS] } } } }] },
      select: { code: true, name: true },
      orderBy: { name: 'asc' },
    }),
    prisma.party.findMany({
      where: { OR: [{ memberships: { some: {} } }, { applications: { some: {} } }, { attendances: { some: {} } }] },
      select: { code: true, name: true },
      orderBy: { name: 'asc' },
    }),
  ])
  return { forums, parties }
}
