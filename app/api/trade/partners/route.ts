import { errorResponse } from '@/lib/http/error-response'
import { parseQuery, tradePartnersQuery } from '@/lib/params'
import { getTradePartners } from '@/lib/queries/trade-partners'

export const dynamic = 'force-dynamic'

/** GET /api/trade/partners — a reporter's partners ranked by share for a year, and its partner concentration (HHI) by year. */
export async function GET(request: Request) {
  try {
    const v = await getTradePartners(parseQuery(tradePartnersQuery, new URL(request.url).searchParams))
    return Response.json({
      reporter: v.reporter,
      flow: v.flow,
      year: v.year,
      years: v.years,
      ranking: v.ranking,
      concentration: v.concentration,
      sources: v.sources,
    })
  } catch (error) {
    return errorResponse(error)
  }
}
