import { errorResponse } from '@/lib/http/error-response'
import { membershipApiQuery, parseQuery } from '@/lib/params'
import { localNamesField } from '@/lib/downloads/local-names'
import { getLocalNames } from '@/lib/queries/names'
import { queryMemberships } from '@/lib/queries/membership-export'
import { listApplications } from '@/lib/queries/applications'

export const dynamic = 'force-dynamic'

/** GET /api/memberships?asOf=YYYY-MM-DD&forums=SCO,EAEU&parties=KAZ,UZB — JSON twin of memberships.csv. */
export async function GET(request: Request) {
  try {
    const { lang, ...query } = parseQuery(membershipApiQuery, new URL(request.url).searchParams)
    const memberships = await queryMemberships(query)
    const applications = await listApplications(query)
    const names = lang && lang !== 'en' ? await getLocalNames(lang) : null
    const both = [...memberships, ...applications]
    return Response.json({
      query,
      count: memberships.length,
      memberships,
      applications,
      ...localNamesField(names, { parties: both.map((m) => m.partyCode), forums: both.map((m) => m.forumCode) }),
    })
  } catch (error) {
    return errorResponse(error)
  }
}
