import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { promisify } from 'node:util'
import { gzip as gzipCallback } from 'node:zlib'
import { newNonce } from '../security/csp'
import { etagFor, matchesEtag, normalisedPath, PUBLIC_CACHE_CONTROL, stampCacheHeaders, storableByShared, visibilityOf, withVary } from './cache-policy'
import { DEVICE_HINT, deviceOf, variesOnDevice } from './device'

const gzip = promisify(gzipCallback)

/**
 * A cache of whole responses (pages, JSON and CSV) in front of Next, keyed on the request's URL, the
 * day and the dataset's version (data_version, which statement triggers move on every write by
 * anyone). Every public page and data route is a pure function of those three: the defaults resolve
 * to today, and nothing public reads cookies. So a response is reused only while it would be
 * rendered byte for byte the same, except for the per-request CSP nonce, which is replaced by a
 * fresh one on every reuse (in the body and in the Content-Security-Policy header).
 *
 * It follows HTTP's caching rules (RFC 9111, lib/http/cache-policy.ts): it keys on the normalised
 * path (as the router sees it), it stores only what a shared cache may store (never `private` or
 * `no-store`, nothing that sets a cookie or varies on one), and a request that carries the curator's
 * session or is under /admin is never answered from it. Every public 200 carries
 * `Cache-Control: public, no-cache` and an ETag of the data version and the day; a revalidation
 * (`If-None-Match`) is answered 304 without rendering.
 *
 * Not stored either: the streamed full exports (/api/export: up to hundreds of MB), Next's
 * client-router requests, range requests, requests that ask for a fresh answer (`Cache-Control:
 * no-cache`, as a browser's hard reload sends), and responses larger than an entry may be.
 */

export interface ResponseCacheOptions {
  /** Total bytes of bodies kept; the least recently used go first. 0 turns the cache off. */
  budgetBytes: number
  /** The largest body kept. */
  maxEntryBytes: number
  /** The dataset's version now, or null when it cannot be read (then nothing is cached). */
  dataVersion: () => Promise<string | null>
  /** Today as YYYY-MM-DD (UTC), as the app resolves its defaults (lib/dates.ts). */
  today?: () => string
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void

interface Entry {
  status: number
  headers: OutgoingHttpHeaders
  /** The body's bytes between the occurrences of the nonce it was rendered with. */
  parts: Buffer[] | null
  body: Buffer
  nonce: string | null
  gzipped: Buffer | null
}

export const CACHE_HEADER = 'x-forum-atlas-cache'

const NEVER_STORED = [/^\/api\/export\//, /^\/_next\//]
const ROUTER_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-action', 'purpose']
const CONDITIONAL_HEADERS = ['range', 'if-modified-since', 'if-match', 'if-unmodified-since']
// Hop-by-hop and length headers are the transport's business; a reused body gets its own.
const DROPPED_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'date'])
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml)|image\/svg\+xml)/

export function cacheableRequest(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders): boolean {
  if (method !== 'GET' || !url) return false
  if (visibilityOf(method, url, headers) !== 'public') return false
  const path = normalisedPath(url)
  if (path === null || NEVER_STORED.some((pattern) => pattern.test(path))) return false
  if (ROUTER_HEADERS.some((h) => headers[h] !== undefined)) return false
  if (CONDITIONAL_HEADERS.some((h) => headers[h] !== undefined)) return false
  // A reader (or a benchmark) can always ask for a fresh render, as HTTP allows.
  if (/\bno-(cache|store)\b/.test(String(headers['cache-control'] ?? ''))) return false
  return true
}

function cacheableResponse(status: number, headers: OutgoingHttpHeaders, bytes: number, maxEntryBytes: number): boolean {
  if (status !== 200 || bytes > maxEntryBytes) return false
  if (headers['set-cookie'] !== undefined || headers['content-encoding'] !== undefined) return false
  return headers['content-type'] !== undefined
}

/** The nonce of a page's policy (`'nonce-…'` in script-src), or null. */
export function nonceOf(headers: OutgoingHttpHeaders): string | null {
  const csp = headers['content-security-policy']
  const match = csp === undefined ? null : /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(String(csp))
  return match ? match[1] : null
}

export function createResponseCache(options: ResponseCacheOptions) {
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10))
  const entries = new Map<string, Entry>()
  const inFlight = new Map<string, Promise<void>>()
  let total = 0
  const stats = { hits: 0, misses: 0, bypassed: 0 }

  function remember(key: string, entry: Entry) {
    const old = entries.get(key)
    if (old) {
      total -= old.body.length
      entries.delete(key)
    }
    entries.set(key, entry)
    total += entry.body.length
    for (const [k, e] of entries) {
      if (total <= options.budgetBytes) break
      entries.delete(k)
      total -= e.body.length
    }
  }

  function lookup(key: string): Entry | undefined {
    const entry = entries.get(key)
    if (entry) {
      entries.delete(key)
      entries.set(key, entry)
    }
    return entry
  }

  async function serve(req: IncomingMessage, res: ServerResponse, handler: Handler): Promise<void> {
    const day = today()
    const isPublic = visibilityOf(req.method, req.url, req.headers) === 'public'
    const version = isPublic ? await options.dataVersion().catch(() => null) : null
    const path = normalisedPath(req.url)
    // The pages that read the device hint are two representations under one URL (lib/http/device.ts).
    const device = variesOnDevice(path) ? deviceOf(req.headers[DEVICE_HINT.toLowerCase()]) : undefined
    const etag = version === null ? null : etagFor(version, day, device)
    stampCacheHeaders(res, req, etag)
    if (etag !== null && matchesEtag(req.headers['if-none-match'], etag)) {
      res.writeHead(304, { ETag: etag, 'Cache-Control': PUBLIC_CACHE_CONTROL })
      return void res.end()
    }
    if (options.budgetBytes <= 0 || version === null || !cacheableRequest(req.method, req.url, req.headers)) {
      stats.bypassed++
      return handler(req, res)
    }
    const query = req.url!.includes('?') ? req.url!.slice(req.url!.indexOf('?')) : ''
    const key = `${day}|${version}|${req.headers.host ?? ''}|${device ?? ''}|${path}${query}`
    // Concurrent requests for a page being rendered wait for that render instead of repeating it.
    const pending = inFlight.get(key)
    if (pending) await pending
    const hit = lookup(key)
    if (hit) {
      stats.hits++
      return reply(req, res, hit)
    }
    stats.misses++
    // Rendered uncompressed, so that the nonce can be found and replaced; reuses are compressed.
    delete req.headers['accept-encoding']
    let done!: () => void
    inFlight.set(key, new Promise<void>((resolve) => (done = resolve)))
    try {
      const captured = capture(res, options.maxEntryBytes)
      await handler(req, res)
      const result = await captured
      if (
        result &&
        cacheableResponse(result.status, result.headers, result.body.length, options.maxEntryBytes) &&
        storableByShared({ method: req.method!, url: req.url!, headers: req.headers }, result.status, result.headers)
      ) {
        remember(key, toEntry(result))
      }
    } finally {
      inFlight.delete(key)
      done()
    }
  }

  return {
    serve,
    stats: () => ({ ...stats, entries: entries.size, bytes: total }),
    clear() {
      entries.clear()
      total = 0
    },
  }
}

