import { createHash } from 'node:crypto'
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_MIGRATIONS_DIR, MigrationError, migrate, readMigrations } from '../../lib/db/migrator'
import { availableTargets, createTestDatabase, type TestDatabase } from '../support/databases'

function addMigration(dir: string, name: string, sql: string) {
  mkdirSync(path.join(dir, name))
  writeFileSync(path.join(dir, name, 'migration.sql'), sql)
}

describe.each(await availableTargets())('migrator on %s', (target) => {
  let db: TestDatabase
  let dir: string
  beforeEach(async () => {
    db = await createTestDatabase(target, { migrate: false })
    dir = mkdtempSync(path.join(tmpdir(), 'fa-migrations-'))
  })
  afterEach(async () => db.close())

  const records = () =>
    db.sql.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number; rolled_back_at: Date | null }>(
      'SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name',
    )

  it('applies every migration to a fresh database and records them as prisma migrate deploy does', async () => {
    const result = await migrate(db.sql)
    const migrations = await readMigrations()
    expect(result.applied).toEqual(migrations.map((m) => m.name))
    const rows = await records()
    expect(rows.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name))
    for (const row of rows) {
      const sql = migrations.find((m) => m.name === row.migration_name)!.sql
      expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'))
      expect(row.finished_at).not.toBeNull()
      expect(row.rolled_back_at).toBeNull()
      expect(row.applied_steps_count).toBe(1)
    }
    const [{ n }] = await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'membership'`)
    expect(n).toBe(1)
  })

  it('is a no-op when run again', async () => {
    await migrate(db.sql)
    const before = await records()
    const again = await migrate(db.sql)
    expect(again.applied).toEqual([])
    expect(again.alreadyApplied.length).toBe(before.length)
    expect(await records()).toEqual(before)
  })

  it('applies only the pending migrations of a partially migrated database', async () => {
    addMigration(dir, '001_a', 'CREATE TABLE a (id int);')
    expect((await migrate(db.sql, dir)).applied).toEqual(['001_a'])
    addMigration(dir, '002_b', 'CREATE TABLE b (id int); INSERT INTO b VALUES (1);')
    const result = await migrate(db.sql, dir)
    expect(result).toEqual({ applied: ['002_b'], alreadyApplied: ['001_a'] })
    expect((await records()).map((r) => r.migration_name)).toEqual(['001_a', '002_b'])
  })

  it('rolls back a failing migration completely, keeps the ones before it, and says which failed', async () => {
    addMigration(dir, '001_ok', 'CREATE TABLE ok (id int);')
    addMigration(dir, '002_broken', 'CREATE TABLE half (id int); INSERT INTO no_such_table VALUES (1);')
    await expect(migrate(db.sql, dir)).rejects.toThrow(/002_broken failed and was rolled back.*no_such_table/)
    expect((await records()).map((r) => r.migration_name)).toEqual(['001_ok'])
    const tables = await db.sql.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_name IN ('ok', 'half') ORDER BY 1`)
    expect(tables.map((t) => t.table_name)).toEqual(['ok'])
  })

  it('refuses a migration edited after it was applied', async () => {
    addMigration(dir, '001_a', 'CREATE TABLE a (id int);')
    await migrate(db.sql, dir)
    writeFileSync(path.join(dir, '001_a', 'migration.sql'), 'CREATE TABLE a (id bigint);')
    await expect(migrate(db.sql, dir)).rejects.toThrow(MigrationError)
    await expect(migrate(db.sql, dir)).rejects.toThrow(/001_a was edited after it was applied/)
  })

  it('refuses to go on while a failed migration is recorded (like Prisma P3009)', async () => {
    cpSync(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true })
    await migrate(db.sql, dir)
    await db.sql.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ('00000000-0000-0000-0000-000000000001', 'x', '29990101000000_crashed', now())`,
    )
    await expect(migrate(db.sql, dir)).rejects.toThrow(/failed migrations: 29990101000000_crashed/)
  })
})
