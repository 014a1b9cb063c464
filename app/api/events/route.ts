import { errorResponse } from '@/lib/http/error-response'
import { eventsApiQuery, parseQuery } from '@/lib/params'
import { localNamesField } from '@/lib/downloads/local-names'
import { getLocalNames } from '@/lib/queries/names'
import { queryEvents } from '@/lib/queries/events'

export const dynamic = 'force-dynamic'

/** GET /api/events?forum=…&party=…&year=…&from=…&to=…&role=… — JSON twin of events.csv: the events with their attendees and sources. */
export async function GET(request: Request) {
  try {
    const { lang, ...query } = parseQuery(eventsApiQuery, new URL(request.url).searchParams)
    const events = await queryEvents(query)
    const names = lang && lang !== 'en' ? await getLocalNames(lang) : null
    return Response.json({
      query,
      count: events.length,
      events,
      ...localNamesField(names, { forums: events.map((e) => e.forumCode), parties: events.flatMap((e) => e.attendees.map((a) => a.partyCode)) }),
    })
  } catch (error) {
    return errorResponse(error)
  }
}
