import 'server-only'
import { dayToDate } from '../dates'
import { db, type Db } from './client'
import { membershipSelect, toInterval } from './select'
import type { MembershipInterval } from '../domain/types'

export interface ListMembershipsArgs {
  /** Only intervals in force on this day (inclusive at both ends). */
  asOf?: string
  forums?: string[]
  parties?: string[]
}

/** Membership intervals, ordered by forum, party and start. */
export async function listMemberships(args: ListMembershipsArgs, given?: Db): Promise<MembershipInterval[]> {
  const prisma = await db(given)
  const asOf = args.asOf ? dayToDate(args.asOf) : undefined
  const rows = await prisma.membership.findMany({
    where: {
      ...(args.forums?.length ? { forumCode: { in: args.forums } } : {}),
      ...(args.parties?.length ? { partyCode: { in: args.parties } } : {}),
      ...(asOf ? { validFrom: { lte: asOf }, OR: [{ validTo: null }, { validTo: { gte: asOf } }] } : {}),
    },
    select: membershipSelect,
    orderBy: [{ forumCode: 'asc' }, { partyCode: 'asc' }, { validFrom: 'asc' }],
  })
  return rows.map(toInterval)
}
