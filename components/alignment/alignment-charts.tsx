'use client'

import { listWords, yearSpan } from '@/components/charts/chart-data'
import { lazyPlots } from '@/components/charts/lazy-plots'
import { ChartFigure } from '@/components/charts/chart-figure'
import { STATUS_LABELS, type MembershipStatus } from '@/lib/domain/vocabulary'

/** The pair's score per year with the years of membership changes marked, and a party's portfolio.
 *  They are drawn once the page is hydrated; their drawings (recharts, alignment-plots.tsx) load then, out of the
 *  page's first-load JavaScript. */

const plots = lazyPlots(() => import('./alignment-plots'))
const PairPlot = plots.plot((m) => m.PairPlot)
const PortfolioPlot = plots.plot((m) => m.PortfolioPlot)

export function PairChart({ data, changeYears, title }: { data: { year: number; score: number }[]; changeYears: number[]; title: string }) {
  const span = yearSpan(data)
  const summary = `Step line of the similarity score (0 to 1) per year, ${span}${data.length ? `, from ${data[0].score.toFixed(2)} to ${data[data.length - 1].score.toFixed(2)}` : ''}${changeYears.length ? `; dashed lines mark the years of membership changes: ${listWords(changeYears.map(String))}` : ''}. The table below lists every year's score.`
  return (
    <ChartFigure
      title={title}
      summary={summary}
      height={260}
      atOnce
      drawing={<PairPlot data={data} changeYears={changeYears} title={title} summary={summary} />}
    />
  )
}

export function PortfolioChart({ data, statuses, title }: { data: Record<string, number>[]; statuses: MembershipStatus[]; title: string }) {
  const span = yearSpan(data)
  const summary = `Stacked bars per year, ${span}: the number of forums in which the party was ${listWords(statuses.map((s) => STATUS_LABELS[s].toLowerCase()))}. The table below lists the same counts.`
  return (
    <ChartFigure
      title={title}
      summary={summary}
      height={260}
      atOnce
      drawing={<PortfolioPlot data={data} statuses={statuses} title={title} summary={summary} />}
    />
  )
}
