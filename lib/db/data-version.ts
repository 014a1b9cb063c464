import 'server-only'
/**
 * The dataset's version: a number that statement triggers on every dataset table move on any write
 * (migration 20261124000000_data_version). Read by the view cache (lib/queries/view-cache.ts) and
 * by the response cache's probe (lib/db/connection.ts), which must agree on it.
 */
export const DATA_VERSION_SQL = 'SELECT version::text AS version FROM data_version WHERE id = 1'

export function versionOf(rows: { version: string }[]): string {
  return rows[0]?.version ?? 'none'
}
