import { errorResponse } from '@/lib/http/error-response'
import { membershipQuery, parseQuery } from '@/lib/params'
import { queryMemberships } from '@/lib/queries/membership-export'
import { listApplications } from '@/lib/queries/applications'

export const dynamic = 'force-dynamic'

/** GET /api/memberships?asOf=YYYY-MM-DD&forums=SCO,EAEU&parties=KAZ,UZB — JSON twin of memberships.csv. */
export async function GET(request: Request) {
  try {
    const query = parseQuery(membershipQuery, new URL(request.url).searchParams)
    const memberships = await queryMemberships(query)
    const applications = await listApplications(query)
    return Response.json({ query, count: memberships.length, memberships, applications })
  } catch (error) {
    return errorResponse(error)
  }
}
