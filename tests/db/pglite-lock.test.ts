import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openPglite } from '../../lib/db/pglite'

/** Two processes on one PGlite directory would corrupt it: the second is refused, clearly. */

describe('the embedded database lock', () => {
  it('refuses a second process on the same directory, naming the holder, and frees the directory on close', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'fa-lock-')), 'pglite')
    const first = await openPglite(dir)
    const other = spawnSync(
      process.execPath,
      [
        '--conditions=react-server',
        '--import',
        'tsx',
        '-e',
        `import('${path.resolve('lib/db/pglite.ts')}').then(m => m.openPglite(${JSON.stringify(dir)})).then(() => { console.log('opened'); process.exit(0) }, (e) => { console.log(e.name + ': ' + e.message); process.exit(3) })`,
      ],
      { encoding: 'utf8' },
    )
    expect(other.status).toBe(3)
    expect(other.stdout).toMatch(new RegExp(`PgliteLockedError: The embedded database at .* is in use by process ${process.pid}`))
    await first.close()
    const again = await openPglite(dir)
    await again.close()
  })

  it('takes over a lock left by a process that died', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'fa-lock-')), 'pglite')
    const { existsSync, readFileSync, writeFileSync } = await import('node:fs')
    writeFileSync(`${dir}.lock`, '999999')
    const db = await openPglite(dir)
    // the lock is this process's now, and goes with the database
    expect(readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid))
    await db.close()
    expect(existsSync(`${dir}.lock`)).toBe(false)
  })
})
