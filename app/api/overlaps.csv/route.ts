import { csvHeaders } from '@/lib/downloads/csv'
import { errorResponse } from '@/lib/http/error-response'
import { overlapsCsv } from '@/lib/downloads/overlaps'
import { overlapsQuery, parseQuery } from '@/lib/params'
import { getOverlaps } from '@/lib/queries/overlaps'

export const dynamic = 'force-dynamic'

/** GET /api/overlaps.csv?forums=SCO,EAEU,OTS&asOf=YYYY-MM-DD&statuses=member,observer */
export async function GET(request: Request) {
  try {
    const query = parseQuery(overlapsQuery, new URL(request.url).searchParams)
    const view = await getOverlaps(query)
    return new Response(overlapsCsv(view.intersections), { headers: csvHeaders(`forum-atlas-overlaps-${view.asOf}.csv`) })
  } catch (error) {
    return errorResponse(error)
  }
}
