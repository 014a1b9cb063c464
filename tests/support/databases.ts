import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist'
import pg from 'pg'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { PrismaClient } from '../../generated/prisma/client'
import { registerDriver } from '../../lib/db/bulk-read'
import { DEFAULT_MIGRATIONS_DIR, migrate as applyMigrations } from '../../lib/db/migrator'
import { openDatabase, type OpenDatabase } from '../../lib/db/open'
import { pgliteSqlClient } from '../../lib/db/sql-client'

/**
 * Every database test runs twice: on an in-memory PGlite and on a fresh database on the local
 * PostgreSQL (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test). Without a
 * reachable PostgreSQL the PostgreSQL half is skipped with a loud warning, except under CI=true,
 * where it fails.
 */

export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

export type Target = 'pglite' | 'postgres'

export interface TestDatabase extends OpenDatabase {
  target: Target
  url?: string
  prisma: PrismaClient
}

let postgresAvailable: Promise<boolean> | undefined

export function isPostgresAvailable(): Promise<boolean> {
  postgresAvailable ??= (async () => {
    const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 })
    try {
      await client.connect()
      await client.query('SELECT 1')
      return true
    } catch (error) {
      const message = `PostgreSQL at ${ADMIN_URL} is not reachable (${(error as Error).message})`
      if (process.env.CI === 'true') throw new Error(`${message}; CI requires it`)
      console.warn(`\n!!! ${message}: the PostgreSQL half of the database tests is SKIPPED !!!\n`)
      return false
    } finally {
      await client.end().catch(() => {})
    }
  })()
  return postgresAvailable
}

export const TARGETS: Target[] = ['pglite', 'postgres']

/** Opens an empty database of the target kind; `close()` drops it again. */
export async function createTestDatabase(target: Target, options: { migrate?: boolean; seed?: boolean } = {}): Promise<TestDatabase> {
  const migrate = options.migrate ?? true
  const seedIfEmpty = options.seed ?? false
  const log = () => {}
  if (target === 'pglite' && migrate && !seedIfEmpty) {
    const pglite = await PGlite.create('memory://', { extensions: { btree_gist }, loadDataDir: await migratedPgliteSnapshot() })
    const db: OpenDatabase = { sql: pgliteSqlClient(pglite), pglite, description: 'PGlite in memory', close: () => pglite.close() }
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) })
    registerDriver(prisma, db.sql)
    return { ...db, target, prisma }
  }
  if (target === 'pglite') {
    const db = await openDatabase({ databaseUrl: '', pgliteDir: 'memory://', migrate, seedIfEmpty, log })
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(db.pglite!) })
    registerDriver(prisma, db.sql)
    return { ...db, target, prisma }
  }
  const name = `fa_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: ADMIN_URL })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(ADMIN_URL)
  url.pathname = `/${name}`
  const db = await openDatabase({ databaseUrl: url.toString(), migrate, seedIfEmpty, log })
  const prisma = new PrismaClient({ adapter: new PrismaPg(db.pool!) })
  registerDriver(prisma, db.sql)
  return {
    ...db,
    target,
    url: url.toString(),
    prisma,
    async close() {
      await prisma.$disconnect()
      await db.close()
      const again = new pg.Client({ connectionString: ADMIN_URL })
      await again.connect()
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await again.end()
    },
  }
}

/**
 * An in-memory PGlite with every migration applied, as a data-directory dump: migrating takes
 * seconds under WASM (most of a database test file's set-up), loading the dump a fraction of that.
 * Made once per set of migrations (the file name holds a hash of them) and kept in the temporary
 * directory, so that every test file of a run, and later runs, load it.
 */
async function migratedPgliteSnapshot(): Promise<Blob> {
  const hash = createHash('sha256')
  for (const name of readdirSync(DEFAULT_MIGRATIONS_DIR).sort()) {
    const file = path.join(DEFAULT_MIGRATIONS_DIR, name, 'migration.sql')
    if (existsSync(file)) hash.update(name).update(readFileSync(file))
  }
  const snapshot = path.join(tmpdir(), `forum-atlas-pglite-migrated-${hash.digest('hex').slice(0, 16)}.tar`)
  if (!existsSync(snapshot)) {
    const pglite = await PGlite.create('memory://', { extensions: { btree_gist } })
    await applyMigrations(pgliteSqlClient(pglite))
    const dump = await pglite.dumpDataDir('none')
    await pglite.close()
    // Written beside and renamed, so that a file running at the same time never reads half of it.
    const partial = `${snapshot}.${process.pid}.partial`
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()))
    renameSync(partial, snapshot)
  }
  return new Blob([readFileSync(snapshot)])
}

/** The targets this machine can run (top-level await in test files: `describe.each(await availableTargets())`). */
export async function availableTargets(): Promise<Target[]> {
  return (await isPostgresAvailable()) ? TARGETS : ['pglite']
}

/** A new, empty database on the local PostgreSQL (dropped first if a crashed run left it): its URL, and how to drop it. */
export async function scratchDatabase(name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const run = async (sql: string) => {
    const admin = new pg.Client({ connectionString: ADMIN_URL })
    await admin.connect()
    try {
      await admin.query(sql)
    } finally {
      await admin.end()
    }
  }
  await run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  await run(`CREATE DATABASE ${name}`)
  const url = new URL(ADMIN_URL)
  url.pathname = `/${name}`
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) }
}
