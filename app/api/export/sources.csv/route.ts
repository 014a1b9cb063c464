import { csvHeaders, toCsv } from '@/lib/downloads/csv'
import { SOURCES_CSV_COLUMNS, sourceCsvRow } from '@/lib/downloads/sources'
import { errorResponse } from '@/lib/http/error-response'
import { noParameters, parseQuery } from '@/lib/params'
import { listSources } from '@/lib/queries/sources'

export const dynamic = 'force-dynamic'

/** GET /api/export/sources.csv — every source, with the number of facts citing it. */
export async function GET(request: Request) {
  try {
    parseQuery(noParameters, new URL(request.url).searchParams)
    const sources = await listSources()
    return new Response(toCsv(SOURCES_CSV_COLUMNS, sources.map(sourceCsvRow)), { headers: csvHeaders('forum-atlas-sources.csv') })
  } catch (error) {
    return errorResponse(error)
  }
}
