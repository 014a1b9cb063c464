import { errorResponse } from '@/lib/http/error-response'
import { overlapsApiQuery, parseQuery } from '@/lib/params'
import { localNamesField } from '@/lib/downloads/local-names'
import { getLocalNames } from '@/lib/queries/names'
import { getOverlaps } from '@/lib/queries/overlaps'
import { combinationKey } from '@/lib/transforms/overlaps'

export const dynamic = 'force-dynamic'

/** GET /api/overlaps — JSON twin of overlaps.csv. */
export async function GET(request: Request) {
  try {
    const { lang, ...query } = parseQuery(overlapsApiQuery, new URL(request.url).searchParams)
    const v = await getOverlaps(query)
    const names = lang && lang !== 'en' ? await getLocalNames(lang) : null
    return Response.json({
      asOf: v.asOf,
      statuses: v.statuses,
      forums: v.forums,
      intersections: v.intersections.map((x) => ({ combination: combinationKey(x.combination), size: x.parties.length, parties: x.parties })),
      ...localNamesField(names, { forums: v.forums.map((f) => f.code), parties: v.intersections.flatMap((x) => x.parties) }),
    })
  } catch (error) {
    return errorResponse(error)
  }
}
