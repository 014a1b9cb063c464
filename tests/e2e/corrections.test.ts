import { parse } from 'csv-parse/sync'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { hashPassword } from '../../lib/auth/password'
import { browserPage, chromiumAvailable, openHydrated } from '../support/browser'

/**
 * #21.5: the public part of the audit trail. A curator's change made through the real admin routes
 * appears on /changes/corrections and in /api/corrections.csv — what, old → new, when and why —
 * and nothing there names the curator.
 */

const servers = inject('servers')
const postgres = servers.find((s) => s.target === 'postgres')
const hasBrowser = chromiumAvailable()

describe.skipIf(!postgres)('public corrections (PostgreSQL server)', () => {
  const url = postgres?.url ?? ''
  const EMAIL = 'corrections.tester@example.org'
  const PASSWORD = 'a long enough test passphrase'
  const REASON = `e2e: the UNECE list of ${Date.now()} names Armenia`
  let client: pg.Client
  const held = hasBrowser ? browserPage({ viewport: { width: 1280, height: 900 } }) : null

  beforeAll(async () => {
    client = new pg.Client({ connectionString: postgres!.databaseUrl })
    await client.connect()
    await client.query(
      `INSERT INTO curator (email, password_hash) VALUES ($1, $2) ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash, failed_attempts = 0, locked_until = NULL`,
      [EMAIL, await hashPassword(PASSWORD)],
    )
  })
  afterAll(async () => {
    await client?.query(`DELETE FROM membership WHERE party_code = 'ARM' AND forum_code = 'SPECA' AND valid_from >= '2030-01-01'`)
    await client?.end()
  })

  const post = (path: string, cookie: string, form: Record<string, string>) =>
    fetch(`${url}${path}`, {
      method: 'POST',
      headers: { Cookie: cookie, Accept: 'application/json', 'X-Forwarded-For': '198.51.100.31' },
      body: new URLSearchParams(form),
    })

  it('lists a change made through the admin route, and its revert, with what, when and why, and never the curator', async () => {
    const signIn = await fetch(`${url}/api/admin/sign-in`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'X-Forwarded-For': '198.51.100.31', Cookie: 'fa_login_csrf=t0ken' },
      body: new URLSearchParams({ email: EMAIL, password: PASSWORD, csrf: 't0ken' }),
    })
    expect(signIn.status).toBe(200)
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]
    const { csrf } = (await signIn.json()) as { csrf: string }
    const before = Date.now()
    const added = await post('/api/admin/memberships', cookie, {
      partyCode: 'ARM',
      forumCode: 'SPECA',
      status: 'applicant',
      validFrom: '2031-03-01',
      sourceId: 'seed-001',
      comment: REASON,
      csrf,
    })
    expect(added.status).toBe(200)

    const csvRows = async () => parse(await (await fetch(`${url}/api/corrections.csv`)).text(), { columns: true }) as Record<string, string>[]
    const mine = (await csvRows()).filter((r) => r.reason === REASON)
    expect(mine.length).toBeGreaterThan(1)
    expect(mine.every((r) => r.action === 'create' && r.entity === 'membership' && r.party_code === 'ARM' && r.forum_code === 'SPECA')).toBe(true)
    expect(mine).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'status', old_value: '', new_value: 'applicant' }),
        expect.objectContaining({ field: 'valid_from', old_value: '', new_value: '2031-03-01' }),
      ]),
    )
    const at = Date.parse(mine[0].at)
    expect(at).toBeGreaterThanOrEqual(before - 5_000)
    expect(at).toBeLessThanOrEqual(Date.now() + 5_000)

    // Undo it through the admin route: the revert is a correction too, and each names the other.
    const id = mine[0].id
    expect((await post(`/api/admin/audit/${id}/revert`, cookie, { comment: 'e2e: undone', csrf })).status).toBe(200)
    const rows = await csvRows()
    const revert = rows.find((r) => r.reverts === id && r.field === 'status')!
    expect(revert).toMatchObject({ action: 'revert', reason: 'e2e: undone', field: 'status', old_value: 'applicant', new_value: '' })
    expect(rows.filter((r) => r.id === id).every((r) => r.reverted_by === revert.id)).toBe(true)

    // Nothing names who: not the address, not its local part, not the curator's number.
    const html = await (await fetch(`${url}/changes/corrections`)).text()
    const csv = await (await fetch(`${url}/api/corrections.csv`)).text()
    const { rows: ids } = await client.query<{ id: number }>('SELECT id FROM curator WHERE email = $1', [EMAIL])
    for (const text of [html, csv]) {
      expect(text).toContain(REASON)
      expect(text).not.toContain(EMAIL)
      expect(text).not.toContain('corrections.tester')
      expect(text).not.toMatch(/curator_?id|curatorId/i)
    }
    expect(Object.keys(rows[0])).not.toContain('curator')
    expect(ids).toHaveLength(1)
  })

  it.skipIf(!hasBrowser)('shows them on the page, linked from /changes, beside the corrections to the shipped data', async () => {
    const page = held!.page
    await openHydrated(page, `${url}/changes?from=2014-01-01&to=2016-01-01`)
    await page.getByRole('link', { name: 'corrections' }).click()
    await page.waitForURL(/\/changes\/corrections$/)
    const row = page.locator('#corrections-table tbody tr', { hasText: REASON })
    expect(await row.innerText()).toMatch(/Added ARM in SPECA \(membership interval \d+\)[\s\S]*status: — → applicant[\s\S]*e2e: the UNECE list/)
    expect(await row.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(await page.locator('#corrections-table tbody tr', { hasText: 'e2e: undone' }).first().innerText()).toMatch(/Reverted ARM in SPECA/)
    expect(await page.locator('body').innerText()).not.toContain(EMAIL)
    // The December 2026 fact-check, as prisma/data/CORRECTIONS-2026-12.md has it.
    const shipped = page.locator('table[id^="shipped-CORRECTIONS-2026-12"] tbody tr')
    expect(await shipped.count()).toBe(13)
    expect(await shipped.first().innerText()).toMatch(/SPECA: Turkmenistan had no row/)
  })
})
