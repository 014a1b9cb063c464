import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

/** The page a reader gets while the database cannot be reached: status 503, retry in a few seconds. */
export const UNAVAILABLE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Temporarily unavailable · forum-atlas</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1c2430}h1{font-size:1.6rem}</style></head>
<body><h1>forum-atlas is temporarily unavailable</h1><p>The database cannot be reached right now. This usually lasts a few seconds: reload the page.</p></body></html>`

/** The message of the API's JSON 503 (lib/http/error-response.ts says the same). */
export const UNAVAILABLE_API_MESSAGE = 'The database is unavailable right now; try again in a few seconds.'

export const UNAVAILABLE_HEADERS = { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': '5', 'Cache-Control': 'no-store' } as const

/**
 * proxy.ts answers 503 when the database's port is closed, but a page can still meet a database
 * that goes away while it renders (a server shutting down keeps accepting connections for a
 * moment, and refuses them only once they are open). Its queries then fail and Next answers its
 * error page with a 500: a bug report for what is an outage. This holds back a page's 500 and asks
 * `databaseDown` whether the database answers now; if not, the reader gets the 503 page instead.
 * A 500 while the database answers is a real error and goes out unchanged. API routes answer
 * their own JSON 503 for the errors lib/http/error-response.ts knows as an outage; an error it does
 * not know, met while the database is going away (a fresh-clone run of 5 Dec 2026 saw one 500 from
 * /api/memberships in the fault test), gets the same JSON 503 here.
 */
export function answerOutagesAs503(req: IncomingMessage, res: ServerResponse, databaseDown: () => Promise<boolean>): void {
  if (!req.url || req.url.startsWith('/_next/')) return
  const api = req.url.startsWith('/api/')
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
  const write = res.write.bind(res) as (...args: unknown[]) => boolean
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
  let heldHead: unknown[] | null = null
  const heldBody: unknown[][] = []
  let released = false
  const holding = () => !released && (heldHead !== null || (!res.headersSent && res.statusCode === 500))

  res.writeHead = ((...args: unknown[]) => {
    if (released || args[0] !== 500) return writeHead(...args)
    heldHead = args
    return res
  }) as ServerResponse['writeHead']
  res.write = ((...args: unknown[]) => {
    if (!holding()) return write(...args)
    heldBody.push(args)
    return true
  }) as ServerResponse['write']
  res.end = ((...args: unknown[]) => {
    if (!holding()) return end(...args)
    const last = args.filter((a) => typeof a !== 'function')
    if (last.length && last[0] != null) heldBody.push(last)
    void databaseDown()
      .catch(() => true)
      .then((down) => {
        released = true
        if (down) {
          for (const name of res.getHeaderNames()) if (/^(content-|etag$|last-modified$|vary$)/.test(name)) res.removeHeader(name)
          if (api) {
            // The JSON 503 the API routes answer themselves (lib/http/error-response.ts).
            writeHead(503, { 'Content-Type': 'application/json', 'Retry-After': UNAVAILABLE_HEADERS['Retry-After'], 'Cache-Control': 'no-store' })
            end(JSON.stringify({ error: UNAVAILABLE_API_MESSAGE }))
            return
          }
          const headers: OutgoingHttpHeaders = { ...UNAVAILABLE_HEADERS }
          writeHead(503, headers)
          end(UNAVAILABLE_HTML)
          return
        }
        if (heldHead) writeHead(...heldHead)
        for (const chunk of heldBody) write(...chunk)
        end()
      })
    return res
  }) as ServerResponse['end']
}
