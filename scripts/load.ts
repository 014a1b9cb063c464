// npm run load — a load test of the app's server (server.ts, as `npm start` runs it): the home, matrix, overlaps and trade pages and their
// CSV routes, 50 concurrent connections for 30 s (LOAD_CONNECTIONS, LOAD_SECONDS), through
// autocannon. It serves the shipped dataset from a database of its own (never the user's): a
// PostgreSQL database `forum_atlas_load` on DATABASE_URL's server, else an embedded PGlite in a
// temporary directory. LOAD_WORLD=bench serves the world-scale database `npm run bench` left instead.
// It runs twice: with the response cache (as `npm start` serves) and without it (RESPONSE_CACHE_MB=0),
// so that the second run measures rendering, not the cache. On PostgreSQL a curator's writes run
// during each mixed run (one every 5 s, LOAD_WRITE_MS; through lib/curation, as the admin pages
// write), and each must show in the very next read: a write that does not is a lost write.
// Prints requests/s (and per core), latency and errors per route and overall; the last line is always
// `load: R requests, E errors, p99 P ms` (over both mixed runs). The bar: 0 errors, 0 lost writes
// and p99 < 500 ms with the cache; without it, 0 errors and 0 lost writes (its latency is reported).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import pg from 'pg'
import { editMembership, parseInput, editMembershipInput } from '../lib/curation/memberships'
import { openDatabase } from '../lib/db/open'
import { startServer } from '../tests/e2e/server'

const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50)
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30)
const BREAKDOWN_SECONDS = Number(process.env.LOAD_BREAKDOWN_SECONDS ?? 5)
const WRITE_MS = Number(process.env.LOAD_WRITE_MS ?? 5000)
// Without the response cache every request is rendered: a few connections per core keep both cores
// busy, and 50 would only queue (each waiting for 49 renders) past autocannon's 10 s timeout.
const UNCACHED_CONNECTIONS = Number(process.env.LOAD_UNCACHED_CONNECTIONS ?? 8)
const CORES = cpus().length
const world = process.env.LOAD_WORLD === 'bench' ? 'bench' : 'shipped'
const userUrl = process.env.DATABASE_URL
const log = (s: string) => console.error(`[load] ${s}`)

// The shipped dataset's default views plus a parameterised one each, as users open them.
const SHIPPED_ROUTES = [
  '/',
  '/matrix',
  '/matrix?asOf=2010-06-01&kinds=treaty',
  '/overlaps',
  '/overlaps?forums=SCO,EAEU,CSTO,CIS&asOf=2015-01-01',
  '/trade',
  '/trade?reporters=KAZ,UZB&partners=forum:SCO,CHN&flow=exports',
  '/api/matrix.csv',
  '/api/overlaps.csv?forums=SCO,EAEU,CSTO',
  '/api/trade.csv?reporters=KAZ&partners=CHN,RUS',
]
const BENCH_ROUTES = [
  '/',
  '/matrix?asOf=2010-06-01&only=0',
  '/overlaps?forums=F001,F002,F003,F004,F005&asOf=2010-06-01',
  '/trade?reporters=P001&partners=P002,forum:F001',
  '/api/matrix.csv?asOf=2010-06-01&forums=F001,F002,F003,F004,F005,F006,F007,F008,F009,F010',
  '/api/overlaps.csv?forums=F001,F002,F003&asOf=2010-06-01',
  '/api/trade.csv?reporters=P001&partners=P002,P003',
]
const routes = world === 'bench' ? BENCH_ROUTES : SHIPPED_ROUTES

