/**
 * The Content-Security-Policy of every page. Scripts run only with this request's nonce (Next
 * stamps it on its own inline bootstrap scripts); 'strict-dynamic' lets those load their chunks.
 * Styles allow 'unsafe-inline' because React writes style attributes (charts size themselves that
 * way) — a style cannot run code. Nothing may frame the site, except the embed pages (`framable`:
 * /embed/*, docs/embed.md), which any site may frame; everything else about their policy is the same.
 */
export function buildCsp(nonce: string, dev = false, framable = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    framable ? 'frame-ancestors *' : "frame-ancestors 'none'",
  ].join('; ')
}

/**
 * The embed pages (below /embed/, the path normalised as the router sees it): the only pages
 * another site may frame. They answer `frame-ancestors *` and no X-Frame-Options (next.config.js).
 */
export function isEmbedPath(pathname: string): boolean {
  return pathname.startsWith('/embed/')
}

export function newNonce(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
}

/** Cookie of the sign-in form's double-submit CSRF token (set by proxy.ts on /admin pages). */
export const LOGIN_CSRF_COOKIE = 'fa_login_csrf'
