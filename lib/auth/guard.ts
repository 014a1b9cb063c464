import 'server-only'
import { readCookie, sameToken, SESSION_COOKIE, sessionFromToken, type CuratorSession } from './session'

/**
 * Every write route starts here. A write must come from this site (the Origin header, when the
 * browser sends one, names this host: cross-site form posts are refused), from a signed-in curator
 * (401 otherwise), and carry the session's CSRF token in the form field `csrf` or the header
 * `x-csrf-token` (403 otherwise).
 */

export function isSecure(request: Request): boolean {
  return new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https'
}

export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin')
  if (!origin) return true // not sent by every client; SameSite=Strict still keeps the cookie off cross-site posts
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
  try {
    return new URL(origin).host === host
  } catch {
    return false
  }
}

export function deny(status: 401 | 403 | 413 | 429, message: string): Response {
  return Response.json({ error: message }, { status })
}

/** Origin and session, from the headers alone: checked before any body is read. */
export async function requireSession(request: Request): Promise<CuratorSession | Response> {
  if (!sameOrigin(request)) return deny(403, 'Cross-site request refused.')
  const session = await sessionFromToken(readCookie(request.headers.get('cookie'), SESSION_COOKIE))
  if (!session) return deny(401, 'Sign in as a curator first.')
  return session
}

/** The session's CSRF token, from the form field `csrf` (a string, not a file) or the header. */
export function checkCsrf(request: Request, session: CuratorSession, form?: FormData): Response | null {
  const field = form?.get('csrf')
  const token = (typeof field === 'string' ? field : null) ?? request.headers.get('x-csrf-token') ?? ''
  if (!token || !sameToken(token, session.csrfToken)) return deny(403, 'Missing or wrong CSRF token: reload the form and try again.')
  return null
}

/**
 * Reads a body of at most `maxBytes`, counting the bytes as they arrive: a declared length over the
 * limit, or a chunked body that grows past it, is refused with 413 as soon as it is known, without
 * keeping more than the limit in memory.
 */
async function readBody(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | Response> {
  const tooLarge = () =>
    deny(413, `The request is larger than ${maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / 1024 / 1024)} MB` : `${Math.round(maxBytes / 1024)} kB`}.`)
  const declared = Number(request.headers.get('content-length') ?? '0')
  if (declared > maxBytes) return tooLarge()
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel().catch(() => {})
      return tooLarge()
    }
    chunks.push(value)
  }
  const body = new Uint8Array(total)
  let at = 0
  for (const chunk of chunks) {
    body.set(chunk, at)
    at += chunk.byteLength
  }
  return body
}

/**
 * Reads a form body no larger than `maxBytes` (413 beyond, chunked or not). A text field holding a
 * NUL character is refused (400, naming the field): PostgreSQL cannot store it in text.
 */
export async function readForm(request: Request, maxBytes = 64 * 1024): Promise<FormData | Response> {
  const body = await readBody(request, maxBytes)
  if (body instanceof Response) return body
  let form: FormData
  try {
    form = await new Response(body as Uint8Array<ArrayBuffer>, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData()
  } catch {
    return Response.json({ error: 'The request body is not a form.' }, { status: 400 })
  }
  for (const [name, value] of form) {
    if (typeof value === 'string' && value.includes('\u0000'))
      return Response.json({ error: `The field ${name} holds a NUL character, which cannot be stored.`, field: name }, { status: 400 })
  }
  return form
}

/** A signed-in curator's form post: the session, then the form (size-limited), then its CSRF token; the refusal as a response. */
export async function curatorForm(request: Request): Promise<{ session: CuratorSession; form: FormData } | Response> {
  const session = await requireSession(request)
  if (session instanceof Response) return session
  const form = await readForm(request)
  if (form instanceof Response) return form
  return checkCsrf(request, session, form) ?? { session, form }
}
