// npm run bench:first-load [-- --scripts] — first-load JS per page (the bench's measure, on its
// own): against BASE_URL when given (a running `npm start`), else it starts the app's server (server.ts) on the
// bench database (`forum_atlas_bench` on DATABASE_URL's server; run `npm run bench` once to make it)
// after building when the sources changed. --scripts lists each page's scripts with their sizes.
import { spawnSync } from 'node:child_process'
import { FIRST_LOAD_PAGES, firstLoadJs } from '../lib/bench/first-load'
import { startServer, type RunningServer } from '../tests/e2e/server'

const LIMIT = 200 * 1024
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`

let server: RunningServer | undefined
let base = process.env.BASE_URL
if (!base) {
  if (!process.env.DATABASE_URL) throw new Error('set BASE_URL, or DATABASE_URL (its server holds forum_atlas_bench)')
  const build = spawnSync(process.execPath, ['scripts/ensure-build.mjs'], { stdio: ['ignore', 'inherit', 'inherit'] })
  if (build.status !== 0) throw new Error('the app did not build')
  const u = new URL(process.env.DATABASE_URL)
  u.pathname = '/forum_atlas_bench'
  server = await startServer({ DATABASE_URL: u.toString() }, '/api/memberships?forums=F001&asOf=2010-06-01')
  base = server.url
}
try {
  const sizes = new Map<string, number>()
  let over = 0
  for (const path of FIRST_LOAD_PAGES) {
    const page = await firstLoadJs(base, path, sizes)
    if (page.gzip >= LIMIT) over++
    console.log(`${kB(page.gzip).padStart(9)}  ${page.gzip >= LIMIT ? 'OVER' : 'ok  '}  ${path}`)
    if (process.argv.includes('--scripts'))
      for (const s of [...page.scripts].sort((a, b) => b.gzip - a.gzip)) console.log(`           ${kB(s.gzip).padStart(9)}  ${s.src}`)
  }
  console.log(`first-load JS: ${over} of ${FIRST_LOAD_PAGES.length} pages at or over ${kB(LIMIT)}`)
} finally {
  await server?.stop()
}
