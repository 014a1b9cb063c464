import 'server-only'
import { getDatabase } from '../db/connection'
import type { SqlClient } from '../db/sql-client'

/**
 * The SQL client every write of the curation layer runs on: the process's own database. Routes,
 * pages and the session store get it here, so that nothing outside lib/queries and lib/curation
 * reaches lib/db (tests pass their own client to the same functions).
 */
export async function curationSql(): Promise<SqlClient> {
  return (await getDatabase()).sql
}

export type { SqlClient }
