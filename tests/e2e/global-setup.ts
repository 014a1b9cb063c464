import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { ADMIN_URL, isPostgresAvailable } from '../support/databases'
import { startServer, type RunningServer } from './server'

/**
 * Builds the app (when the sources changed) and starts it twice: on a fresh embedded PGlite
 * directory (migrated and seeded by the app itself on start) and on a fresh PostgreSQL database.
 * The tests receive the base URLs through `inject('servers')`.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    servers: { target: 'pglite' | 'postgres'; url: string; databaseUrl?: string }[]
  }
}

export default async function setup(project: TestProject) {
  const build = spawnSync(process.execPath, ['scripts/ensure-build.mjs'], { stdio: 'inherit' })
  if (build.status !== 0) throw new Error('the app did not build')

  const servers: RunningServer[] = []
  const provided: { target: 'pglite' | 'postgres'; url: string; databaseUrl?: string }[] = []
  const pgliteDir = path.join(mkdtempSync(path.join(tmpdir(), 'fa-e2e-')), 'pglite')
  // As behind a reverse proxy on this machine: tests stand for many clients through X-Forwarded-For.
  const embedded = await startServer({ DATABASE_URL: '', PGLITE_DIR: pgliteDir, TRUST_PROXY: 'loopback' })
  servers.push(embedded)
  provided.push({ target: 'pglite', url: embedded.url })

  let dbName: string | undefined
  if (await isPostgresAvailable()) {
    dbName = `fa_e2e_${process.pid}`
    const admin = new pg.Client({ connectionString: ADMIN_URL })
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`)
    await admin.query(`CREATE DATABASE ${dbName}`)
    await admin.end()
    const url = new URL(ADMIN_URL)
    url.pathname = `/${dbName}`
    const server = await startServer({ DATABASE_URL: url.toString(), TRUST_PROXY: 'loopback' })
    servers.push(server)
    provided.push({ target: 'postgres', url: server.url, databaseUrl: url.toString() })
  }
  project.provide('servers', provided)

  return async () => {
    await Promise.all(servers.map((s) => s.stop()))
    if (existsSync(pgliteDir)) rmSync(path.dirname(pgliteDir), { recursive: true, force: true })
    if (dbName) {
      const admin = new pg.Client({ connectionString: ADMIN_URL })
      await admin.connect()
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`)
      await admin.end()
    }
  }
}
