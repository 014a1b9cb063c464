import { errorResponse } from '@/lib/http/error-response'
import { matrixApiQuery, parseQuery } from '@/lib/params'
import { localNamesField } from '@/lib/downloads/local-names'
import { getLocalNames } from '@/lib/queries/names'
import { getMatrix } from '@/lib/queries/matrix'

export const dynamic = 'force-dynamic'

/** GET /api/matrix — JSON twin of /api/matrix.csv, same parameters. */
export async function GET(request: Request) {
  try {
    const { lang, ...query } = parseQuery(matrixApiQuery, new URL(request.url).searchParams)
    const { allForums: _all, ...matrix } = await getMatrix(query)
    const names = lang && lang !== 'en' ? await getLocalNames(lang) : null
    return Response.json({ ...matrix, ...localNamesField(names, { parties: matrix.rows.map((r) => r.code), forums: matrix.columns.map((c) => c.code) }) })
  } catch (error) {
    return errorResponse(error)
  }
}
