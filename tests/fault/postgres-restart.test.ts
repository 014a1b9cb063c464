import { execSync, spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN_URL, isPostgresAvailable } from '../support/databases'
import { startServer, type RunningServer } from '../e2e/server'

/**
 * Stops the local PostgreSQL while requests are running and starts it again: pages and APIs answer
 * 503 (never a 500, never a hang) during the outage, the app recovers by itself, and no data is
 * lost. Runs alone, after every other test (scripts/test.mjs), since it takes the server away.
 */

const cluster = existsSync('/etc/postgresql') ? readdirSync('/etc/postgresql')[0] : undefined
const ctl = (action: 'start' | 'stop') =>
  spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', cluster!, 'main', action, ...(action === 'stop' ? ['-m', 'fast'] : [])], { encoding: 'utf8' })
const canControl = Boolean(cluster) && spawnSync('pg_ctlcluster', ['--help']).status !== null && process.getuid?.() === 0

if (!canControl) {
  const message = 'the fault test needs to stop and start the local PostgreSQL cluster (root and pg_ctlcluster)'
  if (process.env.CI === 'true') throw new Error(`${message}; CI requires it`)
  console.warn(`\n!!! ${message}: SKIPPED !!!\n`)
}

describe.skipIf(!canControl)('PostgreSQL going away and coming back', () => {
  let server: RunningServer
  const dbName = `fa_fault_${process.pid}`
  let dbUrl: string

  beforeAll(async () => {
    expect(await isPostgresAvailable()).toBe(true)
    const admin = new pg.Client({ connectionString: ADMIN_URL })
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`)
    await admin.query(`CREATE DATABASE ${dbName}`)
    await admin.end()
    const u = new URL(ADMIN_URL)
    u.pathname = `/${dbName}`
    dbUrl = u.toString()
    execSync(`${process.execPath} scripts/ensure-build.mjs`, { stdio: 'inherit' })
    server = await startServer({ DATABASE_URL: dbUrl })
  }, 300_000)

  afterAll(async () => {
    ctl('start') // whatever happened, leave PostgreSQL running
    for (let i = 0; i < 30 && spawnSync('pg_isready', ['-h', '127.0.0.1', '-p', '5432', '-q']).status !== 0; i++) await new Promise((r) => setTimeout(r, 500))
    await server?.stop()
    const admin = new pg.Client({ connectionString: ADMIN_URL })
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`)
    await admin.end()
  })

  it('answers 503 during the outage, recovers by itself, and loses nothing', async () => {
    const count = async () => ((await (await fetch(`${server.url}/api/memberships`)).json()) as { count: number }).count
    const before = await count()
    expect(before).toBeGreaterThan(100)

    const seen: { phase: string; kind: string; status: number | string }[] = []
    let phase = 'before'
    let running = true
    const probe = async (kind: string, path: string) => {
      while (running) {
        const started = Date.now()
        let status: number | string
        try {
          const res = await fetch(`${server.url}${path}`, { signal: AbortSignal.timeout(15_000) })
          status = res.status
          await res.arrayBuffer()
        } catch (error) {
          status = (error as Error).name === 'TimeoutError' ? 'timeout' : 'network-error'
        }
        seen.push({ phase, kind, status })
        await new Promise((r) => setTimeout(r, Math.max(0, 150 - (Date.now() - started))))
      }
    }
    const loops = [probe('api', '/api/memberships?forums=SCO&asOf=2020-01-01'), probe('page', '/forums/SCO')]
    const waitFor = async (test: () => boolean, ms: number) => {
      for (const end = Date.now() + ms; Date.now() < end; ) {
        if (test()) return true
        await new Promise((r) => setTimeout(r, 200))
      }
      return false
    }

    await new Promise((r) => setTimeout(r, 1000))
    phase = 'down'
    expect(ctl('stop').status).toBe(0)
    const sawOutage = await waitFor(() => ['api', 'page'].every((k) => seen.some((s) => s.phase === 'down' && s.kind === k && s.status === 503)), 20_000)
    phase = 'restarting'
    expect(ctl('start').status).toBe(0)
    phase = 'after'
    const recovered = await waitFor(() => ['api', 'page'].every((k) => seen.filter((s) => s.phase === 'after' && s.kind === k).slice(-3).every((s) => s.status === 200) && seen.filter((s) => s.phase === 'after' && s.kind === k).length >= 3), 30_000)
    running = false
    await Promise.all(loops)

    expect(sawOutage, JSON.stringify(seen.slice(-20))).toBe(true)
    expect(recovered, JSON.stringify(seen.slice(-20))).toBe(true)
    const bad = seen.filter((s) => s.status !== 200 && s.status !== 503)
    if (bad.length) console.log('unexpected answers:', JSON.stringify(bad))
    expect(JSON.stringify(bad), 'no 500s, no hangs, no dropped connections').toBe('[]')
    expect(await count()).toBe(before)
  }, 120_000)
})
