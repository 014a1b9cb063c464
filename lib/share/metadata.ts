import 'server-only'
import type { Metadata } from 'next'
import { requestUrl } from './request-url'
import { splitLocalePath } from '../i18n/locales'
import { shareLinks } from './links'
import { languageAlternates } from '../i18n/alternates'

/** Size of the preview images (app/og): what Open Graph and Twitter's large card expect. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const

/**
 * A view's metadata with its Open Graph and Twitter card tags: the page's title and description,
 * its permalink, and its preview image (/og/<view>.png with the same parameters) as absolute
 * addresses, so a shared link shows the chart. On an embed page: not indexed, canonical to the
 * full view.
 */
export async function viewMetadata({ title, description }: { title: string; description?: string }): Promise<Metadata> {
  const url = await requestUrl()
  if (!url) return { title, description }
  const links = shareLinks(url.href, title)
  const image = {
    url: links.image,
    width: PREVIEW_SIZE.width,
    height: PREVIEW_SIZE.height,
    alt: `${title}: a preview of the chart or table`,
    type: 'image/png',
  }
  const embed = splitLocalePath(url.pathname).path.startsWith('/embed/')
  return {
    title,
    description,
    alternates: { canonical: links.permalink, languages: languageAlternates(url) },
    ...(embed ? { robots: { index: false, follow: true } } : {}),
    openGraph: { type: 'website', siteName: 'forum-atlas', title, description, url: links.permalink, images: [image] },
    twitter: { card: 'summary_large_image', title, description, images: [{ url: links.image, alt: image.alt }] },
  }
}