async function database(): Promise<{ env: Record<string, string>; url?: string; cleanup: () => Promise<void>; description: string }> {
  if (world === 'bench') {
    if (userUrl) {
      const u = new URL(userUrl)
      u.pathname = '/forum_atlas_bench'
      return { env: { DATABASE_URL: u.toString() }, url: u.toString(), cleanup: async () => {}, description: `PostgreSQL ${u.host}/forum_atlas_bench` }
    }
    return { env: { DATABASE_URL: '', PGLITE_DIR: '.data/bench-pglite' }, cleanup: async () => {}, description: 'PGlite .data/bench-pglite' }
  }
  if (userUrl) {
    const admin = new URL(userUrl)
    admin.pathname = '/postgres'
    const run = async (sql: string) => {
      const c = new pg.Client({ connectionString: admin.toString() })
      await c.connect()
      try {
        await c.query(sql)
      } finally {
        await c.end()
      }
    }
    await run('DROP DATABASE IF EXISTS forum_atlas_load WITH (FORCE)')
    await run('CREATE DATABASE forum_atlas_load')
    const u = new URL(userUrl)
    u.pathname = '/forum_atlas_load'
    // the server seeds an empty local database on its first start
    return {
      env: { DATABASE_URL: u.toString() },
      url: u.toString(),
      cleanup: () => run('DROP DATABASE IF EXISTS forum_atlas_load WITH (FORCE)'),
      description: `PostgreSQL ${u.host}/forum_atlas_load (shipped dataset)`,
    }
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'fa-load-'))
  return {
    env: { DATABASE_URL: '', PGLITE_DIR: path.join(dir, 'pglite') },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    description: 'PGlite in a temporary directory (shipped dataset)',
  }
}

interface Result {
  requests: number
  errors: number
  rps: number
  p50: number
  p99: number
  max: number
}

async function run(url: string, paths: string[], seconds: number, connections: number): Promise<Result> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    // each connection walks the list in turn, so every route is under load the whole time
    requests: paths.map((p) => ({ method: 'GET' as const, path: p })),
    timeout: 10,
  })
  return {
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
  }
}

/**
 * A curator's writes while the load runs: every WRITE_MS the note of one interval is edited through
 * lib/curation (as the admin pages do, from another process, as a second server or the CLI would),
 * then the interval is read back through the server, which must answer with the new note: every
 * cache of the server is keyed on the data version, which the write moved. The note is put back at the end.
 */
async function curatorWrites(url: string, serverUrl: string) {
  const db = await openDatabase({ databaseUrl: url, log })
  const [curator] = await db.sql.query<{ id: number }>(
    `INSERT INTO curator (email, password_hash) VALUES ('load-test@example.org', '-') ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email RETURNING id`,
  )
  const [row] = await db.sql.query<{
    id: number
    forum_code: string
    valid_from: string
    valid_from_precision: string
    valid_to: string | null
    valid_to_precision: string | null
    note: string | null
    source_id: string
  }>(
    `SELECT id, forum_code, to_char(valid_from, 'YYYY-MM-DD') AS valid_from, valid_from_precision::text AS valid_from_precision,
            to_char(valid_to, 'YYYY-MM-DD') AS valid_to, valid_to_precision::text AS valid_to_precision, note, source_id
       FROM membership ORDER BY id LIMIT 1`,
  )
  const edit = (note: string, comment: string) =>
    editMembership(
      db.sql,
      curator.id,
      row.id,
      parseInput(editMembershipInput, {
        validFrom: row.valid_from,
        validFromPrecision: row.valid_from_precision,
        validTo: row.valid_to ?? '',
        validToPrecision: row.valid_to_precision ?? '',
        note,
        sourceId: row.source_id,
        comment,
      }),
    )
  const readBack = `${serverUrl}/api/memberships?forums=${row.forum_code}&asOf=${row.valid_from}`
  let writes = 0
  let lost = 0
  let failed = 0
  let stopping = false
  const loop = (async () => {
    while (!stopping) {
      const started = Date.now()
      const note = `load test write ${++writes} at ${new Date().toISOString()}`
      try {
        await edit(note, 'npm run load: a write during the load')
        const res = await fetch(readBack)
        const body = (await res.json()) as { memberships?: { id: number; note: string | null }[] }
        if (!res.ok || body.memberships?.find((m) => m.id === row.id)?.note !== note) lost++
      } catch (error) {
        failed++
        log(`a write failed: ${(error as Error).message}`)
      }
      // a curator saving an edit every WRITE_MS (the load's own pace, not a test's wait)
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, WRITE_MS - (Date.now() - started))))
    }
  })()
  return {
    async stop() {
      stopping = true
      await loop
      await edit(row.note ?? '', 'npm run load: the note as it was').catch((error) => log(`could not put the note back: ${(error as Error).message}`))
      await db.close()
      return { writes, lost, failed }
    },
  }
}

