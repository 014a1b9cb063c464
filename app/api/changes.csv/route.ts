import { csvHeaders } from '@/lib/downloads/csv'
import { changesCsv } from '@/lib/downloads/changes'
import { errorResponse } from '@/lib/http/error-response'
import { changesApiQuery, parseQuery } from '@/lib/params'
import { getLocalNames } from '@/lib/queries/names'
import { queryChanges } from '@/lib/queries/changes'

export const dynamic = 'force-dynamic'

/** GET /api/changes.csv?from=…&to=…&forum=…&party=… — the CSV twin of /api/changes: one row per change. */
export async function GET(request: Request) {
  try {
    const { lang, ...query } = parseQuery(changesApiQuery, new URL(request.url).searchParams)
    const view = await queryChanges(query)
    const names = lang && lang !== 'en' ? await getLocalNames(lang) : null
    const name = ['changes', view.forum, view.party, view.from, view.to].filter(Boolean).join('-')
    return new Response(changesCsv(view.changes, names), { headers: csvHeaders(`${name}.csv`) })
  } catch (error) {
    return errorResponse(error)
  }
}
