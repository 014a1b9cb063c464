import { execSync } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashPassword } from '../../lib/auth/password'
import { startServer, type RunningServer } from '../e2e/server'
import {
  LOG_EVERY_STATEMENT,
  startThrowawayPostgres,
  startThrowawayReplica,
  throwawayPostgresUnavailable,
  type ThrowawayPostgres,
} from '../support/throwaway-postgres'

/**
 * The app on a primary and a real streaming replica of it (DATABASE_REPLICA_URL), both throwaway
 * clusters of the test's own (tests/support/throwaway-postgres.ts), never the machine's. Both log
 * every statement with its application_name, so the test sees which server each of the app's
 * statements ran on: public reads on the replica, writes and the curator's reads on the primary.
 * Pausing the replica's replay makes the lag visible on demand: the public pages keep the old data
 * (under the old version) until the replica replays the write, the curator sees it at once.
 */

const unavailable = throwawayPostgresUnavailable()
if (unavailable) {
  const message = `the read-replica test needs throwaway PostgreSQL clusters: ${unavailable}`
  if (process.env.CI === 'true') throw new Error(`${message}; CI requires it`)
  console.warn(`\n!!! ${message}: SKIPPED !!!\n`)
}

const EMAIL = 'replica-curator@example.org'
const PASSWORD = 'correct horse battery staple'
// A membership the dataset does not have (the admin test writes the same one on its own database).
const FORM = { partyCode: 'GEO', forumCode: 'SPECA', status: 'applicant', validFrom: '2031-01-01', sourceId: 'seed-001', comment: 'replica test' }
const API = '/api/memberships?forums=SPECA&asOf=2031-06-01'
const PAGE = '/changes?from=2030-12-31&to=2031-12-31&forum=SPECA'
const mentionsOfGeorgia = (html: string) => html.split('Georgia').length - 1

