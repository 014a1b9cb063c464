import type { Locale } from '@/lib/i18n/locales'
import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { ChartFrame } from '@/components/charts/chart-frame'
import { EmbedView } from '@/components/embed/embed-view'
import { MembershipMap } from '@/components/map/membership-map'
import { viewMetadata } from '@/lib/share/metadata'
import { mapFigure } from '@/lib/share/view-figures'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('embed')
  return viewMetadata({ title: t('titles.map') })
}

/** /embed/map: the map of /map with the same parameters, for framing on other sites (docs/embed.md). */
export default async function EmbedMap({ searchParams }: Props) {
  const { frame, model, names, data, label, meta } = await mapFigure(await searchParams, (await getLocale()) as Locale)
  return (
    <EmbedView title={meta.title} period={meta.period}>
      <ChartFrame {...meta}>
        <MembershipMap frame={frame} model={model} names={names} forumShortName={data.forum.shortName} label={label} />
      </ChartFrame>
    </EmbedView>
  )
}
