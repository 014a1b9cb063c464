// npm run load — a load test of the app's server (server.ts, as `npm start` runs it): the home, matrix, overlaps and trade pages and their
// CSV routes, 50 concurrent connections for 30 s (LOAD_CONNECTIONS, LOAD_SECONDS), through
// autocannon. It serves the shipped dataset from a database of its own (never the user's): a
// PostgreSQL database `forum_atlas_load` on DATABASE_URL's server, else an embedded PGlite in a
// temporary directory. LOAD_WORLD=bench serves the world-scale database `npm run bench` left instead.
// Prints requests/s, latency and errors per route and overall; the last line is always
// `load: R requests, E errors, p99 P ms`. The bar: 0 errors and p99 < 500 ms.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import pg from 'pg'
import { startServer } from '../tests/e2e/server'

const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50)
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30)
const BREAKDOWN_SECONDS = Number(process.env.LOAD_BREAKDOWN_SECONDS ?? 5)
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

async function database(): Promise<{ env: Record<string, string>; cleanup: () => Promise<void>; description: string }> {
  if (world === 'bench') {
    if (userUrl) {
      const u = new URL(userUrl)
      u.pathname = '/forum_atlas_bench'
      return { env: { DATABASE_URL: u.toString() }, cleanup: async () => {}, description: `PostgreSQL ${u.host}/forum_atlas_bench` }
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

async function run(url: string, paths: string[], seconds: number): Promise<Result> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
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

const build = spawnSync(process.execPath, ['scripts/ensure-build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] })
if (build.status !== 0) throw new Error('the app did not build')
const db = await database()
log(`serving ${db.description}`)
const server = await startServer({ ...db.env, NODE_ENV: 'production' }, routes[1])
try {
  // Every route must answer 200 before it is measured: a fast 500 is not a result.
  for (const route of routes) {
    const res = await fetch(`${server.url}${route}`)
    await res.arrayBuffer()
    if (!res.ok) throw new Error(`${route} answered ${res.status} before the test`)
  }
  const rows: { what: string; r: Result }[] = []
  if (BREAKDOWN_SECONDS > 0) {
    for (const route of routes) {
      log(`${route}: ${CONNECTIONS} connections for ${BREAKDOWN_SECONDS} s`)
      rows.push({ what: route, r: await run(server.url, [route], BREAKDOWN_SECONDS) })
    }
  }
  log(`all routes together: ${CONNECTIONS} connections for ${SECONDS} s`)
  const all = await run(server.url, routes, SECONDS)
  rows.push({ what: `all ${routes.length} routes, mixed`, r: all })
  const hwm = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024

  const w = [72, 10, 10, 10, 10, 10, 8]
  console.log(`load test: ${CONNECTIONS} connections, ${db.description}, npm start's server (peak server RSS ${hwm.toFixed(0)} MB)`)
  console.log(['route', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'errors'].map((h, i) => h.padEnd(w[i])).join(' '))
  for (const { what, r } of rows) {
    console.log(
      [what, String(r.requests), r.rps.toFixed(0), String(r.p50), String(r.p99), String(r.max), String(r.errors)].map((c, i) => c.padEnd(w[i])).join(' '),
    )
  }
  const met = all.errors === 0 && all.p99 < 500
  console.log(`bar: 0 errors and p99 < 500 ms over the mixed run: ${met ? 'met' : 'NOT met'}`)
  console.log(`load: ${all.requests} requests, ${all.errors} errors, p99 ${all.p99} ms`)
  process.exitCode = met ? 0 : 1
} finally {
  await server.stop()
  await db.cleanup()
}
