import { csvHeaders, toCsv } from '@/lib/downloads/csv'
import { ALIGNMENT_CSV_COLUMNS, alignmentCsvRows } from '@/lib/downloads/alignment'
import { errorResponse } from '@/lib/http/error-response'
import { alignmentQuery, parseQuery } from '@/lib/params'
import { getAlignment } from '@/lib/queries/alignment'

export const dynamic = 'force-dynamic'

/** GET /api/alignment.csv?parties=KAZ,UZB,RUS&asOf=YYYY-MM-DD — every unordered pair, in cluster order. */
export async function GET(request: Request) {
  try {
    const query = parseQuery(alignmentQuery, new URL(request.url).searchParams)
    const { matrix, asOf } = await getAlignment(query)
    return new Response(toCsv(ALIGNMENT_CSV_COLUMNS, alignmentCsvRows(matrix)), { headers: csvHeaders(`forum-atlas-alignment-${asOf}.csv`) })
  } catch (error) {
    return errorResponse(error)
  }
}
