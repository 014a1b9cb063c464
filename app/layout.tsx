import type { Metadata, Viewport } from 'next'
import { Activity, type ReactNode } from 'react'
import { SiteFooter } from '@/components/ui/site-footer'
import { SiteHeader } from '@/components/ui/site-header'
import { PrintSource } from '@/components/ui/print-source'
import { HydrationMark } from '@/components/ui/hydration-mark'
import { headers } from 'next/headers'
import './globals.css'

export const metadata: Metadata = {
  title: { default: 'forum-atlas', template: '%s · forum-atlas' },
  description:
    'Who belongs to which multilateral forum, in which status, since when: Central Asia, the South Caucasus, Afghanistan and their partners. Every fact sourced.',
  icons: { icon: '/favicon.svg' },
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, colorScheme: 'light dark' }

export default async function RootLayout({ children }: { children: ReactNode }) {
  // An embed page (/embed/*, framed on other sites) is the chart or table alone: no site header or footer (proxy.ts marks it).
  if ((await headers()).get('x-forum-atlas-embed') === '1') {
    return (
      <html lang="en" className="embed">
        <head>
          {/* Links open the site in a new tab, not inside the frame. */}
          <base target="_blank" />
        </head>
        <body>
          <main id="main" className="embed-main">
            <Activity>
              {children}
              <HydrationMark part="main" parts={1} />
            </Activity>
          </main>
        </body>
      </html>
    )
  }
  return (
    <html lang="en">
      <body>
        <a className="skip" href="#main">
          Skip to content
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
      </body>
    </html>
  )
}
