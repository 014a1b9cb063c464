import { csvHeaders, toCsv } from '@/lib/csv'
import { errorResponse } from '@/lib/http/error-response'
import { alignmentQuery, parseQuery } from '@/lib/params'
import { getAlignment } from '@/lib/queries/alignment'

export const dynamic = 'force-dynamic'

/** GET /api/alignment.csv?parties=KAZ,UZB,RUS&asOf=YYYY-MM-DD — every unordered pair, in cluster order. */
export async function GET(request: Request) {
  try {
    const query = parseQuery(alignmentQuery, new URL(request.url).searchParams)
    const { matrix, asOf } = await getAlignment(query)
    const rows: (string | number)[][] = []
    matrix.parties.forEach((a, i) =>
      matrix.parties.forEach((b, j) => {
        if (j > i) rows.push([a, b, matrix.shared[i][j], Number(matrix.scores[i][j].toFixed(4))])
      }),
    )
    return new Response(toCsv(['party_a', 'party_b', 'shared_forums', 'score'], rows), { headers: csvHeaders(`forum-atlas-alignment-${asOf}.csv`) })
  } catch (error) {
    return errorResponse(error)
  }
}
