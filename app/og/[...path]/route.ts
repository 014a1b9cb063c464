import type { NextRequest } from 'next/server'
import { previewPng } from '@/lib/share/preview-image'
import { publicOriginOf } from '@/lib/http/public-origin'
import { errorResponse } from '@/lib/http/error-response'
import { DEFAULT_LOCALE, isLocale, LOCALES } from '@/lib/i18n/locales'
import { ParamError } from '@/lib/params'

/**
 * GET /og/<view>.png?<the view's parameters>: the view's preview image (Open Graph, Twitter card),
 * a 1200 × 630 PNG drawn on the server (lib/share/preview-image.ts). Views: matrix, map, overlaps,
 * alignment, trade, events, forums/CODE, parties/CODE (docs/embed.md). `lang=ru` draws it in Russian
 * (the preview of a page under /ru: lib/share/links.ts); without it, English. Any other `lang` is a
 * 400 naming the parameter, as the API answers a bad parameter.
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
  // The image's language is no parameter of the view: taken out before the view reads its own.
  const lang = search.lang ?? DEFAULT_LOCALE
  delete search.lang
  if (!isLocale(lang)) return errorResponse(new ParamError('lang', `must be one of: ${LOCALES.join(', ')}`))
  const png = await previewPng(viewPath, search, publicOriginOf(request), lang)
  if (!png) return notFound(`No view at /${viewPath.join('/')} to preview.`)
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png', 'Content-Length': String(png.length) } })
}
