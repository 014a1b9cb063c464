import 'server-only'
import { dayToDate, todayIso } from '../dates'
import { ParamError, type ChangesQuery } from '../params'
import { changesBetween, type DatedChange } from '../transforms/changes'
import { db, type Db } from './client'
import { findUnknownCodes } from './codes'
import { membershipSelect, toInterval } from './select'

export interface ChangesView {
  from: string
  to: string
  forum: string | null
  party: string | null
  changes: DatedChange[]
}

/** The same day a year before (29 Feb: 28 Feb). */
function yearBefore(day: string): string {
  const monthDay = day.slice(4) === '-02-29' ? '-02-28' : day.slice(4)
  return `${String(Number(day.slice(0, 4)) - 1).padStart(4, '0')}${monthDay}`
}

/**
 * The accessions, status changes and departures between two days, with the query as understood
 * (defaults filled in). Unknown codes and a `to` before `from` are the caller's mistake (ParamError).
 */
export async function queryChanges(query: ChangesQuery, given?: Db): Promise<ChangesView> {
  const to = query.to ?? todayIso()
  const from = query.from ?? yearBefore(to)
  if (to < from) throw query.to === undefined ? new ParamError('from', `must not be after to (${to}, today)`) : new ParamError('to', 'must not be before from')
  const unknown = await findUnknownCodes({ forums: query.forum ? [query.forum] : [], parties: query.party ? [query.party] : [] }, given)
  if (unknown.forums.length) throw new ParamError('forum', `unknown forum code: ${unknown.forums[0]}`)
  if (unknown.parties.length) throw new ParamError('party', `unknown party code: ${unknown.parties[0]}`)
  const prisma = await db(given)
  // Every interval a change in the window can come from, with the neighbours that tell a status
  // change from an accession: it starts by `to` and ends (if it does) no earlier than `from`.
  const rows = await prisma.membership.findMany({
    where: {
      ...(query.forum ? { forumCode: query.forum } : {}),
      ...(query.party ? { partyCode: query.party } : {}),
      validFrom: { lte: dayToDate(to) },
      OR: [{ validTo: null }, { validTo: { gte: dayToDate(from) } }],
    },
    select: membershipSelect,
    orderBy: [{ forumCode: 'asc' }, { partyCode: 'asc' }, { validFrom: 'asc' }],
  })
  return { from, to, forum: query.forum ?? null, party: query.party ?? null, changes: changesBetween(rows.map(toInterval), from, to) }
}

/** The forums and parties /changes offers: those with a membership on record. */
export async function getChangeChoices(given?: Db): Promise<{ forums: { code: string; name: string }[]; parties: { code: string; name: string }[] }> {
  const prisma = await db(given)
  const [forums, parties] = await Promise.all([
    prisma.forum.findMany({ where: { memberships: { some: {} } }, select: { code: true, name: true }, orderBy: { name: 'asc' } }),
    prisma.party.findMany({ where: { memberships: { some: {} } }, select: { code: true, name: true }, orderBy: { name: 'asc' } }),
  ])
  return { forums, parties }
}
