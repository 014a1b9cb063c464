import { adminAction, formFields } from '@/lib/auth/admin-action'
import { CurationError, parseInput, revertChange, revertInput } from '@/lib/curation/memberships'

export const dynamic = 'force-dynamic'

/** POST /api/admin/audit/:id/revert — undoes one change (with a comment). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return adminAction(request, async ({ form, session, sql }) => {
    if (!/^\d+$/.test(id)) throw new CurationError('id', `No change ${id}.`)
    await revertChange(sql, session.curatorId, Number(id), parseInput(revertInput, formFields(form)))
    return `Change ${id} reverted.`
  })
}