const build = spawnSync(process.execPath, ['scripts/ensure-build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] })
if (build.status !== 0) throw new Error('the app did not build')
const db = await database()
log(`serving ${db.description}`)
const modes = [
  { name: 'response cache on', env: {}, connections: CONNECTIONS },
  { name: 'response cache off', env: { RESPONSE_CACHE_MB: '0' }, connections: UNCACHED_CONNECTIONS },
]
const table: { mode: string; what: string; r: Result }[] = []
const mixed: { mode: string; connections: number; r: Result; writes: { writes: number; lost: number; failed: number } | null; rss: number }[] = []
try {
  for (const mode of modes) {
    const server = await startServer({ ...db.env, ...mode.env, NODE_ENV: 'production' }, routes[1])
    try {
      // Every route must answer 200 before it is measured: a fast 500 is not a result.
      for (const route of routes) {
        const res = await fetch(`${server.url}${route}`)
        await res.arrayBuffer()
        if (!res.ok) throw new Error(`${route} answered ${res.status} before the test`)
      }
      if (BREAKDOWN_SECONDS > 0) {
        for (const route of routes) {
          log(`${mode.name}, ${route}: ${mode.connections} connections for ${BREAKDOWN_SECONDS} s`)
          table.push({ mode: mode.name, what: route, r: await run(server.url, [route], BREAKDOWN_SECONDS, mode.connections) })
        }
      }
      log(`${mode.name}, all routes together: ${mode.connections} connections for ${SECONDS} s${db.url ? ', a curator writing' : ''}`)
      const writer = db.url ? await curatorWrites(db.url, server.url) : null
      const all = await run(server.url, routes, SECONDS, mode.connections)
      const writes = writer ? await writer.stop() : null
      table.push({ mode: mode.name, what: `all ${routes.length} routes, mixed`, r: all })
      const rss = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024
      mixed.push({ mode: mode.name, connections: mode.connections, r: all, writes, rss })
    } finally {
      await server.stop()
    }
  }
} finally {
  await db.cleanup()
}

const w = [22, 66, 9, 8, 12, 7, 7, 7, 7]
console.log(
  `load test: ${CONNECTIONS} connections with the response cache, ${UNCACHED_CONNECTIONS} without, ${db.description}, npm start's server, ${CORES} cores (shared with the load generator)`,
)
console.log(['mode', 'route', 'requests', 'req/s', 'req/s/core', 'p50 ms', 'p99 ms', 'max ms', 'errors'].map((h, i) => h.padEnd(w[i])).join(' '))
for (const { mode, what, r } of table) {
  console.log(
    [mode, what, String(r.requests), r.rps.toFixed(0), (r.rps / CORES).toFixed(0), String(r.p50), String(r.p99), String(r.max), String(r.errors)]
      .map((c, i) => c.padEnd(w[i]))
      .join(' '),
  )
}
let met = true
for (const m of mixed) {
  const writes = m.writes ? `${m.writes.writes} curator writes, ${m.writes.lost} lost, ${m.writes.failed} failed` : 'no writes (PGlite serves one process)'
  const ok = m.r.errors === 0 && (!m.writes || (m.writes.lost === 0 && m.writes.failed === 0)) && (m.mode !== modes[0].name || m.r.p99 < 500)
  met &&= ok
  console.log(
    `${m.mode} (${m.connections} connections): ${m.r.requests} requests, ${(m.r.rps / CORES).toFixed(0)} req/s per core, p50 ${m.r.p50} ms, p99 ${m.r.p99} ms, ${m.r.errors} errors; ${writes}; peak server RSS ${m.rss.toFixed(0)} MB: ${ok ? 'met' : 'NOT met'}`,
  )
}
console.log('bar: 0 errors and 0 lost writes in both mixed runs, p99 < 500 ms with the response cache')
const total = mixed.reduce((a, m) => ({ requests: a.requests + m.r.requests, errors: a.errors + m.r.errors, p99: Math.max(a.p99, m.r.p99) }), {
  requests: 0,
  errors: 0,
  p99: 0,
})
console.log(`load: ${total.requests} requests, ${total.errors} errors, p99 ${total.p99} ms`)
process.exitCode = met ? 0 : 1
