import { errorResponse } from '@/lib/http/error-response'
import { alignmentQuery, parseQuery } from '@/lib/params'
import { getAlignment } from '@/lib/queries/alignment'

export const dynamic = 'force-dynamic'

/** GET /api/alignment — JSON: the similarity matrix in cluster order, and the pair/portfolio series when asked. */
export async function GET(request: Request) {
  try {
    const query = parseQuery(alignmentQuery, new URL(request.url).searchParams)
    const { allParties: _all, ...view } = await getAlignment(query)
    return Response.json(view)
  } catch (error) {
    return errorResponse(error)
  }
}
