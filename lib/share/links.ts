import { DEFAULT_LOCALE, localizedHref, splitLocalePath } from '../i18n/locales'
/**
 * The addresses a view is shared by: its permalink, its embed page (/embed + the view's path, same
 * parameters) with the `<iframe>` snippet that frames it, and its preview image (/og + the view's
 * path + .png, same parameters). docs/embed.md describes them. Pure: the page passes its own
 * absolute address (lib/share/request-url.ts).
 */

/** Request header in which proxy.ts passes a page's absolute address on to the page. */
export const REQUEST_URL_HEADER = 'x-forum-atlas-url'

/**
 * The site's origin as readers reach it, for absolute addresses (share links, Open Graph tags,
 * preview images): PUBLIC_URL when set (behind a reverse proxy that terminates TLS, say
 * `PUBLIC_URL=https://forum-atlas.example`), else the request's Host header on the connection's
 * scheme. (Next's own request URL names the host the server was started with, not the one asked for.)
 */
export function publicOrigin(host: string | null, protocol: string, publicUrl = process.env.PUBLIC_URL): string {
  if (publicUrl) {
    try {
      return new URL(publicUrl).origin
    } catch {
      // A malformed PUBLIC_URL is ignored, as if unset.
    }
  }
  const scheme = protocol.replace(/:$/, '') === 'https' ? 'https' : 'http'
  // A Host header that is not a host (and port) gives no address of its own.
  return host && /^[A-Za-z0-9.\-[\]:]+$/.test(host) ? `${scheme}://${host}` : `${scheme}://localhost`
}

/** The views that have an embed page and a preview image, by the first segment of their path. */
export const SHARED_VIEWS = ['matrix', 'map', 'overlaps', 'alignment', 'trade', 'events', 'forums', 'parties'] as const
export type SharedView = (typeof SHARED_VIEWS)[number]

/** Parameters of Next's own (client-router requests) that are no part of a view's address. */
const INTERNAL_PARAMS = ['_rsc']

export interface ShareLinks {
  /** The full view, absolute. */
  permalink: string
  /** The bare chart or table for framing, absolute. */
  embed: string
  /** The preview image (PNG, 1200 × 630), absolute. */
  image: string
  /** The `<iframe>` to paste into another site. */
  snippet: string
}

/** The view a path belongs to (`/forums/SCO` → forums), with or without the /embed and language prefixes; null for any other page. */
export function sharedViewOf(pathname: string): SharedView | null {
  const segments = splitLocalePath(pathname)
    .path.replace(/^\/embed(?=\/)/, '')
    .split('/')
    .filter(Boolean)
  const view = segments[0] as SharedView | undefined
  if (!view || !SHARED_VIEWS.includes(view)) return null
  // /forums and /parties are lists; their pages are /forums/CODE and /parties/CODE.
  const wanted = view === 'forums' || view === 'parties' ? 2 : 1
  return segments.length === wanted ? view : null
}

/** The address of the full view, from an address of the view or of its embed page. */
export function viewPath(pathname: string): string {
  return pathname.replace(/^\/embed(?=\/)/, '')
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Height of the snippet's frame: tall enough for a chart with its title and source line, or for a table's first rows. */
export const EMBED_HEIGHT = 520

export function shareLinks(absoluteUrl: string, title: string): ShareLinks {
  const url = new URL(absoluteUrl)
  for (const name of INTERNAL_PARAMS) url.searchParams.delete(name)
  // A page in another language shares its own language's addresses (/ru/matrix, /ru/embed/matrix);
  // the preview image, a file with one address, takes the language as a parameter (lang=ru).
  const { locale, path: unprefixed } = splitLocalePath(url.pathname)
  const path = viewPath(unprefixed)
  const search = url.searchParams.size ? `?${url.searchParams}` : ''
  const prefix = locale === DEFAULT_LOCALE ? '' : `/${locale}`
  const permalink = `${url.origin}${localizedHref(`${path}${search}`, locale)}`
  const embed = `${url.origin}${prefix}/embed${path}${search}`
  const imageParams = new URLSearchParams(url.searchParams)
  if (locale !== DEFAULT_LOCALE) imageParams.set('lang', locale)
  const image = `${url.origin}/og${path}.png${imageParams.size ? `?${imageParams}` : ''}`
  const snippet = `<iframe src="${escapeAttribute(embed)}" title="${escapeAttribute(`${title} — forum-atlas`)}" width="100%" height="${EMBED_HEIGHT}" style="border:0;max-width:100%" loading="lazy"></iframe>`
  return { permalink, embed, image, snippet }
}
