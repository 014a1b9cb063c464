import { adminAction, formFields } from '@/lib/auth/admin-action'
import { CurationError, editMembership, editMembershipInput, parseInput } from '@/lib/curation/memberships'

export const dynamic = 'force-dynamic'

/** POST /api/admin/memberships/:id/edit — corrects the interval's dates, note or source. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return adminAction(request, async ({ form, session, sql }) => {
    if (!/^\d+$/.test(id)) throw new CurationError('id', `No membership interval ${id}.`)
    const row = await editMembership(sql, session.curatorId, Number(id), parseInput(editMembershipInput, formFields(form)))
    return `Saved ${row.party_code} in ${row.forum_code} (${row.valid_from}–${row.valid_to ?? ''}).`
  })
}
