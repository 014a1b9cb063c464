import 'server-only'
import type { PGlite } from '@electric-sql/pglite'
import type { Pool, PoolClient } from 'pg'
import { to as copyTo } from 'pg-copy-streams'

/** The few raw-SQL operations the migrator and the seed need, on either database. */
export interface SqlClient {
  readonly kind: 'pglite' | 'postgres'
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>
  /** Runs a script of several statements (no parameters). */
  exec(sql: string): Promise<void>
  /** The rows of `select` as PostgreSQL's own CSV (`COPY … WITH (FORMAT csv)`: LF line ends, no
   *  header), in chunks as the server sends them. `select` takes no parameters: inline only values
   *  the caller made safe (numbers). */
  copyCsv(select: string): AsyncIterable<Uint8Array>
  /** Runs `fn` in one transaction on one connection: all of it commits, or none of it.
   *  Nested calls become savepoints. */
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>
}

export function pgliteSqlClient(db: PGlite): SqlClient {
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Omit<SqlClient, 'transaction'> => ({
    kind: 'pglite',
    async query<T>(sql: string, params?: unknown[]) {
      return (await q.query<T>(sql, params)).rows
    },
    async exec(sql: string) {
      await q.exec(sql)
    },
    async *copyCsv(select: string) {
      // PGlite has no COPY stream: the statement's output comes back whole, as a Blob.
      const { blob } = await q.query(`COPY (${select}) TO '/dev/blob' WITH (FORMAT csv)`)
      if (blob && blob.size > 0) yield new Uint8Array(await blob.arrayBuffer())
    },
  })
  const self: SqlClient = {
    ...wrap(db),
    transaction: (fn) =>
      db.transaction(async (tx) => {
        const inner: SqlClient = { ...wrap(tx), transaction: (f) => withSavepoint(inner, f) }
        return fn(inner)
      }),
  }
  return self
}

export function postgresSqlClient(pool: Pool): SqlClient {
  const onClient = (c: Pool | PoolClient): Omit<SqlClient, 'transaction'> => ({
    kind: 'postgres',
    async query<T>(sql: string, params?: unknown[]) {
      return (await c.query(sql, params as unknown[])).rows as T[]
    },
    async exec(sql: string) {
      await c.query(sql)
    },
    async *copyCsv(select: string) {
      const client = 'release' in c ? (c as PoolClient) : await (c as Pool).connect()
      const own = client !== c
      let complete = false
      try {
        const stream = client.query(copyTo(`COPY (${select}) TO STDOUT WITH (FORMAT csv)`))
        for await (const chunk of stream as AsyncIterable<Buffer>) yield chunk
        complete = true
      } finally {
        // A COPY that failed or was left half-read (the reader went away) leaves the connection
        // mid-protocol: destroy it rather than hand it to the next query.
        if (own) client.release(complete ? undefined : true)
      }
    },
  })
  return {
    ...onClient(pool),
    async transaction(fn) {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const inner: SqlClient = { ...onClient(client), transaction: (f) => withSavepoint(inner, f) }
        const result = await fn(inner)
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {})
        throw error
      } finally {
        client.release()
      }
    },
  }
}

let savepointCounter = 0

async function withSavepoint<T>(tx: SqlClient, fn: (tx: SqlClient) => Promise<T>): Promise<T> {
  const name = `sp_${++savepointCounter}`
  await tx.exec(`SAVEPOINT ${name}`)
  try {
    const result = await fn(tx)
    await tx.exec(`RELEASE SAVEPOINT ${name}`)
    return result
  } catch (error) {
    await tx.exec(`ROLLBACK TO SAVEPOINT ${name}`)
    throw error
  }
}
