import { spawnSync } from 'node:child_process'
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { freePort } from '../e2e/server'

/**
 * A PostgreSQL cluster of the test's own: `initdb` in a temporary directory, `pg_ctl` on a free
 * port, trust auth on 127.0.0.1 only. A test that must stop, kill or restart PostgreSQL does it to
 * this cluster, never to the machine's. As an ordinary user it needs no privilege; run as root
 * (which `initdb` refuses), the cluster runs as the `postgres` system user instead.
 *
 * `startThrowawayReplica` makes a streaming replica of such a cluster (`pg_basebackup -R`, then
 * `pg_ctl` on another free port): initdb's default pg_hba.conf already trusts replication
 * connections from 127.0.0.1, and its default wal_level (replica) and wal senders allow it.
 */

export interface ThrowawayPostgres {
  url: string
  port: number
  /** The server's log (with `log` settings, every statement, prefixed with its application_name). */
  logFile: string
  start(): void
  /** A fast shutdown, as an operator's restart does. */
  stop(): void
  destroy(): void
}

export interface ThrowawayOptions {
  /** Extra `-c name=value` server settings (no spaces or shell characters in them). */
  settings?: string[]
}

/** Settings that log every statement with its application_name first: `forum-atlas:LOG:  execute …`. */
export const LOG_EVERY_STATEMENT = ['log_statement=all', 'log_line_prefix=%a:']

function binDir(): string | null {
  if (spawnSync('initdb', ['--version']).status === 0 && spawnSync('pg_ctl', ['--version']).status === 0) return ''
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return null
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))
  return versions.length ? path.join(root, versions[0], 'bin') : null
}

const asRoot = process.getuid?.() === 0
const runAs = asRoot ? ['runuser', '-u', 'postgres', '--'] : []

/** Why this machine cannot run a throwaway cluster, or null when it can. */
export function throwawayPostgresUnavailable(): string | null {
  if (binDir() === null) return 'initdb and pg_ctl were not found (PATH, /usr/lib/postgresql/*/bin)'
  if (asRoot && spawnSync('id', ['postgres']).status !== 0) return 'running as root needs the postgres system user to own the throwaway cluster'
  return null
}

/** A temporary directory the cluster's user owns, and a runner of PostgreSQL's tools in it. */
function workspace() {
  const bin = binDir()
  if (bin === null) throw new Error(throwawayPostgresUnavailable()!)
  const tool = (name: string) => (bin ? path.join(bin, name) : name)
  const parent = mkdtempSync(path.join(tmpdir(), 'fa-pg-'))
  if (asRoot) {
    const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim())
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim())
    chownSync(parent, uid, gid)
    chmodSync(parent, 0o700)
  }
  const run = (args: string[]) => {
    const [command, ...rest] = [...runAs, ...args]
    const result = spawnSync(command, rest, { encoding: 'utf8', cwd: parent })
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed (${result.status}): ${result.stderr || result.stdout}`)
    return result
  }
  return { tool, parent, dir: path.join(parent, 'data'), run }
}

/** Starts the cluster in `ws.dir` on `port` and returns its handle. */
function serve(ws: ReturnType<typeof workspace>, port: number, options: ThrowawayOptions): ThrowawayPostgres {
  const { tool, parent, dir, run } = ws
  const settings = ['listen_addresses=127.0.0.1', 'fsync=off', 'synchronous_commit=off', 'full_page_writes=off', ...(options.settings ?? [])]
  const serverOptions = `-p ${port} -k ${parent} ${settings.map((s) => `-c ${s}`).join(' ')}`
  const logFile = path.join(parent, 'log')
  const start = () => void run([tool('pg_ctl'), '-D', dir, '-o', serverOptions, '-l', logFile, '-w', '-t', '60', 'start'])
  const stop = () => void run([tool('pg_ctl'), '-D', dir, '-m', 'fast', '-w', '-t', '60', 'stop'])
  start()
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    logFile,
    start,
    stop,
    destroy() {
      try {
        run([tool('pg_ctl'), '-D', dir, '-m', 'immediate', '-w', 'stop'])
      } catch {
        // already stopped
      }
      rmSync(parent, { recursive: true, force: true })
    },
  }
}

export async function startThrowawayPostgres(options: ThrowawayOptions = {}): Promise<ThrowawayPostgres> {
  const ws = workspace()
  try {
    ws.run([ws.tool('initdb'), '-D', ws.dir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'])
    return serve(ws, await freePort(), options)
  } catch (error) {
    rmSync(ws.parent, { recursive: true, force: true })
    throw error
  }
}

/**
 * A hot standby streaming from `primary`: a base backup of it with `-R` (standby.signal and
 * primary_conninfo), started on a free port of its own. It may still be catching up when this
 * returns; wait for `pg_stat_wal_receiver` to say it streams.
 */
export async function startThrowawayReplica(primary: ThrowawayPostgres, options: ThrowawayOptions = {}): Promise<ThrowawayPostgres> {
  const ws = workspace()
  try {
    ws.run([ws.tool('pg_basebackup'), '-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '-D', ws.dir, '-R', '-X', 'stream', '--no-sync'])
    return serve(ws, await freePort(), options)
  } catch (error) {
    rmSync(ws.parent, { recursive: true, force: true })
    throw error
  }
}
