import { errorResponse } from '@/lib/http/error-response'
import { eventsQuery, parseQuery } from '@/lib/params'
import { queryEvents } from '@/lib/queries/events'

export const dynamic = 'force-dynamic'

/** GET /api/events?forum=…&party=…&year=…&from=…&to=…&role=… — JSON twin of events.csv: the events with their attendees and sources. */
export async function GET(request: Request) {
  try {
    const query = parseQuery(eventsQuery, new URL(request.url).searchParams)
    const events = await queryEvents(query)
    return Response.json({ query, count: events.length, events })
  } catch (error) {
    return errorResponse(error)
  }
}
