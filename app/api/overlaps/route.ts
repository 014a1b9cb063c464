import { errorResponse } from '@/lib/http/error-response'
import { overlapsQuery, parseQuery } from '@/lib/params'
import { getOverlaps } from '@/lib/queries/overlaps'
import { combinationKey } from '@/lib/transforms/overlaps'

export const dynamic = 'force-dynamic'

/** GET /api/overlaps — JSON twin of overlaps.csv. */
export async function GET(request: Request) {
  try {
    const query = parseQuery(overlapsQuery, new URL(request.url).searchParams)
    const v = await getOverlaps(query)
    return Response.json({
      asOf: v.asOf,
      statuses: v.statuses,
      forums: v.forums,
      intersections: v.intersections.map((x) => ({ combination: combinationKey(x.combination), size: x.parties.length, parties: x.parties })),
    })
  } catch (error) {
    return errorResponse(error)
  }
}
