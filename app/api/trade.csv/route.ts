import { csvHeaders } from '@/lib/downloads/csv'
import { errorResponse } from '@/lib/http/error-response'
import { parseQuery, tradeQuery } from '@/lib/params'
import { getTrade } from '@/lib/queries/trade'
import { tradeCsv } from '@/lib/downloads/trade'

export const dynamic = 'force-dynamic'

/** GET /api/trade.csv?reporters=KAZ,UZB&partners=CHN,RUS,WLD,forum:SCO&flow=total&from=2000&to=2020 */
export async function GET(request: Request) {
  try {
    const query = parseQuery(tradeQuery, new URL(request.url).searchParams)
    const view = await getTrade(query)
    return new Response(tradeCsv(view.points), {
      headers: csvHeaders(
        `forum-atlas-trade-${view.reporters.slice(0, 5).join('-')}${view.reporters.length > 5 ? `-and-${view.reporters.length - 5}-more` : ''}-${view.flow}-${view.from}-${view.to}.csv`,
      ),
    })
  } catch (error) {
    return errorResponse(error)
  }
}
