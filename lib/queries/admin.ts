import 'server-only'
import { cache } from 'react'
import { cookies } from 'next/headers'
import { SESSION_COOKIE, sessionFromToken, type CuratorSession } from '../auth/session'
import { db, type Db } from './client'
import { correctionSelect } from './corrections'

/** The signed-in curator of this request, or null; read once per request (layout and page share it). */
export const currentCurator = cache(async (): Promise<CuratorSession | null> => sessionFromToken((await cookies()).get(SESSION_COOKIE)?.value))

export async function adminChoices(given?: Db) {
  const prisma = await db(given)
  const [parties, forums, sources] = await Promise.all([
    prisma.party.findMany({ select: { code: true, name: true }, orderBy: { name: 'asc' } }),
    prisma.forum.findMany({ select: { code: true, name: true }, orderBy: { code: 'asc' } }),
    prisma.source.findMany({ select: { id: true, title: true }, orderBy: { id: 'asc' } }),
  ])
  return { parties, forums, sources }
}

export interface AuditListItem {
  id: number
  at: string
  curator: string
  action: string
  entity: string
  entityId: string
  partyCode: string | null
  forumCode: string | null
  before: unknown
  after: unknown
  comment: string
  revertOfId: number | null
  revertedBy: number | null
}

export async function listAudit(filter: { party?: string; forum?: string; action?: string; curator?: string }, given?: Db): Promise<AuditListItem[]> {
  const prisma = await db(given)
  const rows = await prisma.auditEntry.findMany({
    where: {
      ...(filter.party ? { partyCode: filter.party } : {}),
      ...(filter.forum ? { forumCode: filter.forum } : {}),
      ...(filter.action ? { action: filter.action } : {}),
      ...(filter.curator ? { curator: { email: filter.curator } } : {}),
    },
    // The public fields, and the curator, whom only the admin pages may see.
    select: { ...correctionSelect, curator: { select: { email: true } } },
    orderBy: { id: 'desc' },
    take: 500,
  })
  return rows.map(({ curator, revertedBy, at, ...r }) => ({ ...r, at: at.toISOString(), curator: curator.email, revertedBy: revertedBy?.id ?? null }))
}

/** When a curator last changed the facts of a forum or party (null: as shipped in the dataset). */
export async function lastUpdated(where: { forumCode: string } | { partyCode: string }, given?: Db): Promise<string | null> {
  const prisma = await db(given)
  const row = await prisma.auditEntry.findFirst({ where, select: { at: true }, orderBy: { at: 'desc' } })
  return row ? row.at.toISOString() : null
}
