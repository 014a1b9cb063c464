import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { hashPassword } from '../../lib/auth/password'
import { chromiumAvailable, launchBrowser, openHydrated, pick } from '../support/browser'

/** Curation: nobody but a signed-in curator can write, and a curator's change is audited and reversible. */

const servers = inject('servers')
const hasBrowser = chromiumAvailable()

/** Every route handler under app/ that accepts a write method, as a URL with sample ids. */
function writeRoutes(): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (name === 'route.ts' && /export async function (POST|PUT|PATCH|DELETE)\b/.test(readFileSync(full, 'utf8'))) {
        found.push(
          '/' +
            path
              .relative('app', path.dirname(full))
              .split(path.sep)
              .map((seg) => seg.replace(/^\[.*\]$/, '1'))
              .join('/'),
        )
      }
    }
  }
  walk('app')
  return found.sort()
}

describe.each(servers)('write routes on $target', ({ url }) => {
  const routes = writeRoutes()

  it('finds the write routes by listing app/', () => {
    expect(routes).toEqual(expect.arrayContaining(['/api/admin/memberships', '/api/admin/audit/1/revert', '/api/admin/sign-in']))
    expect(routes.length).toBeGreaterThanOrEqual(6)
  })

  it('refuses every write without a session (401) or from another site (403)', async () => {
    for (const route of routes.filter((r) => r !== '/api/admin/sign-in')) {
      const anonymous = await fetch(`${url}${route}`, { method: 'POST', body: new URLSearchParams({ csrf: 'x', comment: 'hello there' }), redirect: 'manual' })
      expect(anonymous.status, route).toBe(401)
      const crossSite = await fetch(`${url}${route}`, {
        method: 'POST',
        headers: { Origin: 'https://evil.example' },
        body: new URLSearchParams({ csrf: 'x' }),
        redirect: 'manual',
      })
      expect(crossSite.status, route).toBe(403)
    }
    const signIn = await fetch(`${url}/api/admin/sign-in`, {
      method: 'POST',
      headers: { Origin: 'https://evil.example' },
      body: new URLSearchParams({ email: 'a@b.c', password: 'x' }),
      redirect: 'manual',
    })
    expect(signIn.status).toBe(403)
  })

  it('refuses wrong passwords and oversized bodies', async () => {
    const noToken = await fetch(`${url}/api/admin/sign-in`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'X-Forwarded-For': '203.0.113.1' },
      body: new URLSearchParams({ email: 'nobody@example.org', password: 'wrong password' }),
    })
    expect(noToken.status).toBe(403)
    const wrong = await fetch(`${url}/api/admin/sign-in`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'X-Forwarded-For': '203.0.113.1', Cookie: 'fa_login_csrf=t0ken' },
      body: new URLSearchParams({ email: 'nobody@example.org', password: 'wrong password', csrf: 't0ken' }),
    })
    expect(wrong.status).toBe(401)
    const big = await fetch(`${url}/api/admin/sign-in`, {
      method: 'POST',
      headers: { Accept: 'application/json', Cookie: 'fa_login_csrf=t0ken' },
      body: new URLSearchParams({ email: 'x', password: 'y'.repeat(20_000) }),
    })
    expect(big.status).toBe(413)
  })

  it('slows down a flood of sign-in attempts from one address (429)', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 12; i++) {
      const res = await fetch(`${url}/api/admin/sign-in`, {
        method: 'POST',
        headers: { Accept: 'application/json', 'X-Forwarded-For': '203.0.113.99', Cookie: 'fa_login_csrf=t0ken' },
        body: new URLSearchParams({ email: 'nobody@example.org', password: 'wrong password', csrf: 't0ken' }),
      })
      statuses.push(res.status)
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true)
    expect(statuses.at(-1)).toBe(429)
  })
})

const postgres = servers.find((s) => s.target === 'postgres')

