import { spawn, type ChildProcess } from 'node:child_process'
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'

/** Starts the app's server (server.ts, as `npm start` does) on a free port with the given environment; resolves once it answers. */

/** `npm start` without npm (after scripts/ensure-build.mjs): the arguments to node that run the compiled server.ts on a port of 127.0.0.1. */
export const SERVER_COMMAND = (port: number) => ['.next/forum-atlas/server.mjs', '-p', String(port), '-H', '127.0.0.1']

export interface RunningServer {
  url: string
  stop(): Promise<void>
  output(): string
  pid: number
}

/**
 * Where a test server's error output goes, by port, besides `output()`: the global setup's servers
 * run in another process than the tests, and a test that sees a 500 quotes what the server said
 * (serverErrors) instead of only the status.
 */
const ERROR_LOG_DIR = path.join('test-results', 'servers')
const errorLogOf = (port: number) => path.join(ERROR_LOG_DIR, `${port}.stderr.log`)

/** The last lines the server on `url`'s port wrote to its error output in this run, or '' if none. */
export function serverErrors(url: string, lines = 30): string {
  const file = errorLogOf(Number(new URL(url).port))
  return existsSync(file) ? readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') : ''
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number }
      srv.close(() => resolve(port))
    })
    srv.on('error', reject)
  })
}

export async function startServer(env: Record<string, string | undefined>, readyPath = '/api/memberships?forums=SCO&asOf=2020-01-01'): Promise<RunningServer> {
  const port = await freePort()
  let log = ''
  mkdirSync(ERROR_LOG_DIR, { recursive: true })
  const errorLog = errorLogOf(port)
  writeFileSync(errorLog, '') // a port used again (by a later server, or another run) starts a fresh file
  const child: ChildProcess = spawn(process.execPath, SERVER_COMMAND(port), {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (d) => (log += d))
  child.stderr!.on('data', (d) => {
    log += d
    try {
      appendFileSync(errorLog, d)
    } catch {
      // a copy for diagnostics only: a full disk or a removed test-results/ must not end the run
    }
  })
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 180_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${log}`)
    try {
      const res = await fetch(`${url}${readyPath}`)
      if (res.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server did not answer within 180 s:\n${log}`)
    await new Promise((r) => setTimeout(r, 300))
  }
  return {
    url,
    pid: child.pid!,
    output: () => log,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        // 'close', not 'exit': the last of its error output has been read by then.
        child.once('close', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

/**
 * The server the browser suites run on: the embedded PGlite one, as `npm start` gives a reader.
 * What a page does in the browser does not depend on the database behind it (the queries run on
 * both databases in tests/db, and the API and write suites here run against both servers), so each
 * browser suite runs once instead of once per database.
 */
export function browserServer<T extends { target: string }>(servers: T[]): T[] {
  return [servers.find((s) => s.target === 'pglite') ?? servers[0]]
}
