import 'server-only'
import type { PrismaClient } from '../../generated/prisma/client'
import { getPrisma } from '../db/connection'

export type Db = PrismaClient

/** The database a query runs on: the one passed (tests pass theirs), else the process's own. */
export function db(given?: Db): Promise<Db> {
  return given ? Promise.resolve(given) : getPrisma()
}
