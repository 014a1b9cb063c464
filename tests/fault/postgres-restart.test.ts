import { execSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type RunningServer } from '../e2e/server'
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy'
import { startThrowawayPostgres, throwawayPostgresUnavailable, type ThrowawayPostgres } from '../support/throwaway-postgres'

/**
 * Stops PostgreSQL while requests are running and starts it again: pages and APIs answer 503
 * (never a 500, never a hang) during the outage, the app recovers by itself, and no data is lost.
 * The PostgreSQL it stops is a throwaway cluster of its own (tests/support/throwaway-postgres.ts),
 * never the machine's, so it can run beside every other test.
 */

const unavailable = throwawayPostgresUnavailable()
if (unavailable) {
  const message = `the fault test needs a throwaway PostgreSQL cluster: ${unavailable}`
  if (process.env.CI === 'true') throw new Error(`${message}; CI requires it`)
  console.warn(`\n!!! ${message}: SKIPPED !!!\n`)
}

describe.skipIf(Boolean(unavailable))('PostgreSQL going away and coming back', () => {
  let server: RunningServer
  let cluster: ThrowawayPostgres
  let relay: TcpProxy
  let relayed: RunningServer
  const ctl = (action: 'start' | 'stop') => {
    try {
      cluster[action]()
      return { status: 0 }
    } catch (error) {
      console.error(error)
      return { status: 1 }
    }
  }

  beforeAll(async () => {
    cluster = await startThrowawayPostgres()
    execSync(`${process.execPath} scripts/ensure-build.mjs`, { stdio: 'inherit' })
    server = await startServer({ DATABASE_URL: cluster.url })
    // A second server on the same database, reaching it through a relay the test can break.
    relay = await startTcpProxy(cluster.port)
    relayed = await startServer({ DATABASE_URL: cluster.url.replace(`:${cluster.port}/`, `:${relay.port}/`) })
  }, 300_000)

  afterAll(async () => {
    await server?.stop()
    await relayed?.stop()
    await relay?.close()
    cluster?.destroy()
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
      for (const end = Date.now() + ms; Date.now() < end;) {
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
    const recovered = await waitFor(
      () =>
        ['api', 'page'].every(
          (k) =>
            seen
              .filter((s) => s.phase === 'after' && s.kind === k)
              .slice(-3)
              .every((s) => s.status === 200) && seen.filter((s) => s.phase === 'after' && s.kind === k).length >= 3,
        ),
      30_000,
    )
    running = false
    await Promise.all(loops)

    expect(sawOutage, JSON.stringify(seen.slice(-20))).toBe(true)
    expect(recovered, JSON.stringify(seen.slice(-20))).toBe(true)
    const bad = seen.filter((s) => s.status !== 200 && s.status !== 503)
    if (bad.length) console.log('unexpected answers:', JSON.stringify(bad))
    expect(JSON.stringify(bad), 'no 500s, no hangs, no dropped connections').toBe('[]')
    expect(await count()).toBe(before)
  }, 120_000)

  // The port check before a page passes, then the page's queries fail: what a page meets when the
  // server goes down while it renders. Before the fix this was a 500, seen only by chance of timing.
  it('answers 503, not 500, when the database accepts connections but drops them', async () => {
    const page = async (path: string) => {
      const res = await fetch(`${relayed.url}${path}`, { signal: AbortSignal.timeout(30_000) })
      return { status: res.status, retryAfter: res.headers.get('retry-after'), type: res.headers.get('content-type'), body: await res.text() }
    }
    expect((await page('/forums/SCO')).status).toBe(200)
    relay.blackHole(true)
    try {
      for (const path of ['/forums/SCO?during=outage', '/parties/KAZ', '/matrix?asOf=2011-03-04']) {
        const answer = await page(path)
        expect(answer.status, `${path}: ${answer.body.slice(0, 300)}`).toBe(503)
        expect(answer.retryAfter).toBe('5')
        expect(answer.type).toMatch(/^text\/html/)
        expect(answer.body).toContain('temporarily unavailable')
      }
      expect((await page('/api/memberships?forums=SCO&asOf=2019-01-01')).status).toBe(503)
    } finally {
      relay.blackHole(false)
    }
    const back = await page('/forums/SCO?after=outage')
    expect(back.status).toBe(200)
    expect(back.body).toContain('Shanghai Cooperation Organisation')
  }, 120_000)
})
