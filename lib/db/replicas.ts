import 'server-only'
import { z } from 'zod'

/**
 * DATABASE_REPLICA_URL: one or more PostgreSQL read replicas of DATABASE_URL's server, separated by
 * commas. Pages and data routes read from them; writes, and every read a write depends on, go to the
 * primary (lib/db/connection.ts, lib/http/read-scope.ts, docs/scaling.md). A setting that cannot
 * work stops the server at start with a message naming the variable, rather than failing on a page.
 */

export class DatabaseConfigError extends Error {
  override name = 'DatabaseConfigError'
}

const VARIABLE = 'DATABASE_REPLICA_URL'

// Shown in messages without its password: the message goes to logs.
const redacted = (text: string) => text.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@')

const replicaUrl = z.string().superRefine((text, ctx) => {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return void ctx.addIssue({ code: 'custom', message: `"${redacted(text)}" is not a URL` })
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    ctx.addIssue({ code: 'custom', message: `"${redacted(text)}" is not a postgres:// or postgresql:// URL` })
  } else if (!url.hostname) {
    ctx.addIssue({ code: 'custom', message: `"${redacted(text)}" names no host` })
  }
})

/** The replicas' URLs (none when the variable is unset or empty); throws DatabaseConfigError when unusable. */
export function replicaUrls(value = process.env[VARIABLE], databaseUrl = process.env.DATABASE_URL): string[] {
  const entries = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  if (entries.length === 0) return []
  if (!databaseUrl) {
    throw new DatabaseConfigError(
      `${VARIABLE} is set but DATABASE_URL is not: read replicas need a primary PostgreSQL server ` +
        '(the embedded PGlite has none). Set DATABASE_URL to the primary, or unset DATABASE_REPLICA_URL.',
    )
  }
  const problems: string[] = []
  entries.forEach((entry, i) => {
    const parsed = replicaUrl.safeParse(entry)
    if (!parsed.success) problems.push(`entry ${i + 1}: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`)
  })
  if (problems.length) {
    throw new DatabaseConfigError(`${VARIABLE} must be one or more PostgreSQL URLs separated by commas (${problems.join('; ')}).`)
  }
  return entries
}
