import { parse } from 'csv-parse/sync'
import { browserServer } from './server'
import pg from 'pg'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { chromiumAvailable, launchBrowser, openHydrated, waitForHydration } from '../support/browser'

/** Security headers, a working strict CSP, and hostile strings in the data rendered inert. */

const servers = inject('servers')
const hasBrowser = chromiumAvailable()

describe.each(servers)('security headers on $target', ({ url }) => {
  it('sends a nonce-based CSP and the hardening headers on pages, and a locked-down CSP on the API', async () => {
    const page = await fetch(`${url}/matrix`)
    const csp = page.headers.get('content-security-policy') ?? ''
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/)
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]
    const html = await page.text()
    expect(html).toContain(`nonce="${nonce}"`)
    const again = (await fetch(`${url}/matrix`)).headers.get('content-security-policy')
    expect(again).not.toBe(csp) // a fresh nonce per request
    for (const path of ['/matrix', '/api/memberships?forums=SCO', '/favicon.svg']) {
      const res = await fetch(`${url}${path}`)
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(res.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin')
      expect(res.headers.get('x-frame-options'), path).toBe('DENY')
    }
    expect((await fetch(`${url}/api/memberships?forums=SCO`)).headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'")
  })
})

describe.skipIf(!hasBrowser).each(browserServer(servers))('the strict CSP does not break the interactive pages on $target', ({ url }) => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => browser?.close())

  it('hydrates every view with no CSP violation', async () => {
    const page = await browser.newPage()
    const violations: string[] = []
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text())
    })
    for (const path of [
      '/',
      '/matrix?forums=SCO',
      '/map?forum=SCO&view=world',
      '/overlaps',
      '/alignment?a=KAZ&b=UZB',
      '/trade',
      '/forums/SCO',
      '/parties/KAZ',
    ]) {
      await openHydrated(page, `${url}${path}`)
      await waitForHydration(page)
    }
    // a control that only works once React has hydrated
    await openHydrated(page, `${url}/matrix?forums=SCO&asOf=2020-01-01`)
    await page.locator('input[type="range"]').fill('2019')
    await page.waitForURL(/asOf=2019-01-01/)
    expect(violations).toEqual([])
    await page.close()
  })
})

const postgres = servers.find((s) => s.target === 'postgres')

describe.skipIf(!postgres || !hasBrowser)('hostile strings in the data (PostgreSQL server)', () => {
  const url = postgres?.url ?? ''
  let client: pg.Client
  let browser: Browser
  beforeAll(async () => {
    client = new pg.Client({ connectionString: postgres!.databaseUrl })
    await client.connect()
    await client.query(`INSERT INTO party (code, name, short_name, kind, region) VALUES
      ('XSS', '<script>window.__pwned = 1</script>Evilstan', '<img src=x onerror="window.__pwned=2">', 'state', 'Central Asia'),
      ('FML', '=HYPERLINK("http://attacker.example","click")', '@SUM(1+1)', 'state', 'Central Asia')
      ON CONFLICT (code) DO NOTHING`)
    await client.query(`INSERT INTO membership (party_code, forum_code, status, valid_from, valid_from_precision, note, source_id) VALUES
      ('XSS', 'SPECA', 'member', '2030-01-01', 'day', '<img src=x onerror="window.__pwned=3">', 'seed-001'),
      ('FML', 'SPECA', 'member', '2030-01-01', 'day', '+cmd|'' /C calc''!A0', 'seed-001')
      ON CONFLICT DO NOTHING`)
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await client?.query(`DELETE FROM membership WHERE party_code IN ('XSS', 'FML')`)
    await client?.query(`DELETE FROM party WHERE code IN ('XSS', 'FML')`)
    await client?.end()
    await browser?.close()
  })

  it('renders names and notes with markup as inert text', async () => {
    const page = await browser.newPage()
    let dialogs = 0
    page.on('dialog', (d) => {
      dialogs++
      void d.dismiss()
    })
    for (const path of ['/parties/XSS', '/forums/SPECA', '/matrix?asOf=2030-06-01&forums=SPECA&q=evil', '/map?asOf=2030-06-01&forum=SPECA']) {
      await openHydrated(page, `${url}${path}`)
      await waitForHydration(page)
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), path).toBeUndefined()
    }
    await openHydrated(page, `${url}/parties/XSS`)
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('<script>window.__pwned = 1</script>Evilstan')
    expect(await page.locator('td.note').first().innerText()).toBe('<img src=x onerror="window.__pwned=3">')
    expect(dialogs).toBe(0)
    await page.close()
  })

  it('neutralises formula payloads in every CSV export', async () => {
    const memberships = parse(await (await fetch(`${url}/api/memberships.csv?parties=FML`)).text(), { columns: true }) as Record<string, string>[]
    expect(memberships[0].party_name).toBe(`'=HYPERLINK("http://attacker.example","click")`)
    const matrix = (await (await fetch(`${url}/api/matrix.csv?asOf=2030-06-01&forums=SPECA&parties=FML`)).text()).split('\r\n')[1]
    expect(parse(matrix)[0][1]).toBe(`'=HYPERLINK("http://attacker.example","click")`)
  })
})

describe('the client bundle', () => {
  it('carries no server secrets or server-only code', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs')
    const path = await import('node:path')
    const files: string[] = []
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name)
        if (statSync(full).isDirectory()) walk(full)
        else if (name.endsWith('.js')) files.push(full)
      }
    }
    walk('.next/static')
    expect(files.length).toBeGreaterThan(0)
    const text = files.map((f) => readFileSync(f, 'utf8')).join('\n')
    for (const secret of ['DATABASE_URL', 'password_hash', 'ADMIN_PASSWORD', 'bcryptjs', 'PGlite', 'csrf_token', 'postgres://', 'token_hash']) {
      expect(text.includes(secret), secret).toBe(false)
    }
  })
})
