import { changesJson } from '@/lib/downloads/changes'
import { errorResponse } from '@/lib/http/error-response'
import { changesApiQuery, parseQuery } from '@/lib/params'
import { localNamesField } from '@/lib/downloads/local-names'
import { getLocalNames } from '@/lib/queries/names'
import { queryChanges } from '@/lib/queries/changes'

export const dynamic = 'force-dynamic'

/** GET /api/changes?from=YYYY-MM-DD&to=YYYY-MM-DD&forum=…&party=… — accessions, status changes and departures between two days. */
export async function GET(request: Request) {
  try {
    const { lang, ...query } = parseQuery(changesApiQuery, new URL(request.url).searchParams)
    const view = await queryChanges(query)
    const names = lang && lang !== 'en' ? await getLocalNames(lang) : null
    const parties = view.changes.flatMap((c) => [c.partyCode, ...(c.event?.hosts.map((h) => h.code) ?? [])])
    return Response.json({ ...changesJson(view), ...localNamesField(names, { parties, forums: view.changes.map((c) => c.forumCode) }) })
  } catch (error) {
    return errorResponse(error)
  }
}
