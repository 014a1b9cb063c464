// npm test — every test: unit, database (PGlite and PostgreSQL), and end-to-end (built app, real
// chromium). Says loudly what this machine cannot run; under CI=true a missing PostgreSQL or
// chromium fails the run instead (the tests themselves enforce that).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import pg from 'pg'

const ci = process.env.CI === 'true'
const pgUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const missing = []
const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 })
try {
  await client.connect()
  await client.query('SELECT 1')
} catch (error) {
  missing.push(`PostgreSQL at ${pgUrl} (${error.message}): the PostgreSQL half of the database and e2e tests`)
} finally {
  await client.end().catch(() => {})
}
if (!existsSync(chromium)) missing.push(`chromium at ${chromium}: the browser tests (apt-get install -y chromium)`)
if (missing.length) {
  const banner = ci ? 'CI REQUIRES THESE; THE RUN WILL FAIL' : 'SKIPPED ON THIS MACHINE'
  console.warn(`\n${'!'.repeat(72)}\n${banner}:\n${missing.map((m) => `  - ${m}`).join('\n')}\n${'!'.repeat(72)}\n`)
}

mkdirSync('test-results', { recursive: true })
const started = Date.now()
const reports = {
  main: 'test-results/vitest.json',
  e2e: 'test-results/vitest-e2e.json',
  e2eAxe: 'test-results/vitest-e2e-axe.json',
  fault: 'test-results/vitest-fault.json',
  replicas: 'test-results/vitest-replicas.json',
}
// The browser suites that mostly wait on one chromium renderer (axe walks every page at two widths
// in two schemes) or on bcrypt run in a vitest of their own, with servers of their own, beside the
// other browser suites: each stream keeps about one core busy, so two of them finish in about half
// the time of one (docs/testing.md has the figures).
// The admin and trade suites (the two longest of the rest) join them: with them in the first stream it
// ran three minutes after the others had ended (10th session: e2e 960 s, e2e-axe 700 s).
const E2E_OWN_STREAM = [
  'tests/e2e/accessibility.test.ts',
  'tests/e2e/hardening.test.ts',
  'tests/e2e/i18n.test.ts',
  'tests/e2e/admin.test.ts',
  'tests/e2e/trade.test.ts',
]
for (const f of Object.values(reports)) rmSync(f, { force: true })
// The test servers' error logs (tests/e2e/server.ts), named by port: only this run's.
rmSync('test-results/servers', { recursive: true, force: true })

// One vitest run, its output prefixed so that two running side by side stay readable.
const vitest = (label, args, out) =>
  new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...args],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, FORCE_COLOR: '0' },
      },
    )
    for (const stream of [child.stdout, child.stderr]) {
      let rest = ''
      stream.on('data', (chunk) => {
        const lines = (rest + chunk).split('\n')
        rest = lines.pop()
        for (const line of lines) process.stdout.write(`[${label}] ${line}\n`)
      })
      stream.on('end', () => rest && process.stdout.write(`[${label}] ${rest}\n`))
    }
    child.on('close', (status) => resolve(status ?? 1))
  })

const extra = process.argv.slice(2)
let status
if (extra.length) {
  status = await vitest('vitest', extra, reports.main)
} else {
  // Build once, before the suites that start the app (e2e and fault would each build otherwise).
  const build = spawnSync(process.execPath, ['scripts/ensure-build.mjs'], { stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
  // The browser suites beside the unit and database suites, then the fault test (its PostgreSQL is
  // a throwaway cluster of its own, so nothing else is disturbed by it stopping).
  const [e2e, axe, rest] = await Promise.all([
    vitest('e2e', ['--project', 'e2e', ...E2E_OWN_STREAM.flatMap((f) => ['--exclude', f])], reports.e2e),
    // The read-replica test (a primary and a streaming replica of its own) after the shortest stream.
    vitest('e2e-axe', ['--project', 'e2e', ...E2E_OWN_STREAM], reports.e2eAxe).then(
      async (axe) => (await vitest('replicas', ['--project', 'replicas'], reports.replicas)) || axe,
    ),
    vitest('unit+db', ['--project', 'unit', '--project', 'db'], reports.main).then(
      async (main) => (await vitest('fault', ['--project', 'fault'], reports.fault)) || main,
    ),
  ])
  status = e2e || axe || rest
}

const totals = { passed: 0, failed: 0, skipped: 0 }
for (const file of Object.values(reports)) {
  if (!existsSync(file)) continue
  const r = JSON.parse(readFileSync(file, 'utf8'))
  totals.passed += r.numPassedTests
  totals.failed += r.numFailedTests
  totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0)
}
const seconds = Math.round((Date.now() - started) / 1000)
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped in ${Math.floor(seconds / 60)} min ${seconds % 60} s`)
if (missing.length && !ci) console.warn(`(not run here: ${missing.length} part(s), see the warning at the top)`)
process.exit(status)
