import { adminAction, formFields } from '@/lib/auth/admin-action'
import { changeStatus, changeStatusInput, CurationError, parseInput } from '@/lib/curation/memberships'

export const dynamic = 'force-dynamic'

/** POST /api/admin/memberships/:id/status — closes the interval and opens one with the new status. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return adminAction(request, async ({ form, session, sql }) => {
    if (!/^\d+$/.test(id)) throw new CurationError('id', `No membership interval ${id}.`)
    const row = await changeStatus(sql, session.curatorId, Number(id), parseInput(changeStatusInput, formFields(form)))
    return `${row.party_code} in ${row.forum_code} is ${row.status} from ${row.valid_from}.`
  })
}
