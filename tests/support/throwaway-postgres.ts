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
 */

export interface ThrowawayPostgres {
  url: string
  port: number
  start(): void
  /** A fast shutdown, as an operator's restart does. */
  stop(): void
  destroy(): void
}

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

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = binDir()
  if (bin === null) throw new Error(throwawayPostgresUnavailable()!)
  const tool = (name: string) => (bin ? path.join(bin, name) : name)
  const parent = mkdtempSync(path.join(tmpdir(), 'fa-pg-'))
  const dir = path.join(parent, 'data')
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
  run([tool('initdb'), '-D', dir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'])
  const port = await freePort()
  const options = `-p ${port} -k ${parent} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`
  const start = () => void run([tool('pg_ctl'), '-D', dir, '-o', options, '-l', path.join(parent, 'log'), '-w', '-t', '60', 'start'])
  const stop = () => void run([tool('pg_ctl'), '-D', dir, '-m', 'fast', '-w', '-t', '60', 'stop'])
  start()
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
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
