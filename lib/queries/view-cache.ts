import 'server-only'
import { cache } from 'react'
import { bulkRead } from '../db/bulk-read'
import { DATA_VERSION_SQL, versionOf } from '../db/data-version'
import { todayIso } from '../dates'
import type { Db } from './client'

/**
 * A cache of computed views (the matrix, overlaps, trade, alignment and overview as of a day).
 * A view depends only on its query, the day (defaults resolve to today) and the dataset, so an
 * entry is keyed on all three; the dataset's identity is data_version, which statement triggers
 * move on every write by anyone (this server, another one, the CLI scripts, psql). The version is
 * read before the view: a write landing in between leaves an entry newer than its key, never older.
 * Entries are weighed (roughly in cells) and the least recently used go first past the budget.
 */

// Read per call, so that a benchmark can measure the views uncached (VIEW_CACHE_BUDGET=0).
const budget = () => Number(process.env.VIEW_CACHE_BUDGET ?? 2_000_000)

interface Entry {
  value: unknown
  weight: number
}

class WeightedLru {
  private entries = new Map<string, Entry>()
  private total = 0
  constructor(private readonly budget: number) {}
  get(key: string): unknown {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry.value
  }
  set(key: string, value: unknown, weight: number) {
    if (weight > this.budget) return
    const old = this.entries.get(key)
    if (old) {
      this.total -= old.weight
      this.entries.delete(key)
    }
    this.entries.set(key, { value, weight })
    this.total += weight
    for (const [k, e] of this.entries) {
      if (this.total <= this.budget) break
      this.entries.delete(k)
      this.total -= e.weight
    }
  }
  clear() {
    this.entries.clear()
    this.total = 0
  }
  get size() {
    return this.entries.size
  }
}

// One cache per database client: tests open several databases in one process.
const caches = new WeakMap<object, WeightedLru>()

export async function dataVersion(prisma: Db): Promise<string> {
  return versionOf(await bulkRead<{ version: string }>(prisma, DATA_VERSION_SQL, []))
}

/**
 * The version once per page render (React's request-scoped cache): the matrix page keys two views
 * on it, and each asked again, one round trip after the other. Outside a render (route handlers,
 * scripts) React's cache does not memoise, and every call reads. A write during a render leaves the
 * whole render on the version it started with: what it caches may be newer than its key, never
 * older, and the next request keys on the new version. A failed read fails the whole render.
 */
const renderDataVersion = cache(dataVersion)

/** The view for this query from the cache, or computed (and cached) when the dataset moved on. */
export async function cachedView<V>(prisma: Db, name: string, query: unknown, compute: () => Promise<V>, weigh: (v: V) => number): Promise<V> {
  if (budget() <= 0) return compute()
  let cache = caches.get(prisma)
  if (!cache) caches.set(prisma, (cache = new WeightedLru(budget())))
  const key = `${name}|${todayIso()}|${await renderDataVersion(prisma)}|${JSON.stringify(query)}`
  const hit = cache.get(key)
  if (hit !== undefined) return hit as V
  const value = await compute()
  cache.set(key, value, Math.max(1, weigh(value)))
  return value
}

/** For tests: how many views a database's cache holds. */
export function cachedViewCount(prisma: Db): number {
  return caches.get(prisma)?.size ?? 0
}
