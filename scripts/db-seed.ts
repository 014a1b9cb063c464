// npm run db:seed [-- --force] — loads prisma/data/ into the configured database (idempotent).
// Refuses a non-local DATABASE_URL unless --force.
import { openDatabase } from '../lib/db/open'
import { formatCounts, seedDatabase } from '../lib/db/seed'

const force = process.argv.includes('--force')
const db = await openDatabase({ migrate: true })
try {
  const counts = await seedDatabase(db.sql, { databaseUrl: process.env.DATABASE_URL, force })
  console.log(`${db.description}: seeded ${formatCounts(counts)}`)
} catch (error) {
  console.error(`db:seed: ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  await db.close()
}
