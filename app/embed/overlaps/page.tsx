import type { Locale } from '@/lib/i18n/locales'
import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { ChartFrame } from '@/components/charts/chart-frame'
import { EmbedView } from '@/components/embed/embed-view'
import { EulerDiagram } from '@/components/overlaps/euler-diagram'
import { UpsetPlot } from '@/components/overlaps/upset-plot'
import { viewMetadata } from '@/lib/share/metadata'
import { overlapsFigure } from '@/lib/share/view-figures'
import { combinationKey } from '@/lib/transforms/overlaps'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('embed')
  return viewMetadata({ title: t('titles.overlaps') })
}

/** /embed/overlaps: the Euler diagram (two or three forums) or the UpSet plot of /overlaps with the same parameters (docs/embed.md). */
export default async function EmbedOverlaps({ searchParams }: Props) {
  const { view, euler, params, meta } = await overlapsFigure(await searchParams, (await getLocale()) as Locale)
  // A region or bar links to its parties on the full view.
  const hrefFor = (combination: string[]) => {
    const next = new URLSearchParams(params)
    next.set('sel', combinationKey(combination))
    return `/overlaps?${next}#selection`
  }
  return (
    <EmbedView title={meta.title} period={meta.period}>
      <ChartFrame {...meta}>
        {euler ? (
          <EulerDiagram forums={view.forums} areas={view.areas} intersections={view.intersections} hrefFor={hrefFor} selectedKey={null} />
        ) : (
          <UpsetPlot forums={view.forums} intersections={view.intersections} hrefFor={hrefFor} selectedKey={null} />
        )}
      </ChartFrame>
    </EmbedView>
  )
}
