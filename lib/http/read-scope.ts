import { AsyncLocalStorage } from 'node:async_hooks'
import type { IncomingHttpHeaders } from 'node:http'
import { hasSessionCookie, privatePath } from './cache-policy'

/**
 * Which database server a request reads from, when PostgreSQL has read replicas
 * (DATABASE_REPLICA_URL, lib/db/replicas.ts). server.ts opens a scope around each request; the
 * app's database (lib/db/connection.ts) looks it up on every read and pins the request to one
 * server: the primary, or the replica it picks on the request's first read. One server per request
 * is what keeps the caches honest: the version a response or a view is keyed on and the rows it
 * shows come from the same server, which only ever moves forward, so an entry may be newer than its
 * key but never older (docs/scaling.md).
 *
 * Like the data-version probe, the store lives on globalThis under a registered symbol: server.ts
 * is loaded by Node, the app by Next's bundles, and both must see the same one.
 */

export interface ReadScope {
  /** The curator's requests and every write read the primary: they see their own writes at once. */
  readonly primary: boolean
  /** The replica this request reads, once its first read has picked one. */
  replica?: number
}

const KEY = Symbol.for('forum-atlas.read-scope')
const holder = globalThis as unknown as Record<symbol, AsyncLocalStorage<ReadScope> | undefined>
const storage = (holder[KEY] ??= new AsyncLocalStorage<ReadScope>())

/**
 * A request reads the primary when it may write (anything but GET and HEAD), is under /admin, or
 * carries the curator's session: a curator who has just saved a change must see it on the next page,
 * whichever app server and replica that page would otherwise have gone to.
 */
export function readsFromPrimary(method: string | undefined, rawUrl: string | undefined, headers: IncomingHttpHeaders): boolean {
  return privatePath(method, rawUrl) || hasSessionCookie(headers.cookie)
}

export function withReadScope<T>(scope: ReadScope, fn: () => T): T {
  return storage.run(scope, fn)
}

/** The scope of the request being served, or undefined outside one (scripts, `next dev`, tests). */
export function currentReadScope(): ReadScope | undefined {
  return storage.getStore()
}
