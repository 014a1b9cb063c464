import { csvHeaders, toCsv } from '@/lib/downloads/csv'
import { FORUM_YEAR_COLUMNS, researchExportFilename } from '@/lib/downloads/research-exports'
import { errorResponse } from '@/lib/http/error-response'
import { parseQuery, researchExportQuery } from '@/lib/params'
import { getForumYearExport } from '@/lib/queries/research-exports'

export const dynamic = 'force-dynamic'

/** GET /api/export/forum-year.csv?from=1991&to=2025[&forums=SCO,EAEU] — parties per status, per forum and year. */
export async function GET(request: Request) {
  try {
    const query = parseQuery(researchExportQuery, new URL(request.url).searchParams)
    const { from, to, rows } = await getForumYearExport(query)
    return new Response(toCsv(FORUM_YEAR_COLUMNS, rows), { headers: csvHeaders(researchExportFilename('forum-year', from, to, query.forums)) })
  } catch (error) {
    return errorResponse(error)
  }
}
