import { changesJson } from '@/lib/downloads/changes'
import { errorResponse } from '@/lib/http/error-response'
import { changesQuery, parseQuery } from '@/lib/params'
import { queryChanges } from '@/lib/queries/changes'

export const dynamic = 'force-dynamic'

/** GET /api/changes?from=YYYY-MM-DD&to=YYYY-MM-DD&forum=…&party=… — accessions, status changes and departures between two days. */
export async function GET(request: Request) {
  try {
    const view = await queryChanges(parseQuery(changesQuery, new URL(request.url).searchParams))
    return Response.json(changesJson(view))
  } catch (error) {
    return errorResponse(error)
  }
}
