import 'server-only'
import { cache } from 'react'
import { db, type Db } from './client'
import { eventSelect, membershipSelect, partySelect, toEvent, toInterval } from './select'
import type { EventSummary, MembershipInterval } from '../domain/types'

export interface PartyListItem {
  code: string
  name: string
  shortName: string
  kind: string
  region: string
  forums: number
}

/** Parties that appear in at least one forum, by region and name. */
export const listParties = cache(async (given?: Db): Promise<PartyListItem[]> => {
  const prisma = await db(given)
  const rows = await prisma.party.findMany({
    where: { memberships: { some: {} } },
    select: {
      ...partySelect,
      memberships: { select: { forumCode: true }, distinct: ['forumCode'] },
    },
    orderBy: [{ region: 'asc' }, { name: 'asc' }],
  })
  return rows.map(({ memberships, ...p }) => ({ ...p, forums: memberships.length }))
})

export interface PartyDetail {
  code: string
  name: string
  shortName: string
  kind: string
  region: string
  memberships: MembershipInterval[]
  events: (EventSummary & { role: string })[]
}

export const getParty = cache(async (code: string, given?: Db): Promise<PartyDetail | null> => {
  const prisma = await db(given)
  const p = await prisma.party.findUnique({
    where: { code },
    select: {
      ...partySelect,
      memberships: { select: membershipSelect, orderBy: [{ validFrom: 'asc' }, { forumCode: 'asc' }] },
      attendances: { select: { role: true, event: { select: eventSelect } }, orderBy: { event: { startDate: 'asc' } } },
    },
  })
  if (!p) return null
  return {
    code: p.code,
    name: p.name,
    shortName: p.shortName,
    kind: p.kind,
    region: p.region,
    memberships: p.memberships.map(toInterval),
    events: p.attendances.map((a) => ({ ...toEvent(a.event), role: a.role })),
  }
})
