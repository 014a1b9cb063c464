import { errorResponse } from '@/lib/http/error-response'
import { parseQuery, tradeQuery } from '@/lib/params'
import { getTrade } from '@/lib/queries/trade'

export const dynamic = 'force-dynamic'

/** GET /api/trade — JSON twin of trade.csv, with sources, forum-aggregate coverage and membership markers. */
export async function GET(request: Request) {
  try {
    const query = parseQuery(tradeQuery, new URL(request.url).searchParams)
    const v = await getTrade(query)
    return Response.json({
      reporters: v.reporters,
      partners: v.partners,
      flow: v.flow,
      from: v.from,
      to: v.to,
      reportedBy: v.reportedBy,
      points: v.points,
      markers: v.markers,
      sources: v.sources,
    })
  } catch (error) {
    return errorResponse(error)
  }
}
