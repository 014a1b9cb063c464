import 'server-only'
import { cache } from 'react'
import { isoDay, type Precision } from '../dates'
import { db, type Db } from './client'
import { eventSelect, forumSelect, membershipSelect, sourceSelect, toEvent, toInterval } from './select'
import type { EventSummary, MembershipInterval, SourceRef } from '../domain/types'

export interface ForumListItem {
  code: string
  name: string
  shortName: string
  kind: string
  founded: string
  foundedPrecision: Precision
  dissolved: string | null
  dissolvedPrecision: Precision | null
  currentMembers: number
}

export const listForums = cache(async (given?: Db): Promise<ForumListItem[]> => {
  const prisma = await db(given)
  const today = new Date()
  const rows = await prisma.forum.findMany({
    select: {
      ...forumSelect,
      _count: {
        select: {
          memberships: { where: { status: 'member', validFrom: { lte: today }, OR: [{ validTo: null }, { validTo: { gte: today } }] } },
        },
      },
    },
    orderBy: [{ kind: 'asc' }, { code: 'asc' }],
  })
  return rows.map((f) => ({
    code: f.code,
    name: f.name,
    shortName: f.shortName,
    kind: f.kind,
    founded: isoDay(f.founded),
    foundedPrecision: f.foundedPrecision,
    dissolved: isoDay(f.dissolved),
    dissolvedPrecision: f.dissolvedPrecision,
    currentMembers: f._count.memberships,
  }))
})

export interface ForumDetail extends Omit<ForumListItem, 'currentMembers'> {
  headquarters: string | null
  description: string
  source: SourceRef
  predecessor: { code: string; name: string } | null
  successors: { code: string; name: string }[]
  memberships: MembershipInterval[]
  events: EventSummary[]
}

export const getForum = cache(async (code: string, given?: Db): Promise<ForumDetail | null> => {
  const prisma = await db(given)
  const f = await prisma.forum.findUnique({
    where: { code },
    select: {
      ...forumSelect,
      headquarters: true,
      description: true,
      source: { select: sourceSelect },
      predecessor: { select: { code: true, name: true } },
      successors: { select: { code: true, name: true } },
      memberships: { select: membershipSelect, orderBy: [{ validFrom: 'asc' }, { partyCode: 'asc' }] },
      events: { select: eventSelect, orderBy: { startDate: 'asc' } },
    },
  })
  if (!f) return null
  return {
    ...f,
    founded: isoDay(f.founded),
    dissolved: isoDay(f.dissolved),
    memberships: f.memberships.map(toInterval),
    events: f.events.map(toEvent),
  }
})
