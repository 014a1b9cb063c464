import { NextResponse, type NextRequest } from 'next/server'
import { databaseReachable, UNAVAILABLE_HTML } from './lib/db/health'
import { buildCsp, newNonce } from './lib/security/csp'

/**
 * Runs before every page: answers a clear 503 while PostgreSQL is unreachable (pages cannot set
 * that status themselves), and otherwise sets a fresh CSP nonce per request, on the request (Next
 * reads the request's policy to stamp the nonce on its scripts) and on the response.
 */
export async function proxy(request: NextRequest) {
  if (!(await databaseReachable())) {
    return new NextResponse(UNAVAILABLE_HTML, {
      status: 503,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': '5', 'Cache-Control': 'no-store' },
    })
  }
  const nonce = newNonce()
  const csp = buildCsp(nonce, process.env.NODE_ENV === 'development')
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('x-nonce', nonce)
  requestHeaders.set('Content-Security-Policy', csp)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', csp)
  return response
}

export const config = {
  matcher: [
    {
      source: '/((?!api/|_next/static|_next/image|favicon).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
}
