import 'server-only'
import type { PrismaClient } from '../../generated/prisma/client'
import { getReader } from '../db/connection'

export type Db = PrismaClient

/**
 * The database a query runs on: the one passed (tests pass theirs), else the process's own — its
 * read replica for this request when DATABASE_REPLICA_URL names some (lib/db/connection.ts).
 */
export async function db(given?: Db): Promise<Db> {
  return given ?? (await getReader()).prisma
}
