import { errorResponse } from '@/lib/http/error-response'
import { matrixQuery, parseQuery } from '@/lib/params'
import { getMatrix } from '@/lib/queries/matrix'

export const dynamic = 'force-dynamic'

/** GET /api/matrix — JSON twin of /api/matrix.csv, same parameters. */
export async function GET(request: Request) {
  try {
    const query = parseQuery(matrixQuery, new URL(request.url).searchParams)
    const { allForums: _all, ...matrix } = await getMatrix(query)
    return Response.json(matrix)
  } catch (error) {
    return errorResponse(error)
  }
}
