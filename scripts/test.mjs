// npm test — every test: unit, database (PGlite and PostgreSQL), and end-to-end (built app, real
// chromium). Says loudly what this machine cannot run; under CI=true a missing PostgreSQL or
// chromium fails the run instead (the tests themselves enforce that).
import { spawnSync } from 'node:child_process'
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
for (const f of ['test-results/vitest.json', 'test-results/vitest-fault.json']) rmSync(f, { force: true })
const report = 'test-results/vitest.json'
// Everything but the fault test, then the fault test alone: it stops PostgreSQL.
const vitest = (args, out) =>
  spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...args], {
    stdio: 'inherit',
  })
const extra = process.argv.slice(2)
const main = vitest(['--project', 'unit', '--project', 'db', '--project', 'e2e', ...extra], report)
const faultReport = 'test-results/vitest-fault.json'
const fault = extra.length ? { status: 0 } : vitest(['--project', 'fault'], faultReport)
const totals = { passed: 0, failed: 0, skipped: 0 }
for (const file of [report, faultReport]) {
  if (!existsSync(file)) continue
  const r = JSON.parse(readFileSync(file, 'utf8'))
  totals.passed += r.numPassedTests
  totals.failed += r.numFailedTests
  totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0)
}
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
const run = { status: main.status || fault.status }
if (missing.length && !ci) console.warn(`(not run here: ${missing.length} part(s), see the warning at the top)`)
process.exit(run.status ?? 1)
