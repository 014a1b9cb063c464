import { csvHeaders, toCsv } from '@/lib/downloads/csv'
import { errorResponse } from '@/lib/http/error-response'
import { cowExportQuery, parseQuery } from '@/lib/params'
import { getCowExport } from '@/lib/queries/cow-export'

export const dynamic = 'force-dynamic'

/** GET /api/export/cow-igo.csv?from=1991&to=2025[&forums=SCO,CSTO] — COW IGO state-year layout. */
export async function GET(request: Request) {
  try {
    const query = parseQuery(cowExportQuery, new URL(request.url).searchParams)
    const { header, rows } = await getCowExport(query)
    return new Response(toCsv(header, rows), { headers: csvHeaders(`forum-atlas-cow-igo-${query.from ?? 1991}-${query.to ?? 'now'}.csv`) })
  } catch (error) {
    return errorResponse(error)
  }
}
