import { csvHeaders, toCsv } from '@/lib/downloads/csv'
import { errorResponse } from '@/lib/http/error-response'
import { membershipApiQuery, parseQuery } from '@/lib/params'
import { appendColumns, partyForumColumns } from '@/lib/downloads/local-names'
import { getLocalNames } from '@/lib/queries/names'
import { listApplications } from '@/lib/queries/applications'
import { findUnknownCodes } from '@/lib/queries/codes'
import { ParamError } from '@/lib/params'
import { APPLICATION_CSV_COLUMNS, applicationCsvRow } from '@/lib/downloads/applications'

export const dynamic = 'force-dynamic'

/** GET /api/applications.csv?asOf=YYYY-MM-DD&forums=SCO&parties=ARM — applications made up to asOf. */
export async function GET(request: Request) {
  try {
    const { lang, ...query } = parseQuery(membershipApiQuery, new URL(request.url).searchParams)
    const unknown = await findUnknownCodes({ forums: query.forums, parties: query.parties })
    if (unknown.forums.length) throw new ParamError('forums', `unknown forum code(s): ${unknown.forums.join(', ')}`)
    if (unknown.parties.length) throw new ParamError('parties', `unknown party code(s): ${unknown.parties.join(', ')}`)
    const rows = await listApplications(query)
    const names = lang && lang !== 'en' ? await getLocalNames(lang) : null
    const extra = partyForumColumns<(typeof rows)[number]>(
      names,
      (a) => a.partyCode,
      (a) => a.forumCode,
    )
    const body = toCsv(...appendColumns(APPLICATION_CSV_COLUMNS, rows.map(applicationCsvRow), rows, extra))
    return new Response(body, { headers: csvHeaders(`applications${query.asOf ? `-${query.asOf}` : ''}.csv`) })
  } catch (error) {
    return errorResponse(error)
  }
}
