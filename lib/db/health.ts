import { connect } from 'node:net'

/**
 * Is the PostgreSQL server reachable? A TCP connect to its port before a page, remembered for a
 * moment either way, so that pages do not each open a connection (UP_CACHE_MS) and a flood of
 * requests during an outage does not become a flood of probes (DOWN_CACHE_MS). Only a refused or
 * failed connection counts as down: a connect that is merely slow means a busy server, not a dead
 * one, and the page is rendered (it has its own error page if the query then fails). Used by
 * proxy.ts (the embedded database cannot go away: always reachable).
 */

// Short: a page rendered against a server that went away in that moment would fail with a 500, not the 503.
const UP_CACHE_MS = 100
const DOWN_CACHE_MS = 500
const SLOW_MS = 3000
const holder = globalThis as unknown as { __forumAtlasHealth?: { at: number; up: boolean; url: string } }

export async function databaseReachable(url = process.env.DATABASE_URL): Promise<boolean> {
  if (!url) return true
  const cached = holder.__forumAtlasHealth
  if (cached && cached.url === url && Date.now() - cached.at < (cached.up ? UP_CACHE_MS : DOWN_CACHE_MS)) return cached.up
  let host = '127.0.0.1'
  let port = 5432
  try {
    const u = new URL(url)
    host = u.hostname || host
    port = Number(u.port || 5432)
  } catch {
    return true // let the app report the malformed URL itself
  }
  const up = await new Promise<boolean>((resolve) => {
    const socket = connect({ host, port })
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(SLOW_MS, () => done(true))
    socket.once('connect', () => done(true))
    socket.once('error', () => done(false))
  })
  holder.__forumAtlasHealth = { at: Date.now(), up, url }
  return up
}
