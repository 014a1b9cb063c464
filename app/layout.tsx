import type { Metadata, Viewport } from 'next'
import { Activity, type ReactNode } from 'react'
import { SiteFooter } from '@/components/ui/site-footer'
import { SiteHeader } from '@/components/ui/site-header'
import { PrintSource } from '@/components/ui/print-source'
import { HydrationMark } from '@/components/ui/hydration-mark'
import { headers } from 'next/headers'
import { NextIntlClientProvider } from 'next-intl'
import { getLocale, getMessages, getTranslations } from 'next-intl/server'
import { clientMessages } from '@/lib/i18n/messages'
import { languageAlternates } from '@/lib/i18n/alternates'
import { requestUrl } from '@/lib/share/request-url'
import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('layout')
  const url = await requestUrl()
  return {
    title: { default: 'forum-atlas', template: '%s · forum-atlas' },
    description: t('description'),
    icons: { icon: '/favicon.svg' },
    // The same view in every language (hreflang), for search engines and readers' tools.
    ...(url ? { alternates: { languages: languageAlternates(url) } } : {}),
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, colorScheme: 'light dark' }

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale()
  const t = await getTranslations('layout')
  // Only the site's client namespaces go to every page (lib/i18n/messages.ts); a page's own come with its layout (components/ui/page-layout.tsx).
  const messages = clientMessages(await getMessages())
  // An embed page (/embed/*, framed on other sites) is the chart or table alone: no site header or footer (proxy.ts marks it).
  if ((await headers()).get('x-forum-atlas-embed') === '1') {
    return (
      <html lang={locale} className="embed">
        <head>
          {/* Links open the site in a new tab, not inside the frame. */}
          <base target="_blank" />
        </head>
        <body>
          <NextIntlClientProvider locale={locale} messages={messages}>
            <main id="main" className="embed-main">
              <Activity>
                {children}
                <HydrationMark part="main" parts={1} />
              </Activity>
            </main>
          </NextIntlClientProvider>
        </body>
      </html>
    )
  }
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider locale={locale} messages={messages}>
          <a className="skip" href="#main">
            {t('skip')}
          </a>
          {/* Activity boundaries hydrate after the first paint, in slices that yield to the browser
            (React's offscreen priority), instead of in one long task; the server renders them in
            place, as without a boundary. Each part marks itself hydrated (HydrationMark). */}
          <Activity>
            <SiteHeader />
            <HydrationMark part="header" parts={3} />
          </Activity>
          <PrintSource />
          <main id="main">
            <Activity>
              {children}
              <HydrationMark part="main" parts={3} />
            </Activity>
          </main>
          <Activity>
            <SiteFooter />
            <HydrationMark part="footer" parts={3} />
          </Activity>
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
