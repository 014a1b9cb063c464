import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { availableTargets, createTestDatabase, type TestDatabase } from '../support/databases'

/** An import killed halfway (SIGKILL while it writes) leaves nothing behind: it is one transaction. */

const FILE = path.join(process.cwd(), '..', 'shared', 'data', 'imf-dots-region.csv')
const hasPostgres = (await availableTargets()).includes('postgres')

describe.skipIf(!hasPostgres || !existsSync(FILE))('an import killed while writing', () => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await createTestDatabase('postgres', { seed: true })
    await db.sql.exec('DELETE FROM trade_flow')
  })
  afterAll(async () => db?.close())

  it('leaves no row of the file in the database', async () => {
    const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/import-trade.ts', FILE], {
      env: { ...process.env, DATABASE_URL: db.url! },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const killed = await new Promise<boolean>((resolve) => {
      const onData = (d: Buffer) => {
        output += d
        if (/writing .*\d+\/\d+/.test(output) && !/100%/.test(output.split('writing').at(-1) ?? '')) {
          child.kill('SIGKILL')
          resolve(true)
        }
      }
      child.stderr.on('data', onData)
      child.stdout.on('data', onData)
      child.on('exit', () => resolve(false))
    })
    await new Promise((r) => child.once('exit', r).once('close', r))
    expect(killed, `the import finished before it could be killed:\n${output}`).toBe(true)
    // the server notices the dead connection and rolls its transaction back
    let n = -1
    for (let i = 0; i < 50; i++) {
      n = (await db.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM trade_flow'))[0].n
      const [{ busy }] = await db.sql.query<{ busy: number }>(
        `SELECT count(*)::int AS busy FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
      )
      if (busy === 0) break
      await new Promise((r) => setTimeout(r, 200))
    }
    expect(n).toBe(0)
  }, 120_000)
})
