import 'server-only'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist'

/**
 * Opens the embedded database. PGlite has no cross-process locking: a second process on the same
 * directory writes to it silently and corrupts what the first one sees. So a lock file holds the
 * owner's pid, and a second process is refused with a message saying who holds it.
 */

export class PgliteLockedError extends Error {
  override name = 'PgliteLockedError'
}

export const DEFAULT_PGLITE_DIR = path.join(process.cwd(), '.data', 'pglite')

export async function openPglite(dataDir: string): Promise<PGlite> {
  if (dataDir.startsWith('memory://')) return PGlite.create(dataDir, { extensions: { btree_gist } })
  mkdirSync(dataDir, { recursive: true })
  const release = acquireLock(dataDir)
  try {
    const db = await PGlite.create(dataDir, { extensions: { btree_gist } })
    const close = db.close.bind(db)
    db.close = async () => {
      await close()
      release()
    }
    return db
  } catch (error) {
    release()
    throw error
  }
}

function lockPath(dataDir: string) {
  // Beside the directory, not inside it: PGlite owns its directory's contents.
  return `${path.resolve(dataDir)}.lock`
}

function acquireLock(dataDir: string): () => void {
  const file = lockPath(dataDir)
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' })
      const release = () => rmSync(file, { force: true })
      process.once('exit', release)
      return release
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const owner = Number(readFileSync(file, 'utf8').trim())
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new PgliteLockedError(
          `The embedded database at ${path.resolve(dataDir)} is in use by process ${owner}. ` +
            'Only one process may open it: stop that process (or set PGLITE_DIR to another directory).',
        )
      }
      rmSync(file, { force: true }) // stale lock from a process that died
    }
  }
  throw new PgliteLockedError(`Could not lock ${file}`)
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
