import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { once } from 'node:events'
import { gunzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { buildCsp } from '../security/csp'
import { CACHE_HEADER, cacheableRequest, createResponseCache, nonceOf } from './response-cache'

/**
 * The cache in front of a real HTTP server whose handler stands in for Next: it counts its renders,
 * stamps a fresh nonce on each as Next does, and can stream, set cookies or fail on request.
 */

let server: Server | null = null
afterEach(async () => {
  if (server) await new Promise((resolve) => server!.close(resolve))
  server = null
})

async function start(options: { version?: () => Promise<string | null>; budgetBytes?: number; maxEntryBytes?: number } = {}) {
  let renders = 0
  let version = 'v1'
  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    renders++
    const url = new URL(req.url!, 'http://x')
    await new Promise((r) => setTimeout(r, 20)) // rendering takes time: concurrent requests overlap
    const nonce = `n${renders}abcdefghijklmnop=`
    if (url.pathname === '/fails') {
      res.statusCode = 500
      return void res.end('boom')
    }
    // Next sets some headers as arrays
    res.setHeader('Content-Type', url.pathname.endsWith('.csv') ? ['text/csv; charset=utf-8'] : 'text/html; charset=utf-8')
    if (url.pathname === '/cookie') res.setHeader('Set-Cookie', 'a=b')
    if (url.pathname === '/own-private') res.setHeader('Cache-Control', 'private, max-age=60')
    if (url.pathname === '/varies') res.setHeader('Vary', 'Cookie')
    // as Next does on every dynamic page, whatever it reads
    if (url.pathname.startsWith('/admin') || url.pathname === '/') res.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate')
    if (url.pathname.startsWith('/admin')) res.setHeader('X-Signed-In', String(req.headers.cookie ?? ''))
    if (!url.pathname.endsWith('.csv')) res.setHeader('Content-Security-Policy', buildCsp(nonce))
    if (url.pathname === '/big') {
      // streamed in chunks, as Next streams a page
      for (let i = 0; i < 10; i++) res.write('x'.repeat(1000))
      return void res.end()
    }
    res.write(`<html><script nonce="${nonce}">render ${renders}, version ${version}, ü×—</script>`)
    res.end(`<p>${url.search} ${req.headers['sec-ch-ua-mobile'] ?? ''}</p><script nonce="${nonce}"></script></html>${'.'.repeat(2000)}`)
  }
  const cache = createResponseCache({
    budgetBytes: options.budgetBytes ?? 1_000_000,
    maxEntryBytes: options.maxEntryBytes ?? 100_000,
    dataVersion: options.version ?? (async () => version),
  })
  server = createServer((req, res) => void cache.serve(req, res, handler))
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  return {
    base,
    cache,
    renders: () => renders,
    setVersion: (v: string) => (version = v),
    get: (path: string, init?: RequestInit) => fetch(base + path, init),
  }
}

const bodyNonces = (html: string) => [...new Set([...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]))]

