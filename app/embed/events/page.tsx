import type { Locale } from '@/lib/i18n/locales'
import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { EmbedView } from '@/components/embed/embed-view'
import { EventItem } from '@/components/tables/event-list'
import { viewMetadata } from '@/lib/share/metadata'
import { eventsFigure } from '@/lib/share/view-figures'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('embed')
  return viewMetadata({ title: t('titles.events') })
}

/** /embed/events: the events of /events with the same filters (one page of them), for framing on other sites (docs/embed.md). */
export default async function EmbedEvents({ searchParams }: Props) {
  const { query, shown, meta, summary } = await eventsFigure(await searchParams, (await getLocale()) as Locale)
  const t = await getTranslations('embed')
  return (
    <EmbedView title={meta.title} period={`${meta.period} · ${summary.join(' · ')}`} source={meta.source}>
      {shown.length ? (
        <ol className="events">
          {shown.map((e) => (
            <EventItem key={e.id} event={e} party={query.party} />
          ))}
        </ol>
      ) : (
        <p className="muted">{t('noEvent')}</p>
      )}
    </EmbedView>
  )
}
