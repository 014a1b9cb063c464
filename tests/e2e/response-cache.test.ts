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
