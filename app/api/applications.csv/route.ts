import { csvHeaders, toCsv } from '@/lib/csv'
import { errorResponse } from '@/lib/http/error-response'
import { membershipQuery, parseQuery } from '@/lib/params'
import { listApplications } from '@/lib/queries/applications'
import { findUnknownCodes } from '@/lib/queries/codes'
import { ParamError } from '@/lib/params'
import { sourceCell } from '@/lib/queries/membership-export'

export const dynamic = 'force-dynamic'

const COLUMNS = ['party_code', 'party_name', 'forum_code', 'forum_name', 'sought_status', 'applied', 'applied_precision', 'note', 'source'] as const

/** GET /api/applications.csv?asOf=YYYY-MM-DD&forums=SCO&parties=ARM — applications made up to asOf. */
export async function GET(request: Request) {
  try {
    const query = parseQuery(membershipQuery, new URL(request.url).searchParams)
    const unknown = await findUnknownCodes({ forums: query.forums, parties: query.parties })
    if (unknown.forums.length) throw new ParamError('forums', `unknown forum code(s): ${unknown.forums.join(', ')}`)
    if (unknown.parties.length) throw new ParamError('parties', `unknown party code(s): ${unknown.parties.join(', ')}`)
    const rows = await listApplications(query)
    const body = toCsv(
      COLUMNS,
      rows.map((a) => [a.partyCode, a.partyName, a.forumCode, a.forumName, a.soughtStatus, a.applied, a.appliedPrecision, a.note ?? '', sourceCell(a.source)]),
    )
    return new Response(body, { headers: csvHeaders(`applications${query.asOf ? `-${query.asOf}` : ''}.csv`) })
  } catch (error) {
    return errorResponse(error)
  }
}
