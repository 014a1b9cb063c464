import { NextResponse, type NextRequest } from 'next/server'
import { databaseReachable } from './lib/db/health'
import { UNAVAILABLE_HEADERS, UNAVAILABLE_HTML } from './lib/http/unavailable-page'
import { REQUEST_URL_HEADER } from './lib/share/links'
import { publicOriginOf } from './lib/http/public-origin'
import { buildCsp, isEmbedPath, LOGIN_CSRF_COOKIE, newNonce } from './lib/security/csp'
import { DEFAULT_LOCALE, isLocale, isLocalizablePath, LOCALE_HEADER, splitLocalePath } from './lib/i18n/locales'

const REWRITTEN_HEADER = 'x-forum-atlas-rewritten'
const REWRITTEN_MARK = newNonce()

/**
 * Runs before every page: answers a clear 503 while PostgreSQL is unreachable (pages cannot set
 * that status themselves), and otherwise sets a fresh CSP nonce per request, on the request (Next
 * reads the request's policy to stamp the nonce on its scripts) and on the response. A page under a
 * language prefix (/ru/matrix) is served by the page without it (/matrix), told its language in
 * LOCALE_HEADER (lib/i18n/locales.ts): one page per view, in every language.
 */
export async function proxy(request: NextRequest) {
  if (!(await databaseReachable())) {
    return new NextResponse(UNAVAILABLE_HTML, { status: 503, headers: UNAVAILABLE_HEADERS })
  }
  // A rewrite is rendered in this process, and the proxy runs once. Were Next to fetch the rewritten
  // address over HTTP instead (it does when it is started on a loopback address other than
  // `localhost`, as `next dev -H 127.0.0.1` is; server.ts prevents it for `npm start`), the proxy
  // would run again for it: that second pass (recognised by a mark only this process knows) keeps
  // the language and the visible address the first one set.
  const rewritten = request.headers.get(REWRITTEN_HEADER) === REWRITTEN_MARK
  const given = request.headers.get(LOCALE_HEADER)
  const { locale, path } = rewritten && isLocale(given) ? { locale: given, path: request.nextUrl.pathname } : splitLocalePath(request.nextUrl.pathname)
  // /ru/api/… and the like are no pages: they stay unrouted (404), as any unknown address.
  if (locale !== DEFAULT_LOCALE && !isLocalizablePath(path)) return NextResponse.next()
  const nonce = newNonce()
  const embed = isEmbedPath(path)
  const csp = buildCsp(nonce, process.env.NODE_ENV === 'development', embed)
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('x-nonce', nonce)
  // Set by this proxy only: a language sent in the header by anyone else is ignored (else one
  // reader could make the response cache keep a Russian page at an English address).
  if (locale === DEFAULT_LOCALE) requestHeaders.delete(LOCALE_HEADER)
  else requestHeaders.set(LOCALE_HEADER, locale)
  if (locale === DEFAULT_LOCALE) requestHeaders.delete(REWRITTEN_HEADER)
  else requestHeaders.set(REWRITTEN_HEADER, REWRITTEN_MARK)
  // The root layout leaves out the site's header and footer on embed pages (app/layout.tsx).
  if (embed) requestHeaders.set('x-forum-atlas-embed', '1')
  else requestHeaders.delete('x-forum-atlas-embed')
  // The page's own absolute address, for its share links and Open Graph tags (lib/share/request-url.ts).
  // One origin for share links, citations, feed and recipes (lib/http/public-origin.ts): PUBLIC_URL,
  // else Host, on https when a trusted proxy says so.
  const origin = publicOriginOf(request)
  if (!rewritten) requestHeaders.set(REQUEST_URL_HEADER, `${origin}${request.nextUrl.pathname}${request.nextUrl.search}`)
  requestHeaders.set('Content-Security-Policy', csp)
  // A double-submit token for the sign-in form, which has no session yet to hold one.
  let loginCsrf = request.cookies.get(LOGIN_CSRF_COOKIE)?.value
  const freshLoginCsrf = path.startsWith('/admin') && !loginCsrf
  if (freshLoginCsrf) {
    loginCsrf = newNonce().replace(/[^A-Za-z0-9]/g, '')
    requestHeaders.set('x-login-csrf', loginCsrf)
  }
  const response =
    locale === DEFAULT_LOCALE || rewritten
      ? NextResponse.next({ request: { headers: requestHeaders } })
      : NextResponse.rewrite(new URL(`${path}${request.nextUrl.search}`, request.url), { request: { headers: requestHeaders } })
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
