import { csvHeaders } from '@/lib/downloads/csv'
import { errorResponse } from '@/lib/http/error-response'
import { noParameters, parseQuery } from '@/lib/params'
import { streamAllTrade } from '@/lib/queries/trade-export'

export const dynamic = 'force-dynamic'

/** GET /api/export/trade.csv — every trade figure, streamed (constant memory); takes no parameters (use /api/trade.csv to choose). */
export async function GET(request: Request) {
  try {
    parseQuery(noParameters, new URL(request.url).searchParams)
  } catch (error) {
    return errorResponse(error)
  }
  return new Response(streamAllTrade(), { headers: csvHeaders('forum-atlas-trade-all.csv') })
}
