/**
 * The interface's languages and their addresses (docs/i18n.md). English keeps the site's addresses
 * (every existing permalink stays as it was); another language is the same address under its
 * prefix: /ru/matrix?asOf=… is /matrix?asOf=… in Russian. proxy.ts strips the prefix and passes the
 * language on to the page in LOCALE_HEADER. Pure: used by the proxy, the server and the browser.
 */

export const LOCALES = ['en', 'ru'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'en'

/** Each language's own name, for the language switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ru: 'Русский' }

/** Request header in which proxy.ts tells the page its language. */
export const LOCALE_HEADER = 'x-forum-atlas-locale'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

// Addresses that are data or files, not pages: the same in every language (API answers, downloads,
// the feed, preview images, the curators' admin, which is English only). The API's documentation,
// /api itself, is a page (/ru/api); its endpoints under /api/ are not.
const UNLOCALIZED = /^\/(api\/|(_next|og|admin|changes\.csv|changes\.atom|favicon|robots\.txt|sitemap|data\/releases\/[^/]+\.zip)(\/|$|\?|#))/

/** Whether a site-internal address is a page that exists in every language. */
export function isLocalizablePath(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//') && !UNLOCALIZED.test(href)
}

/** The language a visible address is in, and the address without its language prefix. */
export function splitLocalePath(pathname: string): { locale: Locale; path: string } {
  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue
    if (pathname === `/${locale}`) return { locale, path: '/' }
    if (pathname.startsWith(`/${locale}/`)) return { locale, path: pathname.slice(locale.length + 1) }
  }
  return { locale: DEFAULT_LOCALE, path: pathname }
}

/** A site-internal address (path, query, fragment) in `locale`; other addresses unchanged. */
export function localizedHref(href: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE || !isLocalizablePath(href)) return href
  const rest = href.slice(1)
  // "/" is /ru, "/?x" is /ru?x, "/#a" is /ru#a.
  return rest === '' || rest.startsWith('?') || rest.startsWith('#') ? `/${locale}${rest}` : `/${locale}/${rest}`
}

/** The languages a reader's Accept-Language header asks for, most wanted first (q=0 left out). */
export function acceptedLocales(header: string | null): Locale[] {
  if (!header) return []
  const wanted = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return { lang: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) : 1, index }
    })
    .filter((w) => w.lang && Number.isFinite(w.q) && w.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  const out: Locale[] = []
  for (const w of wanted) if (isLocale(w.lang) && !out.includes(w.lang)) out.push(w.lang)
  return out
}

/** The language to suggest (never to redirect to) to a reader on a page in `current`: the one they
 *  prefer, when it is not this page's and ranks above it in their header; else null. */
export function suggestedLocale(acceptLanguage: string | null, current: Locale): Locale | null {
  const accepted = acceptedLocales(acceptLanguage)
  const first = accepted[0]
  return first && first !== current ? first : null
}
