// `npm start`: Next's production server behind the response cache (lib/http/response-cache.ts).
//
// Options, as `next start` takes them: -p/--port (or PORT, default 3000), -H/--hostname (or
// HOSTNAME, default all interfaces). RESPONSE_CACHE_MB sets the cache's size (default 64; 0 turns
// it off, so that every request is rendered). TRUST_PROXY lists the reverse proxies whose
// X-Forwarded-For is believed (lib/http/client-address.ts); unset, the socket's address is the client.
// DATABASE_REPLICA_URL names PostgreSQL read replicas; each request is pinned to one server
// (lib/http/read-scope.ts, docs/scaling.md).
import { createServer } from 'node:http'
import { parseArgs } from 'node:util'
import next from 'next'
import { dataVersionProbe } from './lib/http/data-version-probe'
import { createResponseCache } from './lib/http/response-cache'
import { stampClientAddress, trustedProxies } from './lib/http/client-address'
import { answerOutagesAs503 } from './lib/http/unavailable-page'
import { readsFromPrimary, withReadScope } from './lib/http/read-scope'

const values = (() => {
  try {
    return parseArgs({ options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } }, allowPositionals: false }).values
  } catch (error) {
    console.error(`server: ${(error as Error).message} (options: -p/--port N, -H/--hostname HOST)`)
    process.exit(2)
  }
})()
const port = Number(values.port ?? process.env.PORT ?? 3000)
const hostname = values.hostname ?? process.env.HOSTNAME ?? undefined
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`server: the port must be a number from 0 to 65535, not ${JSON.stringify(values.port ?? process.env.PORT)}`)
  process.exit(2)
}
const megabytes = Number(process.env.RESPONSE_CACHE_MB ?? 64)
if (!Number.isFinite(megabytes) || megabytes < 0) {
  console.error(`server: RESPONSE_CACHE_MB must be a number of megabytes (0 turns the cache off), not ${JSON.stringify(process.env.RESPONSE_CACHE_MB)}`)
  process.exit(2)
}

const trust = (() => {
  try {
    return trustedProxies(process.env.TRUST_PROXY)
  } catch (error) {
    console.error(`server: ${(error as Error).message}`)
    process.exit(2)
  }
})()

// Next's own `next start` runs in production mode; so does this.
;(process.env as Record<string, string>).NODE_ENV = 'production'
// A loopback address is given to Next as `localhost`: Next's request URL in the proxy (proxy.ts)
// names any loopback host so (NextURL), while its router takes a rewrite to another origin than
// `http://<hostname>:<port>` for an external one and fetches it over HTTP. With `-H 127.0.0.1`
// every /ru page went through a second request to this same server: twice the work, and a 500
// when that hop failed under load. Any other address is kept as it is (the two then agree).
const LOOPBACK = /^(127(\.\d{1,3}){3}|::1|\[::1\]|localhost)$/
const app = next({ dev: false, hostname: hostname === undefined || LOOPBACK.test(hostname) ? 'localhost' : hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

const cache = createResponseCache({
  budgetBytes: megabytes * 1024 * 1024,
  maxEntryBytes: 8 * 1024 * 1024,
  // Until the app has opened its database there is no version to key on: nothing is cached.
  dataVersion: async () => {
    const probe = dataVersionProbe()
    return probe ? withTimeout(probe(), 2000) : null
  },
})

const server = createServer((req, res) => {
  stampClientAddress(req, trust)
  // An address that is not valid percent-encoding (`/forums/%ff`) is the client's mistake: 400
  // here, rather than an exception inside the router.
  if (!decodablePath(req.url)) return plainAnswer(res, 400, 'Bad request: the address is not valid percent-encoded UTF-8.')
  // With read replicas, everything this request reads (the version the cache keys on, then the page's
  // rows) comes from one server: the primary for a curator or a write, else one replica.
  withReadScope({ primary: readsFromPrimary(req.method, req.url, req.headers) }, () =>
    cache.serve(req, res, (q, s) => {
      answerOutagesAs503(q, s, databaseDown)
      return handle(q, s)
    }),
  ).catch((error: unknown) => {
    console.error(`[forum-atlas] ${req.method} ${req.url}: ${(error as Error).stack ?? String(error)}`)
    if (!res.headersSent) plainAnswer(res, 500, 'Internal server error')
    else res.destroy()
  })
})

function decodablePath(url: string | undefined): boolean {
  try {
    decodeURIComponent((url ?? '/').split('?', 1)[0])
    return true
  } catch {
    return false
  }
}

/** A plain-text answer of the server's own, with the headers every response of the app carries. */
function plainAnswer(res: import('node:http').ServerResponse, status: number, text: string) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'private, no-store',
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  })
  res.end(text)
}
server.listen(port, hostname, () => {
  const address = server.address()
  const shown =
    typeof address === 'object' && address ? `${address.address.includes(':') ? `[${address.address}]` : address.address}:${address.port}` : String(address)
  console.log(`[forum-atlas] listening on http://${shown} (response cache ${megabytes ? `${megabytes} MB` : 'off'})`)
})

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close()
    process.exit(0)
  })
}

/** Does the database fail a query now? The dataset-version query stands for any (none yet: not down). */
async function databaseDown(): Promise<boolean> {
  const probe = dataVersionProbe()
  if (!probe) return false
  const answered = await withTimeout(
    probe().then(() => true),
    2000,
  )
  return answered !== true
}

/** A version that cannot be read in time counts as unknown: the request is rendered, not cached. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      () => {
        clearTimeout(timer)
        resolve(null)
      },
    )
  })
}
