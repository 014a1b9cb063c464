import 'server-only'
import { bulkRead } from '../db/bulk-read'
import type { SourceRef } from '../domain/types'
import type { Db } from './client'

/**
 * The sources with these ids, as views cite them (`sourceSelect`'s fields), on the driver: through
 * Prisma the same read of a handful of rows cost a few milliseconds of mapping, as much as the
 * statement the trade view's forum series is summed by.
 */
export function sourcesById(prisma: Db, ids: string[]): Promise<SourceRef[]> {
  if (!ids.length) return Promise.resolve([])
  return bulkRead<SourceRef>(prisma, `SELECT id, title, publisher, url, published, kind::text AS kind FROM source WHERE id = ANY($1::text[])`, [ids])
}
