import { csvHeaders } from '@/lib/csv'
import { streamAllTrade } from '@/lib/queries/trade-export'

export const dynamic = 'force-dynamic'

/** GET /api/export/trade.csv — every trade figure, streamed (constant memory). */
export async function GET(request: Request) {
  const first = [...new URL(request.url).searchParams.keys()][0]
  if (first !== undefined) {
    const parameter = first || '(unnamed)'
    return Response.json({ error: `${parameter}: this export takes no parameters (use /api/trade.csv to choose)`, parameter }, { status: 400 })
  }
  return new Response(streamAllTrade(), { headers: csvHeaders('forum-atlas-trade-all.csv') })
}
