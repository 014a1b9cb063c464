import 'server-only'
import path from 'node:path'
import type { PGlite } from '@electric-sql/pglite'
import { Pool } from 'pg'
import { migrate } from './migrator'
import { DEFAULT_PGLITE_DIR, openPglite } from './pglite'
import { formatCounts, isEmpty, seedDatabase, SeedRefusedError } from './seed'
import { pgliteSqlClient, postgresSqlClient, type SqlClient } from './sql-client'

/** Chooses and opens the database from the environment; used by the app and the scripts alike. */

export interface OpenDatabase {
  sql: SqlClient
  pglite?: PGlite
  pool?: Pool
  /** Human-readable: "PGlite at /path" or "PostgreSQL at host:port/db". */
  description: string
  close(): Promise<void>
}

export interface OpenOptions {
  databaseUrl?: string
  pgliteDir?: string
  migrate?: boolean
  seedIfEmpty?: boolean
  log?: (line: string) => void
}

export async function openDatabase(options: OpenOptions = {}): Promise<OpenDatabase> {
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL
  const log = options.log ?? ((line: string) => console.log(`[forum-atlas] ${line}`))
  const db = databaseUrl ? openPostgres(databaseUrl) : await openEmbedded(options.pgliteDir)
  try {
    if (options.migrate) {
      const { applied } = await migrate(db.sql)
      if (applied.length) log(`applied ${applied.length} migration(s) to ${db.description}: ${applied.join(', ')}`)
    }
    if (options.seedIfEmpty && (await isEmpty(db.sql))) {
      try {
        const counts = await seedDatabase(db.sql, { databaseUrl })
        log(`${db.description} was empty: loaded the dataset from prisma/data/ (${formatCounts(counts)})`)
      } catch (error) {
        if (!(error instanceof SeedRefusedError)) throw error
        log(`${db.description} is empty and was not seeded: ${error.message}`)
      }
    }
  } catch (error) {
    await db.close()
    throw error
  }
  return db
}

/** A pool on a PostgreSQL server, without migrating or seeding it: also how a read replica is opened. */
export function openPostgres(url: string): OpenDatabase {
  const pool = new Pool({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    connectionTimeoutMillis: 5000,
    // Names the app's sessions in pg_stat_activity and in the server's log (%a).
    application_name: 'forum-atlas',
  })
  // An idle client losing its connection (server restart) must not crash the process.
  pool.on('error', (error) => console.error('[forum-atlas] idle PostgreSQL client error:', error.message))
  const u = new URL(url)
  return {
    sql: postgresSqlClient(pool),
    pool,
    description: `PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname}`,
    close: () => pool.end(),
  }
}

async function openEmbedded(dir?: string): Promise<OpenDatabase> {
  const dataDir = dir ?? process.env.PGLITE_DIR ?? DEFAULT_PGLITE_DIR
  const pglite = await openPglite(dataDir)
  return {
    sql: pgliteSqlClient(pglite),
    pglite,
    description: dataDir.startsWith('memory://') ? 'PGlite in memory' : `PGlite at ${path.resolve(dataDir)}`,
    close: () => pglite.close(),
  }
}
