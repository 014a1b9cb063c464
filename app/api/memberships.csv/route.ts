import { csvHeaders, toCsv } from '@/lib/downloads/csv'
import { errorResponse } from '@/lib/http/error-response'
import { membershipQuery, parseQuery } from '@/lib/params'
import { MEMBERSHIP_CSV_COLUMNS, membershipCsvRow } from '@/lib/downloads/memberships'
import { queryMemberships } from '@/lib/queries/membership-export'

export const dynamic = 'force-dynamic'

/** GET /api/memberships.csv?asOf=YYYY-MM-DD&forums=SCO,EAEU&parties=KAZ,UZB */
export async function GET(request: Request) {
  try {
    const query = parseQuery(membershipQuery, new URL(request.url).searchParams)
    const memberships = await queryMemberships(query)
    const name = `memberships${query.asOf ? `-${query.asOf}` : ''}.csv`
    return new Response(toCsv(MEMBERSHIP_CSV_COLUMNS, memberships.map(membershipCsvRow)), { headers: csvHeaders(name) })
  } catch (error) {
    return errorResponse(error)
  }
}
