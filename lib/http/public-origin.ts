import { headers } from 'next/headers'

/**
 * The site's address for absolute links a reader takes away (citations, share links): PUBLIC_ORIGIN
 * when set (a deployment sets it), else the request's own Host. X-Forwarded-Host is not used: the
 * response cache keys on Host, so a forged forwarded host could otherwise put its address into a
 * page served to everyone. X-Forwarded-Proto is read only behind a trusted proxy (TRUST_PROXY).
 */
export async function publicOrigin(): Promise<string> {
  const configured = process.env.PUBLIC_ORIGIN?.trim()
  if (configured) return configured.replace(/\/+$/, '')
  const h = await headers()
  const host = h.get('host') ?? 'localhost'
  const https = Boolean(process.env.TRUST_PROXY) && h.get('x-forwarded-proto') === 'https'
  return `${https ? 'https' : 'http'}://${host}`
}
