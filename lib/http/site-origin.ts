/**
 * The site's own origin as a server can tell it from the request's Host header, for addresses
 * printed on a page (the /data recipes). Only Host is read: the response cache keys on it, so a page
 * rendered for one host is never served to another, whereas X-Forwarded-Host is not in the key and
 * a request could plant a foreign origin in a cached page. The scheme is not in the request either:
 * http for a loopback or bare local name, https otherwise. The browser corrects both after hydration
 * (components/data/origin-code.tsx), so this is what a reader without JavaScript sees.
 */

const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/
const LOCAL = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]|[A-Za-z0-9-]+)(?::\d{1,5})?$/

export function siteOrigin(host: string | null | undefined, fallback = 'http://localhost:3000'): string {
  const h = (host ?? '').trim()
  if (!HOST.test(h)) return fallback
  return `${LOCAL.test(h) ? 'http' : 'https'}://${h.toLowerCase()}`
}