describe('response cache', () => {
  it('reuses a page with a fresh nonce in the body and in the policy, byte for byte otherwise', async () => {
    const app = await start()
    const identity = { headers: { 'accept-encoding': 'identity' } }
    const first = await app.get('/matrix?asOf=2020-01-01', identity)
    const firstBody = await first.text()
    expect(first.headers.get(CACHE_HEADER)).toBeNull()
    const second = await app.get('/matrix?asOf=2020-01-01', identity)
    const secondBody = await second.text()
    expect(second.headers.get(CACHE_HEADER)).toBe('hit')
    expect(app.renders()).toBe(1)

    const n1 = nonceOf({ 'content-security-policy': first.headers.get('content-security-policy')! })!
    const n2 = nonceOf({ 'content-security-policy': second.headers.get('content-security-policy')! })!
    expect(n2).not.toBe(n1)
    expect(bodyNonces(firstBody)).toEqual([n1])
    expect(bodyNonces(secondBody)).toEqual([n2])
    expect(secondBody.split(n2).join('NONCE')).toBe(firstBody.split(n1).join('NONCE'))
    expect(Number(second.headers.get('content-length'))).toBe(Buffer.byteLength(secondBody))
  })

  it('keys on the URL: another query is another render', async () => {
    const app = await start()
    await (await app.get('/matrix?asOf=2020-01-01')).text()
    const other = await app.get('/matrix?asOf=2021-01-01')
    expect(await other.text()).toContain('?asOf=2021-01-01')
    expect(app.renders()).toBe(2)
  })

  it('renders again when the data version moves, and never serves the older page', async () => {
    const app = await start()
    expect(await (await app.get('/')).text()).toContain('version v1')
    app.setVersion('v2')
    const after = await app.get('/')
    expect(after.headers.get(CACHE_HEADER)).toBeNull()
    expect(await after.text()).toContain('version v2')
    expect(await (await app.get('/')).text()).toContain('version v2')
    expect(app.renders()).toBe(2)
  })

  it('caches nothing while the version cannot be read', async () => {
    const app = await start({ version: async () => null })
    await (await app.get('/')).text()
    const again = await app.get('/')
    expect(again.headers.get(CACHE_HEADER)).toBeNull()
    expect(app.renders()).toBe(2)
  })

  it('renders a page once for many concurrent requests', async () => {
    const app = await start()
    const bodies = await Promise.all(Array.from({ length: 12 }, () => app.get('/overlaps').then((r) => r.text())))
    expect(app.renders()).toBe(1)
    expect(new Set(bodies.map((b) => b.replace(/n1abcdefghijklmnop=|[A-Za-z0-9+/]{22}==/g, 'N'))).size).toBe(1)
  })

  it('compresses reuses for clients that accept gzip', async () => {
    const app = await start()
    const plain = await (await app.get('/data.csv')).text()
    const zipped = await app.get('/data.csv', { headers: { 'accept-encoding': 'gzip' } })
    // fetch inflates transparently; the headers say what went over the wire
    expect(zipped.headers.get('content-encoding')).toBe('gzip')
    expect(zipped.headers.get('vary')).toMatch(/Accept-Encoding/)
    expect(await zipped.text()).toBe(plain)
    const raw = await new Promise<Buffer>((resolve, reject) => {
      import('node:http').then(({ get }) =>
        get(`${app.base}/data.csv`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c) => chunks.push(c))
          res.on('end', () => resolve(Buffer.concat(chunks)))
        }).on('error', reject),
      )
    })
    expect(gunzipSync(raw).toString()).toBe(plain)
  })

  it('passes through, uncached, what must not be shared or kept', async () => {
    const app = await start({ maxEntryBytes: 5000 })
    for (const [path, init] of [
      ['/admin', undefined],
      ['/api/admin/records/party', undefined],
      ['/api/export/trade.csv', undefined],
      ['/cookie', undefined],
      ['/own-private', undefined],
      ['/varies', undefined],
      ['/matrix', { headers: { cookie: 'fa_session=t' } }],
      ['/fails', undefined],
      ['/big', undefined],
      ['/', { headers: { rsc: '1' } }],
      ['/', { headers: { 'cache-control': 'no-cache' } }],
      ['/', { method: 'POST', body: 'x' }],
    ] as [string, RequestInit | undefined][]) {
      const before = app.renders()
      const first = await app.get(path, init)
      const body = await first.text()
      if (path === '/big') expect(body).toHaveLength(10_000) // larger than an entry: delivered whole, not kept
      const second = await app.get(path, init)
      await second.text()
      expect(second.headers.get(CACHE_HEADER), path).toBeNull()
      expect(app.renders() - before, path).toBe(2)
    }
  })

  it('keeps within its budget, dropping the least recently used', async () => {
    const app = await start({ budgetBytes: 5000 }) // each page is about 2.2 kB: two fit
    for (const q of ['a', 'b', 'c']) await (await app.get(`/p?${q}`)).text()
    expect(app.cache.stats().entries).toBe(2)
    expect(app.cache.stats().bytes).toBeLessThanOrEqual(5000)
    expect((await app.get('/p?c')).headers.get(CACHE_HEADER)).toBe('hit')
    expect((await app.get('/p?a')).headers.get(CACHE_HEADER)).toBeNull()
  })

  it('is off with a budget of 0', async () => {
    const app = await start({ budgetBytes: 0 })
    await (await app.get('/')).text()
    await (await app.get('/')).text()
    expect(app.renders()).toBe(2)
  })
})