describe.skipIf(!postgres)('a curator at work (PostgreSQL server)', () => {
  const url = postgres?.url ?? ''
  let client: pg.Client
  let browser: Browser | undefined
  const EMAIL = 'curator@example.org'
  const PASSWORD = 'correct horse battery staple'

  beforeAll(async () => {
    client = new pg.Client({ connectionString: postgres!.databaseUrl })
    await client.connect()
    const hash = await hashPassword(PASSWORD)
    await client.query(
      `INSERT INTO curator (email, password_hash) VALUES ($1, $2), ('locked@example.org', $2) ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash, failed_attempts = 0, locked_until = NULL`,
      [EMAIL, hash],
    )
    if (hasBrowser) browser = await launchBrowser()
  })
  afterAll(async () => {
    await client?.query(`DELETE FROM membership WHERE party_code = 'GEO' AND forum_code = 'SPECA'`)
    await client?.end()
    await browser?.close()
  })

  const signIn = async (email = EMAIL, password = PASSWORD, ip = '198.51.100.7') => {
    const res = await fetch(`${url}/api/admin/sign-in`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'X-Forwarded-For': ip, Cookie: 'fa_login_csrf=t0ken' },
      body: new URLSearchParams({ email, password, csrf: 't0ken' }),
    })
    return { res, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0], body: (await res.json()) as { csrf?: string; error?: string } }
  }

  it('signs in with an httpOnly, SameSite=Strict session cookie', async () => {
    const { res, body } = await signIn()
    expect(res.status).toBe(200)
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^fa_session=[\w-]{40,}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=28800/)
    expect(body.csrf).toMatch(/^[\w-]{40,}$/)
  })

  it('refuses a write without the CSRF token, and accepts it with the token', async () => {
    const { cookie, body } = await signIn()
    const form = { partyCode: 'GEO', forumCode: 'SPECA', status: 'applicant', validFrom: '2031-01-01', sourceId: 'seed-001', comment: 'csrf test' }
    const without = await fetch(`${url}/api/admin/memberships`, {
      method: 'POST',
      headers: { Cookie: cookie, Accept: 'application/json' },
      body: new URLSearchParams(form),
    })
    expect(without.status).toBe(403)
    const wrong = await fetch(`${url}/api/admin/memberships`, {
      method: 'POST',
      headers: { Cookie: cookie, Accept: 'application/json' },
      body: new URLSearchParams({ ...form, csrf: 'forged' }),
    })
    expect(wrong.status).toBe(403)
    const ok = await fetch(`${url}/api/admin/memberships`, {
      method: 'POST',
      headers: { Cookie: cookie, Accept: 'application/json' },
      body: new URLSearchParams({ ...form, csrf: body.csrf! }),
    })
    expect(ok.status).toBe(200)
    const overlap = await fetch(`${url}/api/admin/memberships`, {
      method: 'POST',
      headers: { Cookie: cookie, Accept: 'application/json' },
      body: new URLSearchParams({ ...form, validFrom: '2032-01-01', csrf: body.csrf! }),
    })
    expect(overlap.status).toBe(400)
    expect(await overlap.json()).toMatchObject({ field: 'validFrom', error: expect.stringMatching(/overlaps/) })
    await client.query(`DELETE FROM membership WHERE party_code = 'GEO' AND forum_code = 'SPECA'`)
  })

  it('makes an account wait after five wrong passwords, with the answer an unknown account gets', async () => {
    for (let i = 0; i < 5; i++) expect((await signIn('locked@example.org', 'nope nope nope', '198.51.100.8')).res.status).toBe(401)
    const locked = await signIn('locked@example.org', PASSWORD, '198.51.100.8')
    const unknown = await signIn('nobody-at-all@example.org', PASSWORD, '198.51.100.8')
    expect(locked.res.status).toBe(401)
    expect(locked.body).toEqual(unknown.body)
    expect(unknown.res.status).toBe(401)
  })

  it.skipIf(!hasBrowser)('adds a membership in the browser, shows it publicly, and reverts it from the audit trail', async () => {
    const context = await browser!.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.9' } })
    const page = await context.newPage()
    await openHydrated(page, `${url}/admin`)
    await page.getByLabel('Email').fill(EMAIL)
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByText(`Signed in as ${EMAIL}`).waitFor()
    const form = page.locator('form[action="/api/admin/memberships"]')
    await pick(form, 'Party', 'Georgia')
    await pick(form, 'Forum', 'SPECA', /Special Programme/)
    await page.locator('select[name="status"]').first().selectOption('applicant')
    await page.locator('input[name="validFrom"]').fill('2031-01-01')
    await page.locator('select[name="sourceId"]').selectOption('seed-001')
    await page.locator('input[name="comment"]').first().fill('browser test: application announced')
    await page.getByRole('button', { name: 'Add', exact: true }).click()
    expect(await page.locator('p.ok[role="status"]').innerText()).toMatch(/Added GEO in SPECA \(applicant from 2031-01-01\)/)

    await openHydrated(page, `${url}/forums/SPECA`)
    expect(await page.locator('.updated').innerText()).toMatch(/curated change/)

    await openHydrated(page, `${url}/admin/audit?party=GEO`)
    const row = page.locator('#audit tbody tr').first()
    expect(await row.innerText()).toMatch(/browser test: application announced/)
    await row.getByLabel('Why revert').fill('test over')
    await row.getByRole('button', { name: 'Revert' }).click()
    expect(await page.locator('p.ok[role="status"]').innerText()).toMatch(/reverted/)
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM membership WHERE party_code = 'GEO' AND forum_code = 'SPECA'`)
    expect(rows[0].n).toBe(0)

    await openHydrated(page, `${url}/admin`)
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.getByRole('button', { name: 'Sign in' }).waitFor()
    await context.close()
  })

  it.skipIf(!hasBrowser)('imports files through the admin: upload, preview, commit', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const context = await browser!.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.10' } })
    const page = await context.newPage()
    await openHydrated(page, `${url}/admin`)
    await page.getByLabel('Email').fill(EMAIL)
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByText(`Signed in as ${EMAIL}`).waitFor()

    // a trade file whose figures the dataset already holds: the preview says nothing changes
    await openHydrated(page, `${url}/admin/import`)
    await page.locator('select[name="kind"]').selectOption('trade')
    await page.locator('input[type="file"]').setInputFiles('tests/fixtures/trade/forum-atlas.csv')
    await page.getByRole('button', { name: 'Upload and preview' }).click()
    expect(await page.locator('#preview-summary').innerText()).toMatch(/12 figures: 0 added, 0 changed, 12 unchanged/)
    await page.locator('input[name="comment"]').fill('re-import of the IMF figures')
    await page.getByRole('button', { name: 'Commit the import' }).click()
    expect(await page.locator('p.ok[role="status"]').innerText()).toMatch(/Imported forum-atlas\.csv: 12 figures/)

    // a memberships file with one new interval
    const dir = mkdtempSync(`${tmpdir()}/fa-upload-`)
    writeFileSync(
      `${dir}/speca.csv`,
      'party_code,forum_code,status,valid_from,from_precision,valid_to,to_precision,note,source_id\nGEO,SPECA,applicant,2031-01-01,day,,,browser import test,seed-001\n',
    )
    await page.locator('select[name="kind"]').selectOption('memberships')
    await page.locator('input[type="file"]').setInputFiles(`${dir}/speca.csv`)
    await page.getByRole('button', { name: 'Upload and preview' }).click()
    expect(await page.locator('#preview-summary').innerText()).toMatch(/1 rows: 1 added, 0 changed, 0 ended, 0 unchanged/)
    expect((await client.query(`SELECT count(*)::int AS n FROM membership WHERE party_code = 'GEO' AND forum_code = 'SPECA'`)).rows[0].n).toBe(0)
    await page.locator('input[name="comment"]').fill('browser import test')
    await page.getByRole('button', { name: 'Commit the import' }).click()
    expect(await page.locator('p.ok[role="status"]').innerText()).toMatch(/1 added/)
    expect((await client.query(`SELECT count(*)::int AS n FROM membership WHERE party_code = 'GEO' AND forum_code = 'SPECA'`)).rows[0].n).toBe(1)
    await context.close()
  })

  it.skipIf(!hasBrowser)('edits a source record and reverts the edit', async () => {
    const context = await browser!.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.11' } })
    const page = await context.newPage()
    await openHydrated(page, `${url}/admin`)
    await page.getByLabel('Email').fill(EMAIL)
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByText(`Signed in as ${EMAIL}`).waitFor()
    await openHydrated(page, `${url}/admin/records?entity=source&key=seed-003`)
    expect(await page.locator('input[name="title"]').inputValue()).toMatch(/Detente with the Taliban/)
    await page.locator('input[name="note"]').fill('checked against the original')
    await page.locator('input[name="comment"]').fill('note added')
    await page.getByRole('button', { name: 'Save' }).click()
    expect(await page.locator('p.ok[role="status"]').innerText()).toMatch(/Saved source seed-003/)
    expect((await client.query(`SELECT note FROM source WHERE id = 'seed-003'`)).rows[0].note).toBe('checked against the original')
    await openHydrated(page, `${url}/admin/audit?action=update`)
    const row = page.locator('#audit tbody tr', { hasText: 'note added' }).first()
    await row.getByLabel('Why revert').fill('back to the shipped note')
    await row.getByRole('button', { name: 'Revert' }).click()
    expect(await page.locator('p.ok[role="status"]').innerText()).toMatch(/reverted/)
    expect((await client.query(`SELECT note FROM source WHERE id = 'seed-003'`)).rows[0].note).toMatch(/^Seed document/)
    await page.screenshot({ path: 'screenshots/admin-audit.png' })
    await context.close()
  })
})
