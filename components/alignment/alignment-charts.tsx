'use client'

import { useListWords, useYearSpan } from '@/components/charts/use-chart-words'
import { formatDecimal } from '@/lib/i18n/numbers'
import { lazyPlots } from '@/components/charts/lazy-plots'
import { ChartFigure } from '@/components/charts/chart-figure'
import { useLocale, useTranslations } from 'next-intl'
import type { MembershipStatus } from '@/lib/domain/vocabulary'

/** The pair's score per year with the years of membership changes marked, and a party's portfolio.
 *  They are drawn once the page is hydrated; their drawings (recharts, alignment-plots.tsx) load then, out of the
 *  page's first-load JavaScript. */

const plots = lazyPlots(() => import('./alignment-plots'))
const PairPlot = plots.plot((m) => m.PairPlot)
const PortfolioPlot = plots.plot((m) => m.PortfolioPlot)

export function PairChart({ data, changeYears, title }: { data: { year: number; score: number }[]; changeYears: number[]; title: string }) {
  const t = useTranslations('charts')
  const locale = useLocale()
  const words = useListWords()
  const span = useYearSpan()(data)
  const two = (v: number) => formatDecimal(v, 2, locale)
  const summary = t('pairSummary', {
    span,
    range: data.length ? t('pairRange', { from: two(data[0].score), to: two(data[data.length - 1].score) }) : '',
    changes: changeYears.length ? t('pairChanges', { years: words(changeYears.map(String)) }) : '',
  })
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
  const t = useTranslations('charts')
  const ts = useTranslations('statuses')
  const words = useListWords()
  const span = useYearSpan()(data)
  const summary = t('portfolioSummary', { span, statuses: words(statuses.map((s) => ts(s).toLowerCase())) })
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
