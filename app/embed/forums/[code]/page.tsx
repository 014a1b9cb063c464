import type { Locale } from '@/lib/i18n/locales'
import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { ChartFrame } from '@/components/charts/chart-frame'
import { MembershipAreaChart } from '@/components/charts/membership-area-chart'
import { EmbedView } from '@/components/embed/embed-view'
import { viewMetadata } from '@/lib/share/metadata'
import { forumFigure } from '@/lib/share/view-figures'

type Props = { params: Promise<{ code: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const figure = await forumFigure((await params).code, (await getLocale()) as Locale)
  return figure ? viewMetadata({ title: `${figure.forum.shortName} — ${figure.forum.name}` }) : { title: (await getTranslations('embed'))('forumNotFound') }
}

/** /embed/forums/CODE: the forum's participants by status per year, as on /forums/CODE (docs/embed.md). */
export default async function EmbedForum({ params }: Props) {
  const figure = await forumFigure((await params).code, (await getLocale()) as Locale)
  if (!figure) notFound()
  const { series, statuses, meta } = figure
  return (
    <EmbedView title={meta.title} period={meta.period}>
      {series.length ? (
        <ChartFrame {...meta}>
          <MembershipAreaChart data={series} statuses={statuses} title={meta.title} />
        </ChartFrame>
      ) : (
        <p className="muted">{(await getTranslations('embed'))('noParticipant')}</p>
      )}
    </EmbedView>
  )
}
