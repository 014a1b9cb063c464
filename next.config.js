import createNextIntlPlugin from 'next-intl/plugin'

// Headers every response carries (pages, API, static files). Pages also get a per-request
// Content-Security-Policy with a nonce from proxy.ts (lib/security/csp.ts).
const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
]
// Nothing may frame the site but the embed pages (/embed/*, docs/embed.md), whose CSP says
// `frame-ancestors *` (proxy.ts); X-Frame-Options has no "any site", so they go without it.
const NOT_FRAMABLE = [{ key: 'X-Frame-Options', value: 'DENY' }]
// API responses are data, never documents: they may load nothing and be framed by nothing.
const API_CSP = "default-src 'none'; frame-ancestors 'none'"

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and data files from its own package directory at run time, so it must
  // not be bundled: bundled, it looks for them next to the bundle and fails to start.
  // resvg-js (the preview images, app/og) is a native addon: loaded from node_modules, not bundled.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', '@resvg/resvg-js'],
  poweredByHeader: false,
  typedRoutes: false,
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      { source: '/:path((?!embed/|ru/embed/).*)', headers: NOT_FRAMABLE },
      // `:path+`, not `:path*`: /api itself is the documentation page, which gets the pages' policy (proxy.ts).
      { source: '/api/:path+', headers: [{ key: 'Content-Security-Policy', value: API_CSP }] },
    ]
  },
}

// next-intl: the interface's messages and formats per request (i18n/request.ts, docs/i18n.md).
// `precompile` turns messages/*.json into ICU syntax trees at build time: the browser then formats a
// message without the ICU parser (IntlMessageFormat, 40 kB), whose first use on a page also looked
// up the locale with Intl.NumberFormat.supportedLocalesOf, loading ICU's data on the main thread
// while the page hydrated (docs/performance.md). Code that imports the JSON outside Next (scripts,
// tests, the benchmark) still reads the plain strings.
export default createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
})(nextConfig)
