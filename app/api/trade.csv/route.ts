import { csvHeaders } from '@/lib/downloads/csv'
import { errorResponse } from '@/lib/http/error-response'
import { parseQuery, tradeApiQuery } from '@/lib/params'
import { getLocalNames } from '@/lib/queries/names'
import { getTrade } from '@/lib/queries/trade'
import { tradeCsv } from '@/lib/downloads/trade'

export const dynamic = 'force-dynamic'

/** GET /api/trade.csv?reporters=KAZ,UZB&partners=CHN,RUS,WLD,forum:SCO&flow=total&from=2000&to=2020 */
export async function GET(request: Request) {
  try {
    const { lang, ...query } = parseQuery(tradeApiQuery, new URL(request.url).searchParams)
    const view = await getTrade(query)
    const names = lang && lang !== 'en' ? await getLocalNames(lang) : null
    return new Response(tradeCsv(view.points, names), {
      headers: csvHeaders(
        `forum-atlas-trade-${view.reporters.slice(0, 5).join('-')}${view.reporters.length > 5 ? `-and-${view.reporters.length - 5}-more` : ''}-${view.flow}-${view.from}-${view.to}.csv`,
      ),
    })
  } catch (error) {
    return errorResponse(error)
  }
}
