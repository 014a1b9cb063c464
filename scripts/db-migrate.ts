// npm run db:migrate — applies pending migrations to the configured database (DATABASE_URL, else PGlite).
import { openDatabase } from '../lib/db/open'
import { migrate } from '../lib/db/migrator'

const db = await openDatabase()
try {
  const { applied, alreadyApplied } = await migrate(db.sql)
  console.log(`${db.description}: ${applied.length} migration(s) applied, ${alreadyApplied.length} already applied`)
} catch (error) {
  console.error(`db:migrate: ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  await db.close()
}
