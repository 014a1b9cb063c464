import { csvHeaders, toCsv } from '@/lib/downloads/csv'
import { alignmentCsvTable } from '@/lib/downloads/alignment'
import { getLocalNames } from '@/lib/queries/names'
import { errorResponse } from '@/lib/http/error-response'
import { alignmentApiQuery, parseQuery } from '@/lib/params'
import { getAlignment } from '@/lib/queries/alignment'

export const dynamic = 'force-dynamic'

/** GET /api/alignment.csv?parties=KAZ,UZB,RUS&asOf=YYYY-MM-DD — every unordered pair, in cluster order. */
export async function GET(request: Request) {
  try {
    const { lang, ...query } = parseQuery(alignmentApiQuery, new URL(request.url).searchParams)
    const { matrix, asOf } = await getAlignment(query)
    const names = lang && lang !== 'en' ? await getLocalNames(lang) : null
    return new Response(toCsv(...alignmentCsvTable(matrix, names)), { headers: csvHeaders(`forum-atlas-alignment-${asOf}.csv`) })
  } catch (error) {
    return errorResponse(error)
  }
}
