import { csvHeaders } from '@/lib/downloads/csv'
import { changesCsv } from '@/lib/downloads/changes'
import { errorResponse } from '@/lib/http/error-response'
import { changesQuery, parseQuery } from '@/lib/params'
import { queryChanges } from '@/lib/queries/changes'

export const dynamic = 'force-dynamic'

/** GET /api/changes.csv?from=…&to=…&forum=…&party=… — the CSV twin of /api/changes: one row per change. */
export async function GET(request: Request) {
  try {
    const view = await queryChanges(parseQuery(changesQuery, new URL(request.url).searchParams))
    const name = ['changes', view.forum, view.party, view.from, view.to].filter(Boolean).join('-')
    return new Response(changesCsv(view.changes), { headers: csvHeaders(`${name}.csv`) })
  } catch (error) {
    return errorResponse(error)
  }
}
