import { NextResponse, type NextRequest } from 'next/server'
import { databaseReachable } from './lib/db/health'
import { UNAVAILABLE_HEADERS, UNAVAILABLE_HTML } from './lib/http/unavailable-page'
import { publicOrigin, REQUEST_URL_HEADER } from './lib/share/links'
import { buildCsp, isEmbedPath, LOGIN_CSRF_COOKIE, newNonce } from './lib/security/csp'

/**
 * Runs before every page: answers a clear 503 while PostgreSQL is unreachable (pages cannot set
 * that status themselves), and otherwise sets a fresh CSP nonce per request, on the request (Next
 * reads the request's policy to stamp the nonce on its scripts) and on the response.
 */
export async function proxy(request: NextRequest) {
  if (!(await databaseReachable())) {
    return new NextResponse(UNAVAILABLE_HTML, { status: 503, headers: UNAVAILABLE_HEADERS })
  }
  const nonce = newNonce()
  const embed = isEmbedPath(request.nextUrl.pathname)
  const csp = buildCsp(nonce, process.env.NODE_ENV === 'development', embed)
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('x-nonce', nonce)
  // The root layout leaves out the site's header and footer on embed pages (app/layout.tsx).
  if (embed) requestHeaders.set('x-forum-atlas-embed', '1')
  else requestHeaders.delete('x-forum-atlas-embed')
  // The page's own absolute address, for its share links and Open Graph tags (lib/share/request-url.ts).
  const origin = publicOrigin(request.headers.get('host'), request.nextUrl.protocol)
  requestHeaders.set(REQUEST_URL_HEADER, `${origin}${request.nextUrl.pathname}${request.nextUrl.search}`)
  requestHeaders.set('Content-Security-Policy', csp)
  // A double-submit token for the sign-in form, which has no session yet to hold one.
  let loginCsrf = request.cookies.get(LOGIN_CSRF_COOKIE)?.value
  const freshLoginCsrf = request.nextUrl.pathname.startsWith('/admin') && !loginCsrf
  if (freshLoginCsrf) {
    loginCsrf = newNonce().replace(/[^A-Za-z0-9]/g, '')
    requestHeaders.set('x-login-csrf', loginCsrf)
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', csp)
  if (freshLoginCsrf) {
    response.cookies.set(LOGIN_CSRF_COOKIE, loginCsrf!, { httpOnly: true, sameSite: 'strict', path: '/', secure: request.nextUrl.protocol === 'https:' })
  }
  return response
}

export const config = {
  // Prefetches too: their HTML needs the same policy and the same database check as any page.
  matcher: ['/((?!api/|_next/static|_next/image|favicon).*)'],
}
