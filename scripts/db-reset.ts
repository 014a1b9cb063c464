// npm run db:reset [-- --force] — drops every table, migrates and seeds again. Local databases only
// unless --force; for PGlite it deletes the data directory.
import { rmSync } from 'node:fs'
import { DEFAULT_PGLITE_DIR } from '../lib/db/pglite'
import { openDatabase } from '../lib/db/open'
import { assertSeedable, formatCounts, seedDatabase } from '../lib/db/seed'

const force = process.argv.includes('--force')
const url = process.env.DATABASE_URL
try {
  assertSeedable(url, force)
  if (url) {
    const db = await openDatabase()
    await db.sql.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;')
    await db.close()
  } else {
    const dir = process.env.PGLITE_DIR ?? DEFAULT_PGLITE_DIR
    rmSync(dir, { recursive: true, force: true })
  }
  const db = await openDatabase({ migrate: true })
  const counts = await seedDatabase(db.sql, { databaseUrl: url, force })
  console.log(`${db.description}: reset and seeded ${formatCounts(counts)}`)
  await db.close()
} catch (error) {
  console.error(`db:reset: ${(error as Error).message}`)
  process.exitCode = 1
}
