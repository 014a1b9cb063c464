// npm run bench — generates a synthetic world-scale dataset into a separate database (never the
// user's: PostgreSQL database `forum_atlas_bench` on DATABASE_URL's server, else an embedded one
// under .data/bench-pglite), measures the heavy paths next to their baselines, and prints one table
// ending with `bench: N of M targets met`. Speed targets live here, never in the test suite.
import { spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:http'
import { readFileSync, rmSync } from 'node:fs'
import pg from 'pg'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { PrismaClient } from '../generated/prisma/client'
import { FIRST_LOAD_PAGES, firstLoadJs } from '../lib/bench/first-load'
import { generateWorld, partyCode, forumCode, WORLD } from './bench-world'
import { registerDriver } from '../lib/db/bulk-read'
import { openDatabase } from '../lib/db/open'
import { getMatrix } from '../lib/queries/matrix'
import { getOverlaps } from '../lib/queries/overlaps'
import { getAlignment } from '../lib/queries/alignment'
import { getTrade, tradeFigures } from '../lib/queries/trade'
import { startServer } from '../tests/e2e/server'

const RUNS = Number(process.env.BENCH_RUNS ?? 15)
// Requests to the server vary more from run to run than queries do (a 2-core machine shares them with
// the bench itself and PostgreSQL): the page rows take more samples.
const PAGE_RUNS = Math.max(RUNS, 21)
// The query functions are measured uncached (the view cache would answer from memory after the
// warm-up); the page is measured both ways.
process.env.VIEW_CACHE_BUDGET = '0'
const userUrl = process.env.DATABASE_URL
let benchUrl: string | undefined
const pgliteDir = '.data/bench-pglite'

const log = (s: string) => console.error(`[bench] ${s}`)

// BENCH_REUSE=1 measures an existing bench database again instead of generating it anew.
const reuse = process.env.BENCH_REUSE === '1'

async function prepare() {
  if (userUrl && reuse) {
    const u = new URL(userUrl)
    u.pathname = '/forum_atlas_bench'
    benchUrl = u.toString()
  } else if (userUrl) {
    const admin = new URL(userUrl)
    admin.pathname = '/postgres'
    const c = new pg.Client({ connectionString: admin.toString() })
    await c.connect()
    await c.query('DROP DATABASE IF EXISTS forum_atlas_bench WITH (FORCE)')
    await c.query('CREATE DATABASE forum_atlas_bench')
    await c.end()
    const u = new URL(userUrl)
    u.pathname = '/forum_atlas_bench'
    benchUrl = u.toString()
  } else if (!reuse) {
    rmSync(pgliteDir, { recursive: true, force: true })
    rmSync(`${pgliteDir}.lock`, { force: true })
  }
  const db = await openDatabase({ databaseUrl: benchUrl ?? '', pgliteDir, migrate: true, log })
  if (reuse) {
    const [counts] = await db.sql.query<{ parties: number; forums: number; memberships: number; trade: number }>(
      `SELECT (SELECT count(*)::int FROM party) AS parties, (SELECT count(*)::int FROM forum) AS forums, (SELECT count(*)::int FROM membership) AS memberships, (SELECT count(*)::int FROM trade_flow) AS trade`,
    )
    log(`reusing ${JSON.stringify(counts)} on ${db.description}`)
    return { db, counts }
  }
  const started = Date.now()
  const counts = await generateWorld(db.sql, WORLD, log)
  log(`generated ${JSON.stringify(counts)} in ${((Date.now() - started) / 1000).toFixed(0)} s on ${db.description}`)
  return { db, counts }
}

async function time(fn: () => Promise<unknown>, runs = RUNS) {
  await fn()
  await fn()
  const t: number[] = []
  for (let i = 0; i < runs; i++) {
    const s = performance.now()
    await fn()
    t.push(performance.now() - s)
  }
  t.sort((a, b) => a - b)
  return { p50: t[Math.floor(t.length / 2)], p95: t[Math.min(t.length - 1, Math.ceil(t.length * 0.95) - 1)] }
}

type Row = { what: string; p50: string; p95: string; baseline: string; target: string; met: boolean | null }
const rows: Row[] = []
const ms = (v: number) => `${v.toFixed(1)} ms`
function record(what: string, m: { p50: number; p95: number }, baseline: { p50: number } | null, target: string, met: boolean | null) {
  rows.push({ what, p50: ms(m.p50), p95: ms(m.p95), baseline: baseline ? `${ms(baseline.p50)} (×${(m.p50 / baseline.p50).toFixed(1)})` : '', target, met })
}

// the server part measures the current code: build it first when the sources changed
const build = spawnSync(process.execPath, ['scripts/ensure-build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] })
if (build.status !== 0) throw new Error('the app did not build')
const { db, counts } = await prepare()
const prisma = new PrismaClient({ adapter: db.pglite ? new PrismaPGlite(db.pglite) : new PrismaPg(db.pool!) })
registerDriver(prisma, db.sql)
const raw =
  (sql: string, params: unknown[] = []) =>
  () =>
    db.sql.query(sql, params)
const asOf = '2010-06-01'
const tenForums = Array.from({ length: 10 }, (_, i) => forumCode(i + 1))
const allParties = Array.from({ length: WORLD.parties }, (_, i) => partyCode(i + 1))

const inForce = `SELECT party_code, forum_code, status FROM membership WHERE valid_from <= $1::date AND (valid_to IS NULL OR valid_to >= $1::date)`
const matrixQ = await time(() => getMatrix({ asOf, only: '0' }, prisma))
// the SQL behind the matrix: the intervals in force with their sources, and a year earlier's statuses
const inForceWithSources = `SELECT m.party_code, m.forum_code, m.status, m.valid_from, m.valid_from_precision, m.valid_to, m.valid_to_precision, m.note, s.id, s.title, s.publisher, s.url, s.published, s.kind FROM membership m JOIN source s ON s.id = m.source_id WHERE m.valid_from <= $1::date AND (m.valid_to IS NULL OR m.valid_to >= $1::date)`
const matrixRaw = await time(async () => {
  await Promise.all([db.sql.query(inForceWithSources, [asOf]), db.sql.query(inForce, ['2009-06-01'])])
})
record(`matrix ${WORLD.parties}×${WORLD.forums} (query + transform)`, matrixQ, matrixRaw, '—', null)

const upset = await time(() => getOverlaps({ forums: tenForums, asOf }, prisma))
record('UpSet of 10 forums', upset, await time(raw(`${inForce} AND forum_code = ANY($2) AND status = 'member'`, [asOf, tenForums])), '< 50 ms', upset.p50 < 50)

const align = await time(() => getAlignment({ parties: allParties, asOf }, prisma), 5)
record(`alignment heatmap ${WORLD.parties}×${WORLD.parties}`, align, await time(raw(`${inForce} AND party_code = ANY($2)`, [asOf, allParties])), '—', null)

const series = await time(() => tradeFigures(prisma, ['P001'], 1991, 2020, null))
record(
  "one reporter's trade, every partner, 30 years",
  series,
  await time(
    raw(
      `SELECT t.partner_code, t.year, t.flow, t.value_usd, t.estimated, t.source_id, s.kind FROM trade_flow t JOIN source s ON s.id = t.source_id WHERE t.reporter_code = 'P001' AND t.year BETWEEN 1991 AND 2020`,
    ),
  ),
  '< 30 ms',
  series.p50 < 30,
)

const aggregate = await time(() => getTrade({ reporters: ['P001'], partners: ['forum:F001'], flow: 'total', from: 1991, to: 2020 }, prisma))
record('forum aggregate series (30 years)', aggregate, null, '—', null)

await prisma.$disconnect()
await db.close()

// the server: CSV export of every trade row, the matrix page, first-load JS
// The server keeps its caches as users get them (the query functions above were measured uncached).
const serverCaches = { VIEW_CACHE_BUDGET: undefined }
const server = await startServer(
  benchUrl ? { ...serverCaches, DATABASE_URL: benchUrl } : { ...serverCaches, DATABASE_URL: '', PGLITE_DIR: pgliteDir },
  '/api/memberships?forums=F001&asOf=2010-06-01',
)
try {
  const started = performance.now()
  const res = await fetch(`${server.url}/api/export/trade.csv`)
  if (!res.ok) throw new Error(`the CSV export answered ${res.status}`)
  let bytes = 0
  let lines = 0
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length
    for (const b of chunk) if (b === 10) lines++
  }
  if (lines !== counts.trade + 1) throw new Error(`the CSV export has ${lines - 1} rows, the database ${counts.trade}`)
  const seconds = (performance.now() - started) / 1000
  const hwm = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024
  rows.push({
    what: `CSV of all ${counts.trade.toLocaleString('en-US')} trade rows (${(bytes / 1e6).toFixed(0)} MB)`,
    p50: `${seconds.toFixed(1)} s`,
    p95: '',
    baseline: `peak server RSS ${hwm.toFixed(0)} MB`,
    target: '< 10 s, RSS < 250 MB',
    met: seconds < 10 && hwm < 250,
  })

  // The page shows a window of 100 parties × 20 forums with links to the others; the whole matrix
  // on one page is measured too, for comparison (not a target).
  const page = `/matrix?asOf=${asOf}&only=0`
  const body = Buffer.from(await (await fetch(`${server.url}${page}`)).arrayBuffer())
  if (
    !body
      .toString()
      .replace(/<!-- -->/g, '')
      .includes(`parties 1–100 of ${WORLD.parties}`)
  )
    throw new Error('the matrix page does not show its first window')
  const render = await time(async () => (await fetch(`${server.url}${page}`)).arrayBuffer(), PAGE_RUNS)
  // rendered on every request (the response cache is asked for a fresh answer), the view cached
  const rendered = await time(async () => (await fetch(`${server.url}${page}`, { headers: { 'cache-control': 'no-cache' } })).arrayBuffer(), PAGE_RUNS)
  // a different day on every request: nothing comes from the view cache
  let day = 0
  const cold = await time(async () => {
    day++
    const res = await fetch(`${server.url}/matrix?asOf=${new Date(Date.UTC(2010, 6, day)).toISOString().slice(0, 10)}&only=0`)
    await res.arrayBuffer()
  }, PAGE_RUNS)
  const staticServer = createServer((_, r) => r.end(body)).listen(0, '127.0.0.1')
  await once(staticServer, 'listening')
  const port = (staticServer.address() as { port: number }).port
  const staticTime = await time(async () => (await fetch(`http://127.0.0.1:${port}/`)).arrayBuffer(), PAGE_RUNS)
  staticServer.close()
  const rawMatrix = matrixRaw.p50
  // the target, with how far the page is from its raw SQL
  const pageTarget = (p50: number) => `p50 < 100 ms and ≤ 3× raw SQL (${ms(rawMatrix)}): ${(p50 / rawMatrix).toFixed(1)}×`
  record(
    `matrix page, 100 × 20 window (${(body.length / 1e6).toFixed(2)} MB HTML), a repeated view (response cache)`,
    render,
    staticTime,
    pageTarget(render.p50),
    render.p50 < 100 && render.p50 <= 3 * rawMatrix,
  )
  record(`matrix page, the same, rendered again (no-cache; the view cached)`, rendered, staticTime, '—', null)
  record(
    `matrix page, the same window, a new day each time (nothing cached)`,
    cold,
    staticTime,
    pageTarget(cold.p50),
    cold.p50 < 100 && cold.p50 <= 3 * rawMatrix,
  )
  const everything = `/matrix?asOf=${asOf}&only=0&pageSize=500&colPageSize=500`
  const wholeBody = Buffer.from(await (await fetch(`${server.url}${everything}`)).arrayBuffer())
  // rendered each time (no-cache): at under 8 MB the response cache would otherwise answer it
  const whole = await time(async () => (await fetch(`${server.url}${everything}`, { headers: { 'cache-control': 'no-cache' } })).arrayBuffer(), 3)
  record(
    `(for comparison) all ${WORLD.parties} × ${WORLD.forums} on one page (${(wholeBody.length / 1e6).toFixed(1)} MB HTML), rendered (no-cache)`,
    whole,
    null,
    '—',
    null,
  )

  // First-load JS (lib/bench/first-load.ts; scripts/first-load-js.ts measures it alone)
  let worst = 0
  const perPage: string[] = []
  const sizes = new Map<string, number>()
  for (const path of FIRST_LOAD_PAGES) {
    const { gzip } = await firstLoadJs(server.url, path, sizes)
    worst = Math.max(worst, gzip)
    perPage.push(`${path.split('?')[0]} ${(gzip / 1024).toFixed(0)} kB`)
  }
  rows.push({
    what: `first-load JS, gzipped (largest page; ${perPage.join(', ')})`,
    p50: `${(worst / 1024).toFixed(0)} kB`,
    p95: '',
    baseline: '',
    target: '< 200 kB on every page',
    met: worst < 200 * 1024,
  })
} finally {
  await server.stop()
}

const w = [64, 12, 12, 30, 48]
console.log(['what', 'p50', 'p95', 'baseline', 'target'].map((h, i) => h.padEnd(w[i])).join(' ') + ' met')
for (const r of rows)
  console.log([r.what, r.p50, r.p95, r.baseline, r.target].map((c, i) => c.padEnd(w[i])).join(' ') + ' ' + (r.met === null ? '—' : r.met ? 'yes' : 'NO'))
const targets = rows.filter((r) => r.met !== null)
console.log('(the load test is a separate command: npm run load)')
console.log(`bench: ${targets.filter((r) => r.met).length} of ${targets.length} targets met`)
