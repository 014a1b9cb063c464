import type { IncomingHttpHeaders, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import CachePolicy from 'http-cache-semantics'
import { DEVICE_HINT, variesOnDevice, type Device } from './device'

/**
 * Which responses are public, and the HTTP caching headers they carry (RFC 9111).
 *
 * A request is private when its path (normalised as Next normalises it: dot segments, `%2e`,
 * repeated slashes, percent-encoding) is under /admin or /api/admin, or when it carries the curator's
 * session cookie. A private response is marked `Cache-Control: private, no-store`; no cache may keep
 * it. Every other 200 answer to a GET or HEAD is a function of its URL, the day and the dataset's
 * version, and says so: `Cache-Control: public, no-cache` (any cache may keep it but must revalidate)
 * and a weak ETag made of the version and the day, so a revalidation is answered 304 without
 * rendering. A CDN or reverse proxy in front of several servers then does the response cache's job.
 */

const SESSION_COOKIE_NAME = 'fa_session'
export const PUBLIC_CACHE_CONTROL = 'public, no-cache'
const PRIVATE_CACHE_CONTROL = 'private, no-store'

// What Next sends on every dynamically rendered page whatever it reads: it says nothing about the
// page, so it counts as unspecified. Any other `private` or `no-store` a handler sets is kept.
const NEXT_DYNAMIC_DEFAULT = 'private, no-cache, no-store, max-age=0, must-revalidate'
const PRIVATE_PATH = /^\/(api\/)?admin(\/|$)/i
// Next's client router asks for RSC payloads of a page under the page's own URL: they vary by these
// headers, so they are left as Next marks them (private).
const ROUTER_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-action']

/**
 * The path as the router will see it: dot segments resolved (also when written `%2e`), repeated
 * slashes collapsed, percent-encoding decoded. Null when it cannot be decoded (then nothing about
 * the request is public).
 */
export function normalisedPath(rawUrl: string | undefined): string | null {
  if (!rawUrl || !rawUrl.startsWith('/')) return null
  try {
    // One leading slash, so that `//host/x` is a path here as it is for the router, not a host.
    const { pathname } = new URL(rawUrl.split('?', 1)[0].replace(/^\/+/, '/'), 'http://localhost')
    const decoded = decodeURIComponent(pathname).replace(/\/{2,}/g, '/')
    // Decoding may have revealed dot segments (`%252e` → `%2e` is left alone: decoded once, as Next does).
    return new URL(decoded.replace(/^\/+/, '/'), 'http://localhost').pathname.replace(/\/{2,}/g, '/')
  } catch {
    return null
  }
}

export function hasSessionCookie(cookieHeader: string | string[] | undefined): boolean {
  const header = Array.isArray(cookieHeader) ? cookieHeader.join(';') : (cookieHeader ?? '')
  return header.split(';').some((part) => part.trim().startsWith(`${SESSION_COOKIE_NAME}=`))
}

export type Visibility = 'public' | 'private'

export function visibilityOf(method: string | undefined, rawUrl: string | undefined, headers: IncomingHttpHeaders): Visibility {
  if (method !== 'GET' && method !== 'HEAD') return 'private'
  const path = normalisedPath(rawUrl)
  if (path === null || PRIVATE_PATH.test(path)) return 'private'
  if (hasSessionCookie(headers.cookie) || headers.authorization !== undefined) return 'private'
  if (ROUTER_HEADERS.some((h) => headers[h] !== undefined)) return 'private'
  return 'public'
}

/**
 * The validator of every public response for a day and a dataset version, and for the pages that
 * vary on the device (lib/http/device.ts), the device: the two windows of the matrix are different
 * representations, and a revalidation of one must not be answered for the other.
 */
export function etagFor(version: string, day: string, device?: Device): string {
  return `W/"${version.replace(/[^A-Za-z0-9._-]/g, '')}.${day}${device === 'phone' ? '.phone' : ''}"`
}

/** `vary` with `name` added unless it is there already. */
export function withVary(vary: OutgoingHttpHeaders[string], name: string): string {
  const list =
    vary === undefined
      ? []
      : String(vary)
          .split(',')
          .map((v) => v.trim())
          .filter(Boolean)
  if (!list.some((v) => v.toLowerCase() === name.toLowerCase())) list.push(name)
  return list.join(', ')
}

/** True when an If-None-Match header names `etag` (weak comparison, RFC 9110 §13.1.2). */
export function matchesEtag(ifNoneMatch: string | string[] | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false
  const strip = (tag: string) => tag.trim().replace(/^W\//, '')
  const wanted = strip(etag)
  return String(ifNoneMatch)
    .split(',')
    .some((tag) => tag.trim() === '*' || strip(tag) === wanted)
}

/** A Vary header that names Cookie (or *): the response depends on who asks. */
const variesOnCookieIn = (vary: string) => /(^|,)\s*(cookie|\*)\s*(,|$)/i.test(vary)

function headerValue(headers: OutgoingHttpHeaders, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers))
    if (key.toLowerCase() === name && value !== undefined) return Array.isArray(value) ? value.join(', ') : String(value)
  return undefined
}

