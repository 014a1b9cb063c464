import { parse } from 'csv-parse/sync'
import { describe, expect, inject, it } from 'vitest'
import { loadDataset } from '../../lib/dataset/load'
import { inForceOn } from '../../lib/transforms/as-of'

/** The memberships API, over HTTP, against what prisma/data says (which the server seeded itself from). */

const data = loadDataset()
const parties = new Map(data.parties.map((p) => [p.code, p]))
const forums = new Map(data.forums.map((f) => [f.code, f]))

function expectedRows(filter: (m: (typeof data.memberships)[number]) => boolean) {
  return data.memberships
    .filter(filter)
    .map((m) =>
      [m.party_code, parties.get(m.party_code)!.name, m.forum_code, forums.get(m.forum_code)!.name, m.status, m.valid_from, m.valid_to ?? ''].join('|'),
    )
    .sort()
}

describe.each(inject('servers'))('memberships API on $target', ({ url }) => {
  const csv = async (query: string) => {
    const res = await fetch(`${url}/api/memberships.csv${query}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="memberships/)
    return parse(await res.text(), { columns: true }) as Record<string, string>[]
  }
  const key = (r: Record<string, string>) => [r.party_code, r.party_name, r.forum_code, r.forum_name, r.status, r.valid_from, r.valid_to].join('|')

  it('returns every interval in the documented column order', async () => {
    const res = await fetch(`${url}/api/memberships.csv`)
    const text = await res.text()
    expect(text.split('\r\n')[0]).toBe('party_code,party_name,forum_code,forum_name,status,valid_from,valid_to,source,decided_at_event')
    const rows = parse(text, { columns: true }) as Record<string, string>[]
    expect(rows.map(key).sort()).toEqual(expectedRows(() => true))
    expect(rows.every((r) => r.source.length > 0)).toBe(true)
  })

  it('returns only the intervals in force with asOf, filtered by forums and parties', async () => {
    const rows = await csv('?asOf=2017-06-09&forums=SCO,CSTO&parties=IND,PAK,UZB,KAZ')
    expect(rows.map(key).sort()).toEqual(
      expectedRows(
        (m) =>
          ['SCO', 'CSTO'].includes(m.forum_code) &&
          ['IND', 'PAK', 'UZB', 'KAZ'].includes(m.party_code) &&
          inForceOn({ validFrom: m.valid_from, validTo: m.valid_to }, '2017-06-09'),
      ),
    )
    expect(rows.find((r) => r.party_code === 'IND')?.status).toBe('member')
    const before = await csv('?asOf=2017-06-08&forums=SCO&parties=IND')
    expect(before.map((r) => r.status)).toEqual(['observer'])
  })

  it('gives the JSON twin the same rows', async () => {
    const res = await fetch(`${url}/api/memberships?asOf=2024-07-05&forums=SCO`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as {
      count: number
      memberships: { partyCode: string; status: string; validFrom: string; source: { url: string | null } }[]
    }
    const rows = await csv('?asOf=2024-07-05&forums=SCO')
    expect(body.count).toBe(rows.length)
    expect(body.memberships.map((m) => `${m.partyCode}|${m.status}|${m.validFrom}`).sort()).toEqual(
      rows.map((r) => `${r.party_code}|${r.status}|${r.valid_from}`).sort(),
    )
    expect(body.memberships.filter((m) => m.status === 'member')).toHaveLength(10)
  })

  it.each([
    ['asOf=2017-02-30', 'asOf'],
    ['asOf=soon', 'asOf'],
    ['forums=SCO,NOPE', 'forums'],
    ['parties=KAZ,ZZZ', 'parties'],
    ['forums=a;b', 'forums'],
    ['colour=red', 'colour'],
  ])('answers ?%s with 400 naming %s, in CSV and JSON', async (query, parameter) => {
    for (const path of ['/api/memberships.csv', '/api/memberships']) {
      const res = await fetch(`${url}${path}?${query}`)
      expect(res.status).toBe(400)
      const body = (await res.json()) as { error: string; parameter: string }
      expect(body.parameter).toBe(parameter)
      expect(body.error).toContain(parameter)
    }
  })

  it('answers unknown forum and party pages with a 404 page', async () => {
    for (const path of ['/forums/NOPE', '/parties/ZZZ']) {
      const res = await fetch(`${url}${path}`)
      expect(res.status).toBe(404)
      expect(await res.text()).toContain('Not found')
    }
  })
})
