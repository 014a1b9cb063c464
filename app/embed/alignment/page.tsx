import type { Locale } from '@/lib/i18n/locales'
import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { Heatmap } from '@/components/alignment/heatmap'
import { ChartFrame } from '@/components/charts/chart-frame'
import { EmbedView } from '@/components/embed/embed-view'
import { viewMetadata } from '@/lib/share/metadata'
import { alignmentFigure } from '@/lib/share/view-figures'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('embed')
  return viewMetadata({ title: t('titles.alignment') })
}

/** /embed/alignment: the heatmap of /alignment with the same parameters (docs/embed.md). */
export default async function EmbedAlignment({ searchParams }: Props) {
  const { view, params, meta } = await alignmentFigure(await searchParams, (await getLocale()) as Locale)
  // A cell links to that pair over time on the full view.
  const pairHref = (a: string, b: string) => {
    const next = new URLSearchParams(params)
    next.set('a', a)
    next.set('b', b)
    return `/alignment?${next}#pair`
  }
  return (
    <EmbedView title={meta.title} period={meta.period}>
      <ChartFrame {...meta}>
        <Heatmap matrix={view.matrix} names={view.names} hrefFor={pairHref} selected={null} />
      </ChartFrame>
    </EmbedView>
  )
}
