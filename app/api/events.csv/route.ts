import { csvHeaders } from '@/lib/downloads/csv'
import { eventsCsv } from '@/lib/downloads/events'
import { errorResponse } from '@/lib/http/error-response'
import { eventsApiQuery, parseQuery } from '@/lib/params'
import { getLocalNames } from '@/lib/queries/names'
import { queryEvents } from '@/lib/queries/events'

export const dynamic = 'force-dynamic'

/** GET /api/events.csv?forum=OTS&party=KAZ&year=2024&from=2015&to=2025&role=host — one row per attendance. */
export async function GET(request: Request) {
  try {
    const { lang, ...query } = parseQuery(eventsApiQuery, new URL(request.url).searchParams)
    const events = await queryEvents(query)
    const name = ['events', query.forum, query.party, query.year, query.from && `from-${query.from}`, query.to && `to-${query.to}`, query.role]
      .filter(Boolean)
      .join('-')
    const names = lang && lang !== 'en' ? await getLocalNames(lang) : null
    return new Response(eventsCsv(events, names), { headers: csvHeaders(`${name}.csv`) })
  } catch (error) {
    return errorResponse(error)
  }
}