describe('HTTP caching semantics', () => {
  /** A GET that sends the path as written, as `curl --path-as-is` does (fetch would normalise it). */
  const rawGet = (base: string, path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: IncomingMessage['headers']; body: string }>((resolve, reject) => {
      const { hostname, port } = new URL(base)
      const req = request({ hostname, port, path, headers }, (res) => {
        let body = ''
        res.on('data', (c) => (body += c))
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }))
      })
      req.on('error', reject)
      req.end()
    })

  it('never serves a private page to anyone else, whatever way its path is written', async () => {
    const app = await start()
    for (const path of ['/%2e/admin', '/./admin/audit', '/x/../admin', '//admin', '/%61dmin', '/admin/./audit']) {
      const curator = await rawGet(app.base, path, { cookie: 'fa_session=secret' })
      expect(curator.headers['cache-control'], path).toBe('private, no-store')
      const anonymous = await rawGet(app.base, path)
      expect(anonymous.headers[CACHE_HEADER], path).toBeUndefined()
      expect(anonymous.headers['x-signed-in'] ?? '', path).toBe('')
      expect(anonymous.headers['cache-control'], path).toBe('private, no-store')
      expect(anonymous.headers.etag, path).toBeUndefined()
    }
  })

  it('keys on the normalised path: /./p and /p are one entry', async () => {
    const app = await start()
    await rawGet(app.base, '/p?a=1')
    const again = await rawGet(app.base, '/x/.././p?a=1')
    expect(again.headers[CACHE_HEADER]).toBe('hit')
    expect(app.renders()).toBe(1)
  })

  it('marks public answers public with an ETag of the version and the day, and answers a revalidation 304 without rendering', async () => {
    const app = await start()
    const first = await app.get('/p?q=1')
    await first.text()
    expect(first.headers.get('cache-control')).toBe('public, no-cache')
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^W\/"v1\.\d{4}-\d{2}-\d{2}"$/)
    const renders = app.renders()
    const revalidated = await app.get('/p?q=2', { headers: { 'if-none-match': etag } })
    expect(revalidated.status).toBe(304)
    expect(revalidated.headers.get('etag')).toBe(etag)
    expect(app.renders()).toBe(renders)
    app.setVersion('v2')
    const changed = await app.get('/p?q=1', { headers: { 'if-none-match': etag } })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
    // a page that sets a cookie, an error, a curator's request: private, no validator
    for (const [path, init] of [
      ['/cookie', undefined],
      ['/fails', undefined],
      ['/p', { headers: { cookie: 'fa_session=t' } }],
    ] as [string, RequestInit | undefined][]) {
      const res = await app.get(path, init)
      expect(res.headers.get('cache-control'), path).toBe('private, no-store')
      expect(res.headers.get('etag'), path).toBeNull()
    }
    expect((await app.get('/own-private')).headers.get('cache-control')).toBe('private, max-age=60')
  })

  it('keeps the matrix for phones apart: keyed on the device hint, with a Vary header and an ETag of its own', async () => {
    const app = await start()
    const phone = { headers: { 'sec-ch-ua-mobile': '?1', 'accept-encoding': 'identity' } }
    const wide = { headers: { 'sec-ch-ua-mobile': '?0', 'accept-encoding': 'identity' } }
    for (const path of ['/matrix?asOf=2020-01-01', '/ru/matrix']) {
      const a = await app.get(path, wide)
      const b = await app.get(path, phone)
      expect(await b.text()).toContain('?1</p>')
      expect(await a.text()).toContain('?0</p>')
      expect(a.headers.get('vary')).toMatch(/(^|, )Sec-CH-UA-Mobile(,|$)/)
      expect(b.headers.get('vary')).toMatch(/(^|, )Sec-CH-UA-Mobile(,|$)/)
      expect(b.headers.get('etag')).toMatch(/\.phone"$/)
      expect(a.headers.get('etag')).not.toBe(b.headers.get('etag'))
      // each is reused for its own device only; no hint is the wide page
      const renders = app.renders()
      expect(await (await app.get(path, phone)).text()).toContain('?1</p>')
      expect((await app.get(path, { headers: { 'accept-encoding': 'identity' } })).headers.get(CACHE_HEADER)).toBe('hit')
      expect(app.renders()).toBe(renders)
      // a revalidation of the wide page's ETag from a phone renders the phone's page
      const revalidated = await app.get(path, { headers: { ...phone.headers, 'if-none-match': a.headers.get('etag')! } })
      expect(revalidated.status).toBe(200)
      expect((await app.get(path, { headers: { ...phone.headers, 'if-none-match': b.headers.get('etag')! } })).status).toBe(304)
    }
    // other pages neither vary on it nor key on it
    const other = await app.get('/p?q=device', phone)
    expect(other.headers.get('vary') ?? '').not.toMatch(/Sec-CH-UA-Mobile/i)
    await other.text()
    expect((await app.get('/p?q=device', wide)).headers.get(CACHE_HEADER)).toBe('hit')
  })
})

describe('cacheableRequest', () => {
  it('takes plain GETs of public routes only', () => {
    expect(cacheableRequest('GET', '/matrix?asOf=2020-01-01', {})).toBe(true)
    expect(cacheableRequest('GET', '/api/matrix.csv', {})).toBe(true)
    expect(cacheableRequest('HEAD', '/', {})).toBe(false)
    expect(cacheableRequest('GET', '/administrators', {})).toBe(true)
    expect(cacheableRequest('GET', '/admin/import', {})).toBe(false)
    expect(cacheableRequest('GET', '/_next/static/chunks/a.js', {})).toBe(false)
    expect(cacheableRequest('GET', '/', { 'next-router-prefetch': '1' })).toBe(false)
    expect(cacheableRequest('GET', '/', { range: 'bytes=0-1' })).toBe(false)
    for (const path of ['/%2e/admin', '/./admin/audit', '/x/../admin', '//admin', '/%61dmin', '/api/%61dmin/records', '/x/%2e%2e/admin']) {
      expect(cacheableRequest('GET', path, {}), path).toBe(false)
    }
    expect(cacheableRequest('GET', '/matrix', { cookie: 'fa_session=abc' })).toBe(false)
    expect(cacheableRequest('GET', '/matrix', { cookie: 'theme=dark' })).toBe(true)
    expect(cacheableRequest('GET', '/', { 'cache-control': 'max-age=0' })).toBe(true)
  })
})
