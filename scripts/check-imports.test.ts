import path from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { readSources, violations, type SourceFiles } from './check-imports'

/** The architecture rules fail on a deliberate violation, in ESLint and in the whole-graph check, and the code base passes both. */

const root = path.resolve(import.meta.dirname, '..')
const files = (entries: Record<string, string>): SourceFiles => new Map(Object.entries(entries))

describe('the import-graph check (npm run lint)', () => {
  it('passes on the code base as it is', () => {
    expect(violations(readSources(root))).toEqual([])
  })

  it('finds a cycle, through type-only and dynamic imports too', () => {
    const found = violations(
      files({
        'lib/a.ts': "import type { B } from './b'\nexport type A = B",
        'lib/b.ts': "export async function b() { return import('@/lib/c') }\nexport type B = string",
        'lib/c.ts': "import { a } from './a'\nexport const c = a",
      }),
    )
    expect(found).toEqual(['import cycle: lib/a.ts → lib/b.ts → lib/c.ts'])
  })

  it('refuses lib importing app, and anything but the data layer importing lib/db', () => {
    const found = violations(
      files({
        'app/page.tsx': "import { getDatabase } from '@/lib/db/connection'",
        'components/x.tsx': "import { sql } from '../lib/db/sql-client'",
        'lib/api/x.ts': "export const load = () => import('@/app/api/route')",
        'app/api/route.ts': 'export const GET = 1',
        'lib/db/connection.ts': 'export const getDatabase = 1',
        'lib/db/sql-client.ts': 'export const sql = 1',
        'lib/queries/ok.ts': "import { getDatabase } from '../db/connection'",
        'lib/curation/ok.ts': "import { sql } from '@/lib/db/sql-client'",
      }),
    )
    expect(found.sort()).toEqual([
      'app/page.tsx: imports lib/db/connection.ts (only lib/queries and lib/curation reach lib/db)',
      'components/x.tsx: imports lib/db/sql-client.ts (only lib/queries and lib/curation reach lib/db)',
      'lib/api/x.ts: imports app/api/route.ts (lib/ never imports app/)',
    ])
  })
})

describe('ESLint with the architecture rules (eslint.config.mjs)', () => {
  const eslint = new ESLint({ cwd: root })
  const messages = async (file: string, code: string) =>
    (await eslint.lintText(code, { filePath: path.join(root, file) }))[0].messages.map((m) => `${m.ruleId}: ${m.message.split(':')[0]}`)

  it('fails a page that imports lib/db', async () => {
    expect(await messages('app/example/page.tsx', "import { getDatabase } from '@/lib/db/connection'\nexport default getDatabase\n")).toContain(
      "no-restricted-imports: '@/lib/db/connection' import is restricted from being used by a pattern. Only the data layer (lib/queries for reads, lib/curation for writes) imports lib/db",
    )
  }, 60_000)

  it('fails lib code that imports app/, and lets the data layer import lib/db', async () => {
    expect((await messages('lib/example.ts', "import { GET } from '@/app/api/trade/route'\nexport const get = GET\n")).join('\n')).toMatch(
      /no-restricted-imports: .*lib\/ never imports app\//,
    )
    expect(await messages('lib/queries/example.ts', "import { getDatabase } from '../db/connection'\nexport const open = getDatabase\n")).toEqual([])
  }, 60_000)

  it('fails a runtime import cycle (import-x/no-cycle)', async () => {
    // lib/curation/memberships.ts imports lib/curation/records.ts: a records module importing memberships back closes a cycle.
    const found = await messages('lib/curation/records.ts', "import { addMembership } from './memberships'\nexport const add = addMembership\n")
    expect(found.some((m) => m.startsWith('import-x/no-cycle'))).toBe(true)
  }, 60_000)
})
