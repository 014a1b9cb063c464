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

export async function requireCurator(request: Request, form?: FormData): Promise<CuratorSession | Response> {
  if (!sameOrigin(request)) return deny(403, 'Cross-site request refused.')
  const session = await sessionFromToken(readCookie(request.headers.get('cookie'), SESSION_COOKIE))
  if (!session) return deny(401, 'Sign in as a curator first.')
  const token = (form?.get('csrf') as string | null) ?? request.headers.get('x-csrf-token') ?? ''
  if (!token || !sameToken(token, session.csrfToken)) return deny(403, 'Missing or wrong CSRF token: reload the form and try again.')
  return session
}

/** Reads a form body no larger than `maxBytes` (413 beyond). */
export async function readForm(request: Request, maxBytes = 64 * 1024): Promise<FormData | Response> {
  const length = Number(request.headers.get('content-length') ?? '0')
  if (length > maxBytes) return deny(413, `The request is larger than ${Math.round(maxBytes / 1024)} kB.`)
  try {
    return await request.formData()
  } catch {
    return Response.json({ error: 'The request body is not a form.' }, { status: 400 })
  }
}
