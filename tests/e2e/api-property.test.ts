import fc from 'fast-check'
import { describe, expect, inject, it } from 'vitest'
import { normalisedPath } from '../../lib/http/cache-policy'

/** Generated query strings against every read API: an answer or a 400 naming the parameter, never a 500. */

const ENDPOINTS = [
  '/api/memberships',
  '/api/memberships.csv',
  '/api/matrix',
  '/api/matrix.csv',
  '/api/overlaps.csv',
  '/api/alignment.csv',
  '/api/trade.csv',
  '/api/export/cow-igo.csv',
  '/api/export/dyad-year.csv',
  '/api/export/forum-year.csv',
  '/api/export/trade.csv',
]
const KEYS = [
  'asOf',
  'forums',
  'parties',
  'region',
  'kinds',
  'partyKind',
  'q',
  'only',
  'sort',
  'dir',
  'statuses',
  'sel',
  'a',
  'b',
  'party',
  'reporters',
  'partners',
  'flow',
  'from',
  'to',
  'markers',
  'zzz',
]
const VALUES = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '2017-06-09',
    '2017-02-30',
    '1900-01-01',
    '2100-12-31',
    'SCO',
    'SCO,EAEU,CSTO',
    'C5+US',
    'KAZ,UZB',
    'ZZZ',
    'forum:SCO',
    'forum:',
    'member,observer',
    'Central Asia',
    'total',
    'export',
    '1991',
    '2025',
    '99999',
    'desc',
    'SCO&CSTO',
    '%',
    '<x>',
  ),
)

describe.each(inject('servers'))('read APIs under generated parameters on $target', ({ url }) => {
  it('never answers 500', async () => {
    const histogram = new Map<number, number>()
    let cases = 0
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ENDPOINTS), fc.array(fc.tuple(fc.constantFrom(...KEYS), VALUES), { maxLength: 5 }), async (endpoint, pairs) => {
        cases++
        const params = new URLSearchParams()
        for (const [k, v] of pairs) params.append(k, v)
        const res = await fetch(`${url}${endpoint}?${params}`)
        histogram.set(res.status, (histogram.get(res.status) ?? 0) + 1)
        expect([200, 400], `${endpoint}?${params} → ${res.status}`).toContain(res.status)
        if (res.status === 400) {
          const body = (await res.json()) as { parameter: string; error: string }
          expect(body.parameter.length).toBeGreaterThan(0)
          expect(body.error).toContain(body.parameter)
        } else await res.arrayBuffer()
      }),
      { numRuns: 250 },
    )
    console.log(
      `generated query strings: ${cases} cases; statuses ${[...histogram]
        .sort((a, b) => a[0] - b[0])
        .map(([s, n]) => `${s}×${n}`)
        .join(', ')}`,
    )
  }, 240_000)
})

/** Path segments a review tries: dot segments written every way, NUL, invalid UTF-8, markup, real routes. */
const SEGMENTS = fc.oneof(
  fc.constantFrom(
    'admin',
    'api',
    'admin',
    'forums',
    'parties',
    'SCO',
    'KAZ',
    'matrix',
    'events',
    'audit',
    'records',
    '.',
    '..',
    '%2e',
    '%2E%2e',
    '%00',
    '%ff',
    '%c0%af',
    '%2f',
    '<x>',
    'C5+US',
    '%61dmin',
    '',
  ),
  fc.stringMatching(/^[A-Za-z0-9._~-]{1,8}$/),
)

describe.each(inject('servers'))('pages under generated paths on $target', ({ url }) => {
  it('never answers 500, and never serves a private page from the cache', async () => {
    const { request } = await import('node:http')
    const { hostname, port } = new URL(url)
    // sent as written (fetch would resolve the dot segments)
    const get = (path: string, headers: Record<string, string> = {}) =>
      new Promise<{ status: number; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
        const req = request({ hostname, port, path, headers }, (res) => {
          res.resume()
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers }))
        })
        req.on('error', reject)
        req.end()
      })
    const histogram = new Map<number, number>()
    let cases = 0
    await fc.assert(
      fc.asyncProperty(fc.array(SEGMENTS, { minLength: 1, maxLength: 4 }), fc.boolean(), async (segments, curator) => {
        cases++
        const path = `/${segments.join('/')}`
        const first = await get(path, curator ? { cookie: 'fa_session=generated; fa_login_csrf=x' } : {})
        const again = await get(path, { cookie: 'fa_login_csrf=x' })
        for (const res of [first, again]) histogram.set(res.status, (histogram.get(res.status) ?? 0) + 1)
        expect(first.status, path).toBeLessThan(500)
        expect(again.status, path).toBeLessThan(500)
        // a response that may carry a curator's page is never stored or shared
        const normalised = normalisedPath(path)
        if (normalised === null || /^\/(api\/)?admin(\/|$)/i.test(normalised)) {
          expect(again.headers['x-forum-atlas-cache'], path).toBeUndefined()
          if (again.status === 200) expect(again.headers['cache-control'], path).toMatch(/private|no-store/)
        }
      }),
      { numRuns: 150 },
    )
    console.log(
      `generated paths: ${cases} cases; statuses ${[...histogram]
        .sort((a, b) => a[0] - b[0])
        .map(([s, n]) => `${s}×${n}`)
        .join(', ')}`,
    )
  }, 240_000)
})