/** True for requests under /admin or /api/admin (normalised), and for anything but GET and HEAD. */
export function privatePath(method: string | undefined, rawUrl: string | undefined): boolean {
  if (method !== 'GET' && method !== 'HEAD') return true
  const path = normalisedPath(rawUrl)
  return path === null || PRIVATE_PATH.test(path)
}

/**
 * Sets the caching headers of `res` just before its head goes out, whatever the handler set:
 * - a private path's response: `private, no-store`, always;
 * - a response the handler itself marked `public` (Next's immutable static files), or `private` /
 *   `no-store` in words of its own (not Next's blanket default for dynamic pages): left alone;
 * - a public request's 200 that sets no cookie and does not vary on one: `public, no-cache` and
 *   `etag` (null: no validator known, then it is private);
 * - anything else: `private, no-store`.
 */
export function stampCacheHeaders(res: ServerResponse, request: { method?: string; url?: string; headers: IncomingHttpHeaders }, etag: string | null): void {
  const forcePrivate = privatePath(request.method, request.url)
  const visibility = visibilityOf(request.method, request.url, request.headers)
  const variesByDevice = variesOnDevice(normalisedPath(request.url))
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
  res.writeHead = ((...args: unknown[]) => {
    // Every answer of a page that reads the device hint says so, whichever device asked, so that a
    // shared cache (a CDN) keys its copies on it.
    if (variesByDevice) res.setHeader('Vary', withVary(res.getHeader('vary') as OutgoingHttpHeaders[string], DEVICE_HINT))
    const status = Number(args[0])
    const inline = [args[1], args[2]].find((a) => typeof a === 'object' && a !== null && !Array.isArray(a)) as OutgoingHttpHeaders | undefined
    // Headers given to writeHead win over setHeader: fold them in, so one set of rules sees them all.
    if (inline) {
      for (const [key, value] of Object.entries(inline)) if (value !== undefined) res.setHeader(key, value)
      for (const key of Object.keys(inline)) delete inline[key]
    }
    const cacheControl = String(res.getHeader('cache-control') ?? '')
    const setsCookie = res.getHeader('set-cookie') !== undefined
    const variesOnCookie = variesOnCookieIn(String(res.getHeader('vary') ?? ''))
    if (!forcePrivate && /\bpublic\b/.test(cacheControl) && !setsCookie) return writeHead(...args)
    const handlerSaysPrivate = cacheControl !== '' && cacheControl !== NEXT_DYNAMIC_DEFAULT && /\b(private|no-store)\b/.test(cacheControl)
    if (!forcePrivate && !handlerSaysPrivate && visibility === 'public' && etag !== null && status === 200 && !setsCookie && !variesOnCookie) {
      res.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL)
      res.setHeader('ETag', etag)
    } else {
      if (!handlerSaysPrivate) res.setHeader('Cache-Control', PRIVATE_CACHE_CONTROL)
      res.removeHeader('etag')
    }
    return writeHead(...args)
  }) as ServerResponse['writeHead']
}

/**
 * May a shared cache store this response? RFC 9111's rules (http-cache-semantics: `private`,
 * `no-store`, status, authorization), and besides: nothing that sets a cookie or varies on one.
 */
export function storableByShared(
  request: { method: string; url: string; headers: IncomingHttpHeaders },
  status: number,
  headers: OutgoingHttpHeaders,
): boolean {
  if (headerValue(headers, 'set-cookie') !== undefined) return false
  if (variesOnCookieIn(headerValue(headers, 'vary') ?? '')) return false
  const responseHeaders = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : String(v)]))
  const policy = new CachePolicy({ method: request.method, url: request.url, headers: request.headers }, { status, headers: responseHeaders }, { shared: true })
  return policy.storable()
}
