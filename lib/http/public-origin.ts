import { headers } from 'next/headers'
import { publicOrigin } from '../share/links'

/**
 * The site's origin for the page being rendered (citations, recipes): lib/share/links.ts
 * `publicOrigin` on this request's Host — PUBLIC_URL when set. X-Forwarded-Host is not used: the
 * response cache keys on Host, so a forged forwarded host could otherwise put its address into a page
 * served to everyone. X-Forwarded-Proto is read only behind a trusted proxy (TRUST_PROXY).
 */
export async function requestPublicOrigin(): Promise<string> {
  const h = await headers()
  const https = Boolean(process.env.TRUST_PROXY) && h.get('x-forwarded-proto') === 'https'
  return publicOrigin(h.get('host'), https ? 'https' : 'http')
}

/** The same for a route handler's request. */
export function publicOriginOf(request: Request): string {
  const https = Boolean(process.env.TRUST_PROXY) && request.headers.get('x-forwarded-proto') === 'https'
  return publicOrigin(request.headers.get('host'), https ? 'https' : new URL(request.url).protocol)
}
