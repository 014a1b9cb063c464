import 'server-only'
import { dayToDate, isoDay, type Precision } from '../dates'
import type { MembershipStatus } from '../domain/vocabulary'
import { db, type Db } from './client'
import { applicationSelect } from './select'
import type { SourceRef } from '../domain/types'

export interface ApplicationSummary {
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

export interface ListApplicationsArgs {
  forums?: string[]
  parties?: string[]
  /** Only applications made on or before this day. */
  asOf?: string
}

/** Applications for a status (dated, sourced facts of their own), oldest first. */
export async function listApplications(args: ListApplicationsArgs, given?: Db): Promise<ApplicationSummary[]> {
  const prisma = await db(given)
  const rows = await prisma.application.findMany({
    where: {
      ...(args.forums?.length ? { forumCode: { in: args.forums } } : {}),
      ...(args.parties?.length ? { partyCode: { in: args.parties } } : {}),
      ...(args.asOf ? { applied: { lte: dayToDate(args.asOf) } } : {}),
    },
    select: applicationSelect,
    orderBy: [{ applied: 'asc' }, { partyCode: 'asc' }, { forumCode: 'asc' }],
  })
  return rows.map((a) => ({
    partyCode: a.partyCode,
    partyName: a.party.name,
    forumCode: a.forumCode,
    forumName: a.forum.name,
    soughtStatus: a.soughtStatus,
    applied: isoDay(a.applied)!,
    appliedPrecision: a.appliedPrecision,
    note: a.note,
    source: a.source,
  }))
}