function toEntry(result: { status: number; headers: OutgoingHttpHeaders; body: Buffer }): Entry {
  const headers: OutgoingHttpHeaders = {}
  for (const [name, value] of Object.entries(result.headers)) if (!DROPPED_HEADERS.has(name) && value !== undefined) headers[name] = value
  const nonce = nonceOf(headers)
  return { status: result.status, headers, body: result.body, nonce, parts: nonce ? splitBuffer(result.body, Buffer.from(nonce)) : null, gzipped: null }
}

// Bytes, not a string: joining byte slices is a copy, while re-encoding a page with non-ASCII text
// as UTF-8 costs milliseconds per request.
function splitBuffer(buffer: Buffer, separator: Buffer): Buffer[] {
  const parts: Buffer[] = []
  let from = 0
  for (let at = buffer.indexOf(separator, from); at !== -1; at = buffer.indexOf(separator, from)) {
    parts.push(buffer.subarray(from, at))
    from = at + separator.length
  }
  parts.push(buffer.subarray(from))
  return parts
}

function joinBuffers(parts: Buffer[], separator: Buffer): Buffer {
  const list: Buffer[] = []
  parts.forEach((part, i) => {
    if (i > 0) list.push(separator)
    list.push(part)
  })
  return Buffer.concat(list)
}

async function reply(req: IncomingMessage, res: ServerResponse, entry: Entry): Promise<void> {
  const headers: OutgoingHttpHeaders = { ...entry.headers }
  let body = entry.body
  let gzipped: Buffer | null = entry.gzipped
  if (entry.nonce && entry.parts) {
    const nonce = newNonce()
    body = joinBuffers(entry.parts, Buffer.from(nonce))
    headers['content-security-policy'] = String(headers['content-security-policy']).split(entry.nonce).join(nonce)
    gzipped = null
  }
  const compressible = body.length > 1024 && COMPRESSIBLE.test(String(headers['content-type']))
  if (compressible) headers.vary = withVary(headers.vary, 'Accept-Encoding')
  if (compressible && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    // zlib runs on the thread pool: compressing does not hold up other requests.
    gzipped ??= await gzip(body, { level: 6 })
    if (!entry.nonce) entry.gzipped = gzipped
    body = gzipped
    headers['content-encoding'] = 'gzip'
  }
  headers['content-length'] = body.length
  headers[CACHE_HEADER] = 'hit'
  res.writeHead(entry.status, headers)
  res.end(body)
}

/**
 * Records what a handler writes to `res` (status, headers, body) while it goes out unchanged.
 * Resolves with null when the response did not complete or outgrew `limit` bytes.
 */
function capture(res: ServerResponse, limit: number): Promise<{ status: number; headers: OutgoingHttpHeaders; body: Buffer } | null> {
  const chunks: Buffer[] = []
  let size = 0
  let overflow = false
  let headArgs: OutgoingHttpHeaders = {}
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (overflow || chunk === undefined || chunk === null || typeof chunk === 'function') return
    const buffer = Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : Buffer.from(chunk as Uint8Array)
    size += buffer.length
    if (size > limit) {
      overflow = true
      chunks.length = 0
    } else chunks.push(buffer)
  }
  const write = res.write.bind(res) as (...args: unknown[]) => boolean
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
  res.write = ((...args: unknown[]) => {
    collect(args[0], args[1])
    return write(...args)
  }) as ServerResponse['write']
  res.end = ((...args: unknown[]) => {
    collect(args[0], args[1])
    return end(...args)
  }) as ServerResponse['end']
  res.writeHead = ((...args: unknown[]) => {
    const headers = typeof args[1] === 'object' ? args[1] : args[2]
    if (headers && !Array.isArray(headers)) headArgs = lowerCased(headers as OutgoingHttpHeaders)
    return writeHead(...args)
  }) as ServerResponse['writeHead']
  return new Promise((resolve) => {
    res.once('finish', () => {
      if (overflow) return resolve(null)
      resolve({ status: res.statusCode, headers: { ...lowerCased(res.getHeaders()), ...headArgs }, body: Buffer.concat(chunks) })
    })
    res.once('close', () => {
      if (!res.writableFinished) resolve(null)
    })
  })
}

function lowerCased(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]))
}
