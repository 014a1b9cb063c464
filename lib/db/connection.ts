import 'server-only'

import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { Pool } from 'pg'
import { PrismaClient } from '../../generated/prisma/client'
import { publishDataVersionProbe } from '../http/data-version-probe'
import { currentReadScope } from '../http/read-scope'
import { registerDriver } from './bulk-read'
import { DATA_VERSION_SQL, versionOf } from './data-version'
import { openDatabase, openPostgres, type OpenDatabase } from './open'
import { replicaUrls } from './replicas'
import type { SqlClient } from './sql-client'

/**
 * The process-wide database: PGlite under .data/ when DATABASE_URL is unset, else that PostgreSQL,
 * with the read replicas DATABASE_REPLICA_URL names, if any. Opened, migrated (and seeded when
 * empty) once, on first use; kept on globalThis so that Next's dev-mode module reloading does not
 * open PGlite twice.
 *
 * Writes always go to the primary (`getDatabase().sql`, which lib/curation, the sessions, the
 * migrator and the seed use). Reads (lib/queries) go to `getReader()`: the primary when there are
 * no replicas; else the server the request's read scope pins (lib/http/read-scope.ts): the
 * primary for a curator or a write, one replica (round-robin) for everyone else. Outside a request
 * (scripts, `next dev`, which has no server.ts) reads go to the primary, which is never behind.
 */

export interface Reader {
  prisma: PrismaClient
  sql: SqlClient
  description: string
}

interface Ready extends OpenDatabase {
  prisma: PrismaClient
  replicas: Reader[]
}

const holder = globalThis as unknown as { __forumAtlasDb?: Promise<Ready> }

export function getDatabase(): Promise<Ready> {
  holder.__forumAtlasDb ??= open().catch((error) => {
    holder.__forumAtlasDb = undefined // let the next request try again
    throw error
  })
  return holder.__forumAtlasDb
}

/** The primary's Prisma client (reads that must not lag; lib/queries reads through getReader). */
export async function getPrisma(): Promise<PrismaClient> {
  return (await getDatabase()).prisma
}

/** The server this request reads from (see above). */
export async function getReader(): Promise<Reader> {
  return readerOf(await getDatabase())
}

let nextReplica = 0

function readerOf(db: Ready): Reader {
  const scope = currentReadScope()
  if (db.replicas.length === 0 || !scope || scope.primary) return db
  scope.replica ??= nextReplica++ % db.replicas.length
  return db.replicas[scope.replica]
}

async function open(): Promise<Ready> {
  // A replica setting that cannot work fails before anything is opened (lib/db/startup.ts stops the server).
  const urls = replicaUrls()
  const db = await openDatabase({ migrate: true, seedIfEmpty: true })
  const adapter = db.pglite ? new PrismaPGlite(db.pglite) : new PrismaPg(db.pool as Pool)
  const prisma = new PrismaClient({ adapter })
  registerDriver(prisma, db.sql)
  // Replicas are opened as they are: the primary's migrations and seed reach them by replication.
  const replicas = urls.map((url): Reader & OpenDatabase => {
    const replica = openPostgres(url)
    const replicaPrisma = new PrismaClient({ adapter: new PrismaPg(replica.pool as Pool) })
    registerDriver(replicaPrisma, replica.sql)
    return { ...replica, prisma: replicaPrisma, description: `replica ${replica.description}` }
  })
  // The response cache in server.ts keys every page on this version (see lib/http/response-cache.ts).
  // It is read from the server the request reads its rows from, so the key never runs ahead of them.
  const ready: Ready = {
    ...db,
    prisma,
    replicas,
    description: [db.description, ...replicas.map((r) => r.description)].join(', '),
    close: async () => {
      await Promise.all(replicas.map((r) => r.close()))
      await db.close()
    },
  }
  publishDataVersionProbe(async () => versionOf(await readerOf(ready).sql.query<{ version: string }>(DATA_VERSION_SQL)))
  return ready
}
