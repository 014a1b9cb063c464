import 'server-only'
import { publicCorrection, type PublicCorrection } from '../transforms/corrections'
import { db, type Db } from './client'

/** An audit entry's public fields: what, when and why, never who (the admin pages add the curator). */
export const correctionSelect = {
  id: true,
  at: true,
  action: true,
  entity: true,
  entityId: true,
  partyCode: true,
  forumCode: true,
  before: true,
  after: true,
  comment: true,
  revertOfId: true,
  revertedBy: { select: { id: true } },
} as const

/**
 * The curated corrections, newest first, as the public may see them: what, when and why. The
 * curator is never selected (no email, no id), so nothing downstream can show who made a change.
 */
export async function listCorrections(given?: Db): Promise<PublicCorrection[]> {
  const prisma = await db(given)
  const rows = await prisma.auditEntry.findMany({
    select: correctionSelect,
    orderBy: { id: 'desc' },
  })
  return rows.map(({ at, revertedBy, ...r }) => publicCorrection({ ...r, at: at.toISOString(), revertedById: revertedBy?.id ?? null }))
}
