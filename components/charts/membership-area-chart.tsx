'use client'

import { useTranslations } from 'next-intl'
import { useListWords, useYearSpan } from './use-chart-words'
import { lazyPlots } from './lazy-plots'
import { ChartFigure } from './chart-figure'
import type { MembershipStatus } from '@/lib/domain/vocabulary'
import type { YearCounts } from '@/lib/transforms/timeline'

const plots = lazyPlots(() => import('./membership-area-plot'))
const MembershipAreaPlot = plots.plot((m) => m.MembershipAreaPlot)

/** Members, observers, partners, … per year as stacked areas. recharts draws only in the browser,
 *  so the page always puts the same numbers in a table beside it. Drawn once the page is hydrated;
 *  the drawing (recharts, membership-area-plot.tsx) loads then, out of the page's first-load JavaScript. */
export function MembershipAreaChart({ data, statuses, title }: { data: YearCounts[]; statuses: MembershipStatus[]; title: string }) {
  const t = useTranslations('charts')
  const words = useListWords()
  const span = useYearSpan()(data)
  const summary = t('areaSummary', { span, statuses: words(statuses.map((s) => t(`statusPlural.${s}`))) })
  return (
    <ChartFigure
      title={title}
      summary={summary}
      height={280}
      atOnce
      drawing={<MembershipAreaPlot data={data} statuses={statuses} title={title} summary={summary} />}
    />
  )
}
