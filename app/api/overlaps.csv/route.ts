import { csvHeaders } from '@/lib/downloads/csv'
import { errorResponse } from '@/lib/http/error-response'
import { overlapsCsv } from '@/lib/downloads/overlaps'
import { overlapsApiQuery, parseQuery } from '@/lib/params'
import { getLocalNames } from '@/lib/queries/names'
import { getOverlaps } from '@/lib/queries/overlaps'

export const dynamic = 'force-dynamic'

/** GET /api/overlaps.csv?forums=SCO,EAEU,OTS&asOf=YYYY-MM-DD&statuses=member,observer */
export async function GET(request: Request) {
  try {
    const { lang, ...query } = parseQuery(overlapsApiQuery, new URL(request.url).searchParams)
    const view = await getOverlaps(query)
    const names = lang && lang !== 'en' ? await getLocalNames(lang) : null
    return new Response(overlapsCsv(view.intersections, names), { headers: csvHeaders(`forum-atlas-overlaps-${view.asOf}.csv`) })
  } catch (error) {
    return errorResponse(error)
  }
}
