import { correctionsCsv } from '@/lib/downloads/corrections'
import { csvHeaders } from '@/lib/downloads/csv'
import { errorResponse } from '@/lib/http/error-response'
import { noParameters, parseQuery } from '@/lib/params'
import { listCorrections } from '@/lib/queries/corrections'

export const dynamic = 'force-dynamic'

/** GET /api/corrections.csv — the curated corrections to the data (what, when, why; never who), one row per field changed. */
export async function GET(request: Request) {
  try {
    parseQuery(noParameters, new URL(request.url).searchParams)
    return new Response(correctionsCsv(await listCorrections()), { headers: csvHeaders('corrections.csv') })
  } catch (error) {
    return errorResponse(error)
  }
}
