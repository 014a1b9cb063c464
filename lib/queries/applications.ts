import 'server-only'
import type { Precision } from '../dates'
import type { MembershipStatus } from '../domain/vocabulary'
import { db, type Db } from './client'
import { bulkRead } from '../db/bulk-read'
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

/** A row of the statement: the summary with its source's fields flat. */
interface ApplicationRow extends Omit<ApplicationSummary, 'source'> {
  sourceId: string
  sourceTitle: string
  sourcePublisher: string | null
  sourceUrl: string | null
  sourcePublished: string | null
  sourceKind: string
}

/**
 * Applications for a status (dated, sourced facts of their own), oldest first. One statement on the
 * driver: the matrix page asks on every render, and Prisma's relation query cost 4–8 ms even on an
 * empty table (its query compiler plans each call), about a tenth of the whole page (docs/performance.md).
 */
export async function listApplications(args: ListApplicationsArgs, given?: Db): Promise<ApplicationSummary[]> {
  const prisma = await db(given)
  const rows = await bulkRead<ApplicationRow>(
    prisma,
    `SELECT a.party_code AS "partyCode", p.name AS "partyName", a.forum_code AS "forumCode", f.name AS "forumName",
            a.sought_status::text AS "soughtStatus", to_char(a.applied, 'YYYY-MM-DD') AS applied,
            a.applied_precision::text AS "appliedPrecision", a.note,
            s.id AS "sourceId", s.title AS "sourceTitle", s.publisher AS "sourcePublisher", s.url AS "sourceUrl",
            s.published AS "sourcePublished", s.kind::text AS "sourceKind"
       FROM application a
       JOIN party p ON p.code = a.party_code
       JOIN forum f ON f.code = a.forum_code
       JOIN source s ON s.id = a.source_id
      WHERE ($1::text[] IS NULL OR a.forum_code = ANY($1::text[]))
        AND ($2::text[] IS NULL OR a.party_code = ANY($2::text[]))
        AND ($3::date IS NULL OR a.applied <= $3::date)
      ORDER BY a.applied, a.party_code, a.forum_code`,
    [args.forums?.length ? args.forums : null, args.parties?.length ? args.parties : null, args.asOf ?? null],
  )
  return rows.map((a) => ({
    partyCode: a.partyCode,
    partyName: a.partyName,
    forumCode: a.forumCode,
    forumName: a.forumName,
    soughtStatus: a.soughtStatus,
    applied: a.applied,
    appliedPrecision: a.appliedPrecision,
    note: a.note,
    source: { id: a.sourceId, title: a.sourceTitle, publisher: a.sourcePublisher, url: a.sourceUrl, published: a.sourcePublished, kind: a.sourceKind },
  }))
}
