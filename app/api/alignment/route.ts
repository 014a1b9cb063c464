import { errorResponse } from '@/lib/http/error-response'
import { alignmentApiQuery, parseQuery } from '@/lib/params'
import { localNamesField } from '@/lib/downloads/local-names'
import { getLocalNames } from '@/lib/queries/names'
import { getAlignment } from '@/lib/queries/alignment'

export const dynamic = 'force-dynamic'

/** GET /api/alignment — JSON: the similarity matrix in cluster order, and the pair/portfolio series when asked. */
export async function GET(request: Request) {
  try {
    const { lang, ...query } = parseQuery(alignmentApiQuery, new URL(request.url).searchParams)
    const { allParties: _all, ...view } = await getAlignment(query)
    const names = lang && lang !== 'en' ? await getLocalNames(lang) : null
    return Response.json({ ...view, ...localNamesField(names, { parties: Object.keys(view.names), forums: Object.keys(view.forumNames) }) })
  } catch (error) {
    return errorResponse(error)
  }
}
