import { csvHeaders } from '@/lib/downloads/csv'
import { errorResponse } from '@/lib/http/error-response'
import { matrixCsv, matrixFilename } from '@/lib/downloads/matrix'
import { matrixApiQuery, parseQuery } from '@/lib/params'
import { getLocalNames } from '@/lib/queries/names'
import { getMatrix } from '@/lib/queries/matrix'
import { todayIso } from '@/lib/dates'
import { DATASET_VERSION } from '@/lib/release/manifest'

export const dynamic = 'force-dynamic'

/** GET /api/matrix.csv?asOf=&forums=&parties=&region=&kinds=&partyKind=&q=&only=&sort=&dir= */
export async function GET(request: Request) {
  try {
    const { lang, ...query } = parseQuery(matrixApiQuery, new URL(request.url).searchParams)
    const matrix = await getMatrix(query)
    const names = lang && lang !== 'en' ? await getLocalNames(lang) : null
    return new Response(matrixCsv(matrix, { version: DATASET_VERSION, accessed: todayIso() }, names), { headers: csvHeaders(matrixFilename(matrix)) })
  } catch (error) {
    return errorResponse(error)
  }
}
