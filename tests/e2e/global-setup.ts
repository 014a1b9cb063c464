import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { isPostgresAvailable, scratchDatabase } from '../support/databases'
import { serverErrors, startServer, type RunningServer } from './server'

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

  let database: Awaited<ReturnType<typeof scratchDatabase>> | undefined
  if (await isPostgresAvailable()) {
    database = await scratchDatabase(`fa_e2e_${process.pid}`)
    const server = await startServer({ DATABASE_URL: database.url, TRUST_PROXY: 'loopback' })
    servers.push(server)
    provided.push({ target: 'postgres', url: server.url, databaseUrl: database.url })
  }
  project.provide('servers', provided)

  return async () => {
    await Promise.all(servers.map((s) => s.stop()))
    // What the servers wrote to their error output, in the run's output: a failure in a test that
    // only saw a status then has its cause beside it.
    for (const [i, s] of servers.entries()) {
      const errors = serverErrors(s.url, 60)
      if (errors) console.log(`\nthe ${provided[i].target} test server's error output (last 60 lines):\n${errors}\n`)
    }
    if (existsSync(pgliteDir)) rmSync(path.dirname(pgliteDir), { recursive: true, force: true })
    await database?.drop()
  }
}
