import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

/**
 * `npm run bench`, `npm run load` and the import scripts run the query layer under Node's
 * react-server condition, as Next's server does, where React has no hooks: a module of lib/queries
 * that pulls in a client entry (next-intl's React part, through a translator) fails there on import.
 * The matrix's Russian order did, and stopped the benchmark (tenth session).
 */
const MODULES = [
  'lib/queries/matrix.ts',
  'lib/queries/overlaps.ts',
  'lib/queries/alignment.ts',
  'lib/queries/forum-aggregate.ts',
  'lib/queries/trade.ts',
  'lib/queries/names.ts',
]

describe('the query layer under the react-server condition', () => {
  it('imports as the benchmark imports it', () => {
    const script = `for (const m of ${JSON.stringify(MODULES)}) await import('./' + m); console.log('imported')`
    const run = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(run.stderr.split('\n').find((l) => /Error/.test(l)) ?? '').toBe('')
    expect(run.stdout.trim()).toBe('imported')
  })
})
