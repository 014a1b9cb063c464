import { adminAction, formFields } from '@/lib/auth/admin-action'
import { CurationError, endMembership, endMembershipInput, parseInput } from '@/lib/curation/memberships'

export const dynamic = 'force-dynamic'

/** POST /api/admin/memberships/:id/end — sets the interval's last day. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return adminAction(request, async ({ form, session, sql }) => {
    if (!/^\d+$/.test(id)) throw new CurationError('id', `No membership interval ${id}.`)
    const row = await endMembership(sql, session.curatorId, Number(id), parseInput(endMembershipInput, formFields(form)))
    return `${row.party_code} in ${row.forum_code} now ends on ${row.valid_to}.`
  })
}
