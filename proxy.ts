import { NextResponse, type NextRequest } from 'next/server'
import { buildCsp, newNonce } from './lib/security/csp'

/**
 * Runs before every page: a fresh CSP nonce per request, set on the request (Next reads the
 * request's policy to stamp the nonce on its scripts) and on the response.
 */
export function proxy(request: NextRequest) {
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
