import { connect } from 'node:net'

/**
 * Is the PostgreSQL server reachable? A TCP connect to its port (a fraction of a millisecond on a
 * local network) before each page; a "down" answer is remembered for half a second so that a flood
 * of requests during an outage does not become a flood of probes. An "up" answer is not cached: a
 * page rendered against a server that has just gone away would fail with a 500 instead of the 503.
 * Used by proxy.ts (the embedded database cannot go away: always reachable).
 */

const DOWN_CACHE_MS = 500
const holder = globalThis as unknown as { __forumAtlasHealth?: { at: number; up: boolean } }

export async function databaseReachable(url = process.env.DATABASE_URL): Promise<boolean> {
  if (!url) return true
  const cached = holder.__forumAtlasHealth
  if (cached && !cached.up && Date.now() - cached.at < DOWN_CACHE_MS) return false
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
    socket.setTimeout(1000, () => done(false))
    socket.once('connect', () => done(true))
    socket.once('error', () => done(false))
  })
  holder.__forumAtlasHealth = { at: Date.now(), up }
  return up
}

export const UNAVAILABLE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Temporarily unavailable · forum-atlas</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1c2430}h1{font-size:1.6rem}</style></head>
<body><h1>forum-atlas is temporarily unavailable</h1><p>The database cannot be reached right now. This usually lasts a few seconds: reload the page.</p></body></html>`
