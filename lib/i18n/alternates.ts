import { DEFAULT_LOCALE, LOCALES, localizedHref, splitLocalePath } from './locales'

/**
 * The hreflang alternates of a page: its address in every language, and `x-default` (English, at
 * the site's own addresses), from the address it was asked by (absolute).
 */
export function languageAlternates(url: URL): Record<string, string> {
  const { path } = splitLocalePath(url.pathname)
  const params = new URLSearchParams(url.search)
  params.delete('_rsc') // Next's own, on client-router requests: no part of the address
  const here = `${path}${params.size ? `?${params}` : ''}`
  const out: Record<string, string> = {}
  for (const locale of LOCALES) out[locale] = `${url.origin}${localizedHref(here, locale)}`
  out['x-default'] = `${url.origin}${localizedHref(here, DEFAULT_LOCALE)}`
  return out
}
