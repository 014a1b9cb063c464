import { ATOM_CONTENT_TYPE, changesAtom } from '@/lib/downloads/changes-atom'
import { todayIso } from '@/lib/dates'
import { errorResponse } from '@/lib/http/error-response'
import { publicOriginOf } from '@/lib/http/public-origin'
import { changesFeedQuery, parseQuery } from '@/lib/params'
import { queryChangesFeed } from '@/lib/queries/changes'

export const dynamic = 'force-dynamic'

/** GET /changes.atom?forum=…&party=…&kind=… — the newest 50 changes up to today as an Atom 1.0 feed (docs/changes.md). */
export async function GET(request: Request) {
  try {
    const url = new URL(request.url)
    const feed = await queryChangesFeed(parseQuery(changesFeedQuery, url.searchParams))
    // The address the reader asked for (PUBLIC_URL, else Host: Next's request.url names the server's own host).
    return new Response(changesAtom(feed, publicOriginOf(request), todayIso()), { headers: { 'Content-Type': ATOM_CONTENT_TYPE } })
  } catch (error) {
    return errorResponse(error)
  }
}
