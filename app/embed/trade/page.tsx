import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { isLocale } from '@/lib/i18n/locales'
import { ChartFrame } from '@/components/charts/chart-frame'
import { EmbedView } from '@/components/embed/embed-view'
import { ValueChart } from '@/components/trade/trade-charts'
import { viewMetadata } from '@/lib/share/metadata'
import { tradeFigure } from '@/lib/share/view-figures'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata(): Promise<Metadata> {
  return viewMetadata({ title: (await getTranslations('trade'))('title') })
}

/** /embed/trade: the value chart of /trade with the same parameters (docs/embed.md). */
export default async function EmbedTrade({ searchParams }: Props) {
  const requested = await getLocale()
  const t = await getTranslations('trade')
  const { view, series: s, meta } = await tradeFigure(await searchParams, isLocale(requested) ? requested : 'en')
  return (
    <EmbedView title={meta.title} period={meta.period}>
      {view.points.length === 0 ? <p className="muted">{t('noFigure')}</p> : null}
      <ChartFrame {...meta}>
        <ValueChart
          data={s.data}
          series={s.series}
          scale={view.scale}
          markers={s.markers.years}
          sources={s.pointSources}
          title={t('charts.valueTitle', { flow: t(`flow.${view.flow}`), from: String(view.from), to: String(view.to) })}
        />
      </ChartFrame>
    </EmbedView>
  )
}
