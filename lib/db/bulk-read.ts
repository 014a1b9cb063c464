import 'server-only'
import type { SqlClient } from './sql-client'

/**
 * Bulk reads (thousands of rows of a few plain columns) go straight to the driver the Prisma
 * client sits on: through the driver adapter, Prisma's raw queries map every value of every row
 * and took six times as long as the same SQL on the driver (one reporter's 12,000 trade rows:
 * 173 ms against 28 ms). Whoever creates a Prisma client registers its driver here; a client
 * nobody registered reads through Prisma, with the same SQL and the same rows.
 */

// On globalThis: the client is registered in one module graph and read in another (Next's bundles).
const holder = globalThis as unknown as { __forumAtlasDrivers?: WeakMap<object, SqlClient> }
const drivers = (holder.__forumAtlasDrivers ??= new WeakMap<object, SqlClient>())

export function registerDriver(prisma: object, sql: SqlClient): void {
  drivers.set(prisma, sql)
}

interface RawCapable {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>
}

export function bulkRead<T>(prisma: RawCapable, text: string, params: unknown[]): Promise<T[]> {
  const sql = drivers.get(prisma)
  return sql ? sql.query<T>(text, params) : prisma.$queryRawUnsafe<T[]>(text, ...params)
}
