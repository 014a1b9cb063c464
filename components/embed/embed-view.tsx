import type { ReactNode } from 'react'
import { getTranslations } from 'next-intl/server'
import { requestUrl } from '@/lib/share/request-url'
import { shareLinks } from '@/lib/share/links'

/**
 * The frame of an embed page (/embed/*, framed on other sites): the title, what the chart or table
 * shows (`period`), the thing itself, its source line and a link to the full view with the same
 * parameters. The root layout leaves out the site's header and footer on these pages. Links open
 * in a new tab (`target="_blank"`): inside a frame, the full site would otherwise open in the frame.
 */
export async function EmbedView({ title, period, source, children }: { title: string; period?: string; source?: string; children: ReactNode }) {
  const url = await requestUrl()
  const full = url ? shareLinks(url.href, title).permalink : '/'
  const t = await getTranslations('embed')
  return (
    <article className="embed-view" data-embed-view="">
      <h1>{title}</h1>
      {period ? <p className="embed-period">{period}</p> : null}
      {children}
      <footer className="embed-foot">
        <span>{source}</span>
        <a href={full} target="_blank" rel="noopener" data-embed-full="">
          {t('open')}
        </a>
      </footer>
    </article>
  )
}
