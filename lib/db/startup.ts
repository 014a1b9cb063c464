import 'server-only'
import { getDatabase } from './connection'
import { PgliteLockedError } from './pglite'
import { DatabaseConfigError } from './replicas'

/**
 * Opens, migrates and (when empty) seeds the database as the server starts. A database that is
 * down only logs (pages answer with an error until it is back); an embedded database held by
 * another process, or a replica setting that cannot work, stops this one, since it can never work.
 */
export async function prepareDatabaseAtStartup(): Promise<void> {
  try {
    const db = await getDatabase()
    console.log(`[forum-atlas] database ready: ${db.description}`)
  } catch (error) {
    console.error(`[forum-atlas] database not ready: ${(error as Error).message}`)
    if (error instanceof PgliteLockedError || error instanceof DatabaseConfigError) process.exit(1)
  }
}
