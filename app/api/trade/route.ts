import { errorResponse } from '@/lib/http/error-response'
import { parseQuery, tradeApiQuery } from '@/lib/params'
import { localNamesField } from '@/lib/downloads/local-names'
import { getLocalNames } from '@/lib/queries/names'
import { getTrade } from '@/lib/queries/trade'

export const dynamic = 'force-dynamic'

/** GET /api/trade — JSON twin of trade.csv, with sources, forum-aggregate coverage and membership markers. */
export async function GET(request: Request) {
  try {
    const { lang, ...query } = parseQuery(tradeApiQuery, new URL(request.url).searchParams)
    const v = await getTrade(query)
    const names = lang && lang !== 'en' ? await getLocalNames(lang) : null
    const codes = [...v.reporters, ...v.partners]
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
      ...localNamesField(names, {
        parties: codes.filter((c) => !c.startsWith('forum:')),
        forums: [...codes.filter((c) => c.startsWith('forum:')).map((c) => c.slice(6)), ...v.markers.map((m) => m.forumCode)],
      }),
    })
  } catch (error) {
    return errorResponse(error)
  }
}
