'use client'

import { listWords, yearSpan } from './chart-data'
import { lazyPlots } from './lazy-plots'
import { ChartFigure } from './chart-figure'
import { STATUS_PLURALS, type MembershipStatus } from '@/lib/domain/vocabulary'
import type { YearCounts } from '@/lib/transforms/timeline'

const plots = lazyPlots(() => import('./membership-area-plot'))
const MembershipAreaPlot = plots.plot((m) => m.MembershipAreaPlot)

/** Members, observers, partners, … per year as stacked areas. recharts draws only in the browser,
 *  so the page always puts the same numbers in a table beside it. Drawn once the page is hydrated;
 *  the drawing (recharts, membership-area-plot.tsx) loads then, out of the page's first-load JavaScript. */
export function MembershipAreaChart({ data, statuses, title }: { data: YearCounts[]; statuses: MembershipStatus[]; title: string }) {
  const span = yearSpan(data)
  const summary = `Stacked areas per year, ${span}, counted on 31 December of each year: ${listWords(statuses.map((s) => STATUS_PLURALS[s].toLowerCase()))}. The table "The numbers behind the chart" lists the same counts.`
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
