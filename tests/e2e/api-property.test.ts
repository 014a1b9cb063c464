import fc from 'fast-check'
import { describe, expect, inject, it } from 'vitest'

/** Generated query strings against every read API: an answer or a 400 naming the parameter, never a 500. */

const ENDPOINTS = ['/api/memberships', '/api/memberships.csv', '/api/matrix', '/api/matrix.csv', '/api/overlaps.csv', '/api/alignment.csv', '/api/trade.csv', '/api/export/cow-igo.csv', '/api/export/trade.csv']
const KEYS = ['asOf', 'forums', 'parties', 'region', 'kinds', 'partyKind', 'q', 'only', 'sort', 'dir', 'statuses', 'sel', 'a', 'b', 'party', 'reporters', 'partners', 'flow', 'from', 'to', 'markers', 'zzz']
const VALUES = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('2017-06-09', '2017-02-30', '1900-01-01', '2100-12-31', 'SCO', 'SCO,EAEU,CSTO', 'C5+US', 'KAZ,UZB', 'ZZZ', 'forum:SCO', 'forum:', 'member,observer', 'Central Asia', 'total', 'export', '1991', '2025', '99999', 'desc', 'SCO&CSTO', '%', '<x>'),
)

describe.each(inject('servers'))('read APIs under generated parameters on $target', ({ url }) => {
  it('never answers 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ENDPOINTS), fc.array(fc.tuple(fc.constantFrom(...KEYS), VALUES), { maxLength: 5 }), async (endpoint, pairs) => {
        const params = new URLSearchParams()
        for (const [k, v] of pairs) params.append(k, v)
        const res = await fetch(`${url}${endpoint}?${params}`)
        expect([200, 400], `${endpoint}?${params} → ${res.status}`).toContain(res.status)
        if (res.status === 400) {
          const body = (await res.json()) as { parameter: string; error: string }
          expect(body.parameter.length).toBeGreaterThan(0)
          expect(body.error).toContain(body.parameter)
        } else await res.arrayBuffer()
      }),
      { numRuns: 250 },
    )
  }, 240_000)
})
