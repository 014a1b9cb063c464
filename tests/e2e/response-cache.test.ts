import { request } from 'node:http'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

/**
 * The response cache in front of the real app (server.ts, as `npm start` runs it): repeated pages
 * come from memory with a fresh nonce, and a write by anyone — here psql-style SQL from outside the
 * app — makes the next request render again.
 */

const servers = inject('servers')
const CACHE_HEADER = 'x-forum-atlas-cache'
const nonceIn = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? '')?.[1]

/** A GET sending the path as written (`curl --path-as-is`): fetch would resolve its dot segments. */
const rawGet = (base: string, path: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const { hostname, port } = new URL(base)
    const req = request({ hostname, port, path, headers }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (c) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end()
  })

describe.each(servers)('HTTP caching semantics on $target', ({ url }) => {
  it('never gives a curator’s page to another client, whatever way the path is written', async () => {
    for (const path of ['/%2e/admin', '/./admin/audit', '/x/../admin', '/%2E/admin/import']) {
      const curator = await rawGet(url, path, { cookie: 'fa_session=not-a-real-session; fa_login_csrf=abc' })
      await rawGet(url, path, { cookie: 'fa_session=not-a-real-session; fa_login_csrf=abc' })
      expect(curator.headers['cache-control'], path).toBe('private, no-store')
      const anonymous = await rawGet(url, path, { cookie: 'fa_login_csrf=abc' })
      expect(anonymous.headers[CACHE_HEADER], path).toBeUndefined()
      expect(anonymous.headers['cache-control'], path).toBe('private, no-store')
    }
  })

  it('marks public pages and data public with the data version as ETag, and answers 304 to a revalidation', async () => {
    for (const path of ['/matrix?asOf=2018-03-01&forums=SCO', '/api/matrix.csv?asOf=2018-03-01&forums=SCO', '/forums/SCO']) {
      const first = await fetch(url + path)
      await first.text()
      expect(first.headers.get('cache-control'), path).toBe('public, no-cache')
      const etag = first.headers.get('etag')!
      expect(etag, path).toMatch(/^W\/"/)
      const again = await fetch(url + path, { headers: { 'If-None-Match': etag } })
      expect(again.status, path).toBe(304)
      expect(await again.text()).toBe('')
    }
    // Next's static files keep their own long-lived public policy
    const html = await (await fetch(`${url}/matrix`)).text()
    const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1]
    expect((await fetch(url + script)).headers.get('cache-control')).toMatch(/public, max-age=31536000, immutable/)
  })
})

describe.each(servers)('response cache on $target', ({ url }) => {
  it('serves a repeated page from the cache with a new nonce that the page and its policy share', async () => {
    const path = '/matrix?asOf=2019-03-01&forums=SCO,EAEU'
    const first = await fetch(url + path)
    const firstHtml = await first.text()
    const second = await fetch(url + path)
    const secondHtml = await second.text()
    expect(second.headers.get(CACHE_HEADER)).toBe('hit')
    const n1 = nonceIn(first.headers.get('content-security-policy'))!
    const n2 = nonceIn(second.headers.get('content-security-policy'))!
    expect(n2).not.toBe(n1)
    expect(secondHtml).toContain(`nonce="${n2}"`)
    expect(secondHtml).not.toContain(n1)
    expect(secondHtml.split(n2).join('N')).toBe(firstHtml.split(n1).join('N'))
    for (const h of ['x-content-type-options', 'x-frame-options', 'referrer-policy', 'content-type']) {
      expect(second.headers.get(h), h).toBe(first.headers.get(h))
    }
  })

  it('serves repeated CSV downloads from the cache, unchanged', async () => {
    const path = '/api/matrix.csv?asOf=2019-03-01&forums=SCO'
    const first = await (await fetch(url + path)).text()
    const second = await fetch(url + path)
    expect(second.headers.get(CACHE_HEADER)).toBe('hit')
    expect(second.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(await second.text()).toBe(first)
  })

  it('renders afresh on request (Cache-Control: no-cache), and never caches the admin pages', async () => {
    await (await fetch(`${url}/overlaps`)).text()
    const fresh = await fetch(`${url}/overlaps`, { headers: { 'cache-control': 'no-cache' } })
    expect(fresh.headers.get(CACHE_HEADER)).toBeNull()
    await (await fetch(`${url}/admin`)).text()
    expect((await fetch(`${url}/admin`)).headers.get(CACHE_HEADER)).toBeNull()
  })
})

const postgres = servers.find((s) => s.target === 'postgres')

describe.skipIf(!postgres)('response cache after a write from outside the app', () => {
  let client: pg.Client
  beforeAll(async () => {
    client = new pg.Client({ connectionString: postgres!.databaseUrl })
    await client.connect()
  })
  afterAll(async () => client?.end())

  it('renders again once the data has changed, and shows the change', async () => {
    const path = '/forums/SCO'
    await (await fetch(postgres!.url + path)).text()
    expect((await fetch(postgres!.url + path)).headers.get(CACHE_HEADER)).toBe('hit')
    const { rows } = await client.query<{ name: string }>(`SELECT name FROM forum WHERE code = 'SCO'`)
    const name = rows[0].name
    try {
      await client.query(`UPDATE forum SET name = $1 WHERE code = 'SCO'`, [`${name} (renamed for a test)`])
      const after = await fetch(postgres!.url + path)
      expect(after.headers.get(CACHE_HEADER)).toBeNull()
      expect(await after.text()).toContain(`${name} (renamed for a test)`)
    } finally {
      await client.query(`UPDATE forum SET name = $1 WHERE code = 'SCO'`, [name])
    }
    const restored = await fetch(postgres!.url + path)
    expect(restored.headers.get(CACHE_HEADER)).toBeNull()
    expect(await restored.text()).not.toContain('(renamed for a test)')
  })
})
