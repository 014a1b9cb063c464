import NextLink from 'next/link'
import { useLocale } from 'next-intl'
import type { ComponentProps } from 'react'
import { isLocale, localizedHref } from '@/lib/i18n/locales'

/**
 * The app's internal link: Next's client-side navigation, without prefetching, to the page in the
 * reader's language (/matrix on a Russian page is /ru/matrix; data and files keep their one
 * address, lib/i18n/locales.ts). By default Next fetches every linked page in the viewport as soon
 * as a page loads — a dozen server renders and as many payloads to parse on the reader's phone for
 * each page view, most never followed. A link can still opt in with `prefetch`.
 */
function Link({ prefetch = false, href, ...props }: ComponentProps<typeof NextLink>) {
  const locale = useLocale()
  const localized = typeof href === 'string' && isLocale(locale) ? localizedHref(href, locale) : href
  return <NextLink prefetch={prefetch} href={localized} {...props} />
}

export default Link
