import { csvHeaders, toCsv } from '@/lib/downloads/csv'
import { errorResponse } from '@/lib/http/error-response'
import { membershipApiQuery, parseQuery } from '@/lib/params'
import { appendColumns, partyForumColumns } from '@/lib/downloads/local-names'
import { getLocalNames } from '@/lib/queries/names'
import { MEMBERSHIP_CSV_COLUMNS, membershipCsvRow } from '@/lib/downloads/memberships'
import { queryMemberships } from '@/lib/queries/membership-export'

export const dynamic = 'force-dynamic'

/** GET /api/memberships.csv?asOf=YYYY-MM-DD&forums=SCO,EAEU&parties=KAZ,UZB */
export async function GET(request: Request) {
  try {
    const { lang, ...query } = parseQuery(membershipApiQuery, new URL(request.url).searchParams)
    const memberships = await queryMemberships(query)
    const name = `memberships${query.asOf ? `-${query.asOf}` : ''}.csv`
    const names = lang && lang !== 'en' ? await getLocalNames(lang) : null
    const extra = partyForumColumns<(typeof memberships)[number]>(
      names,
      (m) => m.partyCode,
      (m) => m.forumCode,
    )
    const [header, rows] = appendColumns(MEMBERSHIP_CSV_COLUMNS, memberships.map(membershipCsvRow), memberships, extra)
    return new Response(toCsv(header, rows), { headers: csvHeaders(name) })
  } catch (error) {
    return errorResponse(error)
  }
}