/** The app's statements a server's log gained since `from` (bytes): lines the app's pools wrote. */
function appStatements(cluster: ThrowawayPostgres, from: number): string[] {
  const text = readFileSync(cluster.logFile).subarray(from).toString('utf8')
  return text.split('\n').filter((line) => /^forum-atlas:LOG: {2}(statement|execute [^:]*):/.test(line))
}
const logSize = (cluster: ThrowawayPostgres) => statSync(cluster.logFile).size
const isWrite = (line: string) => /:\s*(INSERT|UPDATE|DELETE)\b/i.test(line)

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await probe().catch(() => null)
    if (value) return value
    if (Date.now() > deadline) throw new Error(`gave up after ${ms / 1000} s waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

describe.skipIf(Boolean(unavailable))('a primary and a streaming read replica', () => {
  let primary: ThrowawayPostgres
  let replica: ThrowawayPostgres
  let server: RunningServer
  let onPrimary: pg.Client
  let onReplica: pg.Client

  /** Waits until the replica has replayed everything the primary has written so far. */
  const replayed = async () => {
    const [{ lsn }] = (await onPrimary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn')).rows
    await until(`the replica to replay ${lsn}`, async () => {
      const { rows } = await onReplica.query<{ caught_up: boolean }>('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS caught_up', [lsn])
      return rows[0].caught_up
    })
  }

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${server.url}${path}`, { headers })
    return { status: res.status, etag: res.headers.get('etag'), cache: res.headers.get('cache-control'), body: await res.text() }
  }
  const listsGeorgia = (body: string) => (JSON.parse(body) as { memberships: { partyCode: string }[] }).memberships.some((m) => m.partyCode === 'GEO')

  beforeAll(async () => {
    primary = await startThrowawayPostgres({ settings: LOG_EVERY_STATEMENT })
    replica = await startThrowawayReplica(primary, { settings: LOG_EVERY_STATEMENT })
    onPrimary = new pg.Client({ connectionString: primary.url, application_name: 'replica-test' })
    onReplica = new pg.Client({ connectionString: replica.url, application_name: 'replica-test' })
    // The replica is stopped on purpose below: its connection ending is expected.
    onReplica.on('error', () => {})
    await until('the replica to accept connections', async () => (await onReplica.connect(), true))
    await onPrimary.connect()
    await until('the replica to stream from the primary', async () => {
      const { rows } = await onReplica.query<{ recovering: boolean; status: string | null }>(
        `SELECT pg_is_in_recovery() AS recovering, (SELECT status FROM pg_stat_wal_receiver) AS status`,
      )
      return rows[0].recovering && rows[0].status === 'streaming'
    })
    execSync(`${process.execPath} scripts/ensure-build.mjs`, { stdio: 'inherit' })
    // The app migrates and seeds the primary as it starts; the replica gets both by replication.
    server = await startServer({ DATABASE_URL: primary.url, DATABASE_REPLICA_URL: replica.url, PGLITE_DIR: undefined })
    await onPrimary.query(
      `INSERT INTO curator (email, password_hash) VALUES ($1, $2) ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash`,
      [EMAIL, await hashPassword(PASSWORD)],
    )
    await replayed()
  }, 300_000)

  afterAll(async () => {
    await server?.stop()
    await onPrimary?.end().catch(() => {})
    await onReplica?.end().catch(() => {})
    replica?.destroy()
    primary?.destroy()
  })

  it('reads public pages and data from the replica, never the primary', async () => {
    const [p, r] = [logSize(primary), logSize(replica)]
    // Asked fresh (no-cache), so the server renders rather than answering from its response cache.
    for (const path of ['/forums/SCO', '/api/matrix?asOf=2015-01-01', API]) {
      const answer = await get(path, { 'Cache-Control': 'no-cache' })
      expect(answer.status, `${path}: ${answer.body.slice(0, 300)}`).toBe(200)
    }
    const read = appStatements(replica, r)
    expect(read.length).toBeGreaterThan(3)
    expect(read.join('\n')).toMatch(/FROM "?data_version"?/)
    expect(read.join('\n')).toMatch(/membership/)
    expect(appStatements(primary, p)).toEqual([])
  })

  it('writes to the primary; the curator reads the write at once, the public once the replica has replayed it', async () => {
    const before = await get(API)
    expect(before.status).toBe(200)
    expect(listsGeorgia(before.body)).toBe(false)
    expect(before.etag).toMatch(/^W\/"\d+\./)
    const georgiaBefore = mentionsOfGeorgia((await get(PAGE)).body)

    // Hold the replica where it is: the lag, made as long as the test needs it.
    await onReplica.query('SELECT pg_wal_replay_pause()')
    const [p, r] = [logSize(primary), logSize(replica)]
    const signIn = await fetch(`${server.url}/api/admin/sign-in`, {
      method: 'POST',
      headers: { Accept: 'application/json', Cookie: 'fa_login_csrf=t0ken' },
      body: new URLSearchParams({ email: EMAIL, password: PASSWORD, csrf: 't0ken' }),
    })
    expect(signIn.status).toBe(200)
    const session = (signIn.headers.get('set-cookie') ?? '').split(';')[0]
    const { csrf } = (await signIn.json()) as { csrf: string }
    const write = await fetch(`${server.url}/api/admin/memberships`, {
      method: 'POST',
      headers: { Cookie: session, Accept: 'application/json' },
      body: new URLSearchParams({ ...FORM, csrf }),
    })
    expect(write.status, await write.clone().text()).toBe(200)
    const written = appStatements(primary, p)
    expect(written.filter(isWrite).join('\n')).toMatch(/INSERT INTO "?membership"?/)
    expect(appStatements(replica, r).filter(isWrite)).toEqual([])

    // The public still reads the paused replica: the old rows, under the old version's ETag.
    const lagging = await get(API, { 'Cache-Control': 'no-cache' })
    expect(listsGeorgia(lagging.body)).toBe(false)
    expect(lagging.etag).toBe(before.etag)
    // The curator who wrote reads the primary: the write is there on the next request.
    const curator = await get(API, { Cookie: session })
    expect(curator.status).toBe(200)
    expect(listsGeorgia(curator.body)).toBe(true)
    expect(curator.cache).toMatch(/private/)

    // Once replayed, the public sees it, through the response cache too (a new version, a new key).
    await onReplica.query('SELECT pg_wal_replay_resume()')
    const after = await until('the write on the public API', async () => {
      const answer = await get(API)
      return listsGeorgia(answer.body) && answer
    })
    expect(after.etag).not.toBe(before.etag)
    // The page lists the change (Georgia is named elsewhere on it too: its party picker).
    expect(mentionsOfGeorgia((await get(PAGE)).body)).toBeGreaterThan(georgiaBefore)
  }, 120_000)

  it('answers 503 while the replica is down', async () => {
    replica.stop()
    try {
      const page = await get('/forums/SCO?replica=down', { 'Cache-Control': 'no-cache' })
      expect(page.status, page.body.slice(0, 300)).toBe(503)
      expect(page.body).toContain('temporarily unavailable')
      expect((await get('/api/memberships?forums=SCO&asOf=2019-02-03', { 'Cache-Control': 'no-cache' })).status).toBe(503)
    } finally {
      replica.start()
    }
  }, 120_000)

  it('refuses DATABASE_REPLICA_URL without a PostgreSQL primary, naming the variable', async () => {
    const start = startServer({ DATABASE_URL: undefined, PGLITE_DIR: 'memory://', DATABASE_REPLICA_URL: replica.url })
    await expect(start).rejects.toThrow(/exited with 1[\s\S]*DATABASE_REPLICA_URL is set but DATABASE_URL is not/)
  }, 120_000)
})
