import type { NextRequest } from 'next/server'
import { previewPng } from '@/lib/share/preview-image'
import { publicOriginOf } from '@/lib/http/public-origin'

/**
 * GET /og/<view>.png?<the view's parameters>: the view's preview image (Open Graph, Twitter card),
 * a 1200 × 630 PNG drawn on the server (lib/share/preview-image.ts). Views: matrix, map, overlaps,
 * alignment, trade, events, forums/CODE, parties/CODE (docs/embed.md).
 */
const notFound = (message: string) => Response.json({ error: message }, { status: 404 })

export async function GET(request: NextRequest, { params }: { params: Promise<{ path: string[] }> }) {
  const segments = (await params).path
  const last = segments.at(-1) ?? ''
  if (!last.endsWith('.png')) return notFound('No such preview image: its address ends in .png (/og/matrix.png, /og/forums/SCO.png).')
  const viewPath = [...segments.slice(0, -1), last.slice(0, -4)]
  const search: Record<string, string | string[]> = {}
  for (const key of new Set(request.nextUrl.searchParams.keys())) {
    const all = request.nextUrl.searchParams.getAll(key)
    search[key] = all.length === 1 ? all[0] : all
  }
  const png = await previewPng(viewPath, search, publicOriginOf(request))
  if (!png) return notFound(`No view at /${viewPath.join('/')} to preview.`)
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png', 'Content-Length': String(png.length) } })
}
