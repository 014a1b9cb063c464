import { csvHeaders, csvStream } from '@/lib/downloads/csv'
import { DYAD_YEAR_COLUMNS, researchExportFilename } from '@/lib/downloads/research-exports'
import { errorResponse } from '@/lib/http/error-response'
import { parseQuery, researchExportQuery } from '@/lib/params'
import { getDyadYearExport } from '@/lib/queries/research-exports'

export const dynamic = 'force-dynamic'

/** GET /api/export/dyad-year.csv?from=1991&to=2025[&forums=EAEU,CSTO] — joint memberships per pair of states and year, streamed. */
export async function GET(request: Request) {
  try {
    const query = parseQuery(researchExportQuery, new URL(request.url).searchParams)
    const { from, to, rows } = await getDyadYearExport(query)
    return new Response(csvStream(DYAD_YEAR_COLUMNS, rows), { headers: csvHeaders(researchExportFilename('dyad-year', from, to, query.forums)) })
  } catch (error) {
    return errorResponse(error)
  }
}
