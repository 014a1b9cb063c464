import 'server-only'

import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { Pool } from 'pg'
import { PrismaClient } from '../../generated/prisma/client'
import { publishDataVersionProbe } from '../http/data-version-probe'
import { registerDriver } from './bulk-read'
import { DATA_VERSION_SQL, versionOf } from './data-version'
import { openDatabase, type OpenDatabase } from './open'

/**
 * The process-wide database: PGlite under .data/ when DATABASE_URL is unset, else that PostgreSQL.
 * Opened, migrated (and seeded when empty) once, on first use; kept on globalThis so that Next's
 * dev-mode module reloading does not open PGlite twice.
 */

interface Ready extends OpenDatabase {
  prisma: PrismaClient
}

const holder = globalThis as unknown as { __forumAtlasDb?: Promise<Ready> }

export function getDatabase(): Promise<Ready> {
  holder.__forumAtlasDb ??= open().catch((error) => {
    holder.__forumAtlasDb = undefined // let the next request try again
    throw error
  })
  return holder.__forumAtlasDb
}

export async function getPrisma(): Promise<PrismaClient> {
  return (await getDatabase()).prisma
}

async function open(): Promise<Ready> {
  const db = await openDatabase({ migrate: true, seedIfEmpty: true })
  const adapter = db.pglite ? new PrismaPGlite(db.pglite) : new PrismaPg(db.pool as Pool)
  const prisma = new PrismaClient({ adapter })
  registerDriver(prisma, db.sql)
  // The response cache in server.ts keys every page on this version (see lib/http/response-cache.ts).
  publishDataVersionProbe(async () => versionOf(await db.sql.query<{ version: string }>(DATA_VERSION_SQL)))
  return { ...db, prisma }
}
