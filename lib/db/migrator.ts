import 'server-only'
import { createHash, randomUUID } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { SqlClient } from './sql-client'

/**
 * Applies prisma/migrations/<name>/migration.sql in name order and records each in
 * `_prisma_migrations` exactly as `prisma migrate deploy` does (same table, sha256 checksum,
 * started/finished timestamps, applied_steps_count = 1), so the Prisma CLI can take over a
 * database this migrator created. Unlike the CLI it runs each migration in a transaction with its
 * record, so a failing migration leaves neither schema changes nor a half-written record behind.
 */

export const DEFAULT_MIGRATIONS_DIR = path.join(process.cwd(), 'prisma', 'migrations')

// Prisma's own DDL for the table (schema-engine, sql-migration-connector).
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`

// Serialises concurrent migrators on PostgreSQL (two app processes starting at once).
const ADVISORY_LOCK_KEY = 72707369

export interface Migration {
  name: string
  sql: string
  checksum: string
}

export interface MigrationResult {
  applied: string[]
  alreadyApplied: string[]
}

export class MigrationError extends Error {}

export async function readMigrations(dir = DEFAULT_MIGRATIONS_DIR): Promise<Migration[]> {
  // The migrations are read from the repository at run time, not traced into a bundle.
  const entries = await readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(/*turbopackIgnore: true*/ dir, name, 'migration.sql'), 'utf8').catch(() => {
        throw new MigrationError(`${path.join(/*turbopackIgnore: true*/ dir, name)}: missing migration.sql`)
      })
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') }
    }),
  )
}

export async function migrate(db: SqlClient, dir = DEFAULT_MIGRATIONS_DIR): Promise<MigrationResult> {
  const migrations = await readMigrations(dir)
  await db.exec(CREATE_MIGRATIONS_TABLE)
  const locked = db.kind === 'postgres'
  const outcome = await db.transaction(async (lockTx) => {
    // A transaction-scoped lock, released when this outer transaction ends.
    if (locked) await lockTx.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCK_KEY])
    return applyPending(lockTx, migrations)
  })
  // Migrations before the failing one stay applied (committed above), as with `prisma migrate deploy`.
  if (outcome.error) throw outcome.error
  return outcome.result
}

async function applyPending(db: SqlClient, migrations: Migration[]): Promise<{ result: MigrationResult; error?: MigrationError }> {
  const rows = await db.query<{ migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null }>(
    'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"',
  )
  const failed = rows.filter((r) => r.finished_at === null && r.rolled_back_at === null)
  if (failed.length > 0) {
    // Same rule as Prisma (error P3009): a failed migration must be resolved by a human first.
    throw new MigrationError(
      `The database has failed migrations: ${failed.map((r) => r.migration_name).join(', ')}. ` +
        'Fix the database, then mark them resolved (prisma migrate resolve) before migrating again.',
    )
  }
  const applied = new Map(rows.filter((r) => r.finished_at !== null).map((r) => [r.migration_name, r.checksum]))
  const known = new Set(migrations.map((m) => m.name))
  const unknown = [...applied.keys()].filter((name) => !known.has(name))
  if (unknown.length > 0) {
    throw new MigrationError(
      `The database has migrations that are not in prisma/migrations: ${unknown.join(', ')}. ` + 'Is this checkout older than the database?',
    )
  }
  const result: MigrationResult = { applied: [], alreadyApplied: [] }
  for (const migration of migrations) {
    const checksum = applied.get(migration.name)
    if (checksum !== undefined) {
      if (checksum !== migration.checksum) {
        throw new MigrationError(
          `Migration ${migration.name} was edited after it was applied (checksum differs). ` + 'Never edit an applied migration: add a new one.',
        )
      }
      result.alreadyApplied.push(migration.name)
      continue
    }
    try {
      await applyOne(db, migration)
    } catch (error) {
      return { result, error: error as MigrationError }
    }
    result.applied.push(migration.name)
  }
  return { result }
}

async function applyOne(db: SqlClient, migration: Migration): Promise<void> {
  const id = randomUUID()
  try {
    await db.transaction(async (tx) => {
      await tx.query('INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)', [
        id,
        migration.checksum,
        migration.name,
      ])
      await tx.exec(migration.sql)
      await tx.query('UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1', [id])
    })
  } catch (error) {
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`)
  }
}
