import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { ChartFrame } from '@/components/charts/chart-frame'
import { EmbedView } from '@/components/embed/embed-view'
import { ValueChart } from '@/components/trade/trade-charts'
import { viewMetadata } from '@/lib/share/metadata'
import { tradeFigure } from '@/lib/share/view-figures'
import { FLOW_WORD } from '@/lib/transforms/trade-value-chart'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('embed')
  return viewMetadata({ title: t('titles.trade') })
}

/** /embed/trade: the value chart of /trade with the same parameters (docs/embed.md). */
export default async function EmbedTrade({ searchParams }: Props) {
  const { view, series: s, meta } = await tradeFigure(await searchParams)
  const t = await getTranslations('embed')
  return (
    <EmbedView title={meta.title} period={meta.period}>
      {view.points.length === 0 ? <p className="muted">{t('noFigure')}</p> : null}
      <ChartFrame {...meta}>
        <ValueChart
          rows={s.rows}
          series={s.series}
          scale={view.scale}
          markers={s.markers.years}
          sourcesByPoint={s.sourcesByPoint}
          title={`${FLOW_WORD[view.flow]}, ${view.from}–${view.to}, US$`}
        />
      </ChartFrame>
    </EmbedView>
  )
}
