import { isSecure, readForm, sameOrigin } from '@/lib/auth/guard'
import { redirect } from '@/lib/auth/admin-action'
import { readCookie, sameToken, sessionCookie, signIn } from '@/lib/auth/session'
import { LOGIN_CSRF_COOKIE } from '@/lib/security/csp'
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/client-address'

export const dynamic = 'force-dynamic'

/** POST /api/admin/sign-in (form: email, password) — sets the session cookie. */
export async function POST(request: Request) {
  if (!sameOrigin(request)) return Response.json({ error: 'Cross-site request refused.' }, { status: 403 })
  const form = await readForm(request, 8 * 1024)
  if (form instanceof Response) return form
  // Double-submit: the form's token must match the cookie /admin set (API clients send both too).
  const cookieToken = readCookie(request.headers.get('cookie'), LOGIN_CSRF_COOKIE) ?? ''
  const formToken = String(form.get('csrf') ?? '')
  if (!cookieToken || !formToken || !sameToken(cookieToken, formToken)) {
    return Response.json({ error: 'Missing or wrong sign-in token: reload the sign-in page and try again.' }, { status: 403 })
  }
  const email = String(form.get('email') ?? '')
  const password = String(form.get('password') ?? '')
  // The address server.ts vouches for (the socket's, or a trusted proxy's X-Forwarded-For entry).
  const client = request.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown'
  const result = await signIn(email, password, client)
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json')
  if (!result.ok) {
    const headers = result.retryAfter ? { 'Retry-After': String(result.retryAfter) } : undefined
    return wantsJson
      ? Response.json({ error: result.message }, { status: result.status, headers })
      : redirect(request, '/admin', { code: result.status === 429 ? 'signin-slow-down' : result.status === 400 ? 'signin-too-long' : 'signin-refused' })
  }
  const response = wantsJson ? Response.json({ ok: true, csrf: result.session.csrfToken }) : redirect(request, '/admin')
  response.headers.append('Set-Cookie', sessionCookie(result.token, isSecure(request)))
  return response
}
