import { adminAction, formFields } from '@/lib/auth/admin-action'
import { addMembership, addMembershipInput, parseInput } from '@/lib/curation/memberships'

export const dynamic = 'force-dynamic'

/** POST /api/admin/memberships — adds an interval (curators only; csrf and comment required). */
export async function POST(request: Request) {
  return adminAction(request, async ({ form, session, sql }) => {
    const row = await addMembership(sql, session.curatorId, parseInput(addMembershipInput, formFields(form)))
    return `Added ${row.party_code} in ${row.forum_code} (${row.status} from ${row.valid_from}).`
  })
}
