'use client'

import { useLocale, useTranslations } from 'next-intl'
import { ChartDataHtml, yearSpan } from '@/components/charts/chart-data'
import { formatDecimal, formatList } from '@/lib/i18n/numbers'
import { lazyPlots } from '@/components/charts/lazy-plots'
import { ChartFigure } from '@/components/charts/chart-figure'
import { useMemo, type ComponentProps } from 'react'
import { chartRows, unpackPointSources, type ChartColumns, type PointSources } from '@/lib/transforms/chart-columns'
import { markedTextHtml } from '@/components/ui/local-name'
import type { SeriesKey, ValuePlot as ValuePlotDrawing } from './trade-plots'

export type { SeriesKey }

/** recharts draws only in the browser; the page puts the same numbers in a table and the CSV. Each chart is a
 *  figure named by its caption (the title, and for screen readers what it shows); where the page has no table of
 *  its numbers, the figure carries one in a <details>. The drawings (recharts) load when a chart comes into view
 *  or the reader first uses the page (WhenVisible; trade-plots.tsx). */

const plots = lazyPlots(() => import('./trade-plots'))
const ValuePlot = plots.plot((m) => m.ValuePlot)
const GrowthPlot = plots.plot((m) => m.GrowthPlot)
const SharesPlot = plots.plot((m) => m.SharesPlot)

const pct = (v: number | null | undefined, locale: 'en' | 'ru') => (v === null || v === undefined ? null : `${formatDecimal(v, 1, locale)} %`)

/** The charts' words in the page's language (messages trade.charts), and the helpers that list series and years in it. */
function useChartWords() {
  const t = useTranslations('trade.charts')
  const noYears = useTranslations('charts.frame')('noYears')
  const locale: 'en' | 'ru' = useLocale() === 'ru' ? 'ru' : 'en'
  return {
    t,
    locale,
    span: (rows: readonly { year?: unknown }[]) => yearSpan(rows, noYears),
    list: (series: SeriesKey[]) =>
      formatList(
        series.map((s) => s.label),
        locale,
      ),
  }
}

/** A trade chart's figure: the drawing code loads ahead of the first chart (lazyPlots). */
function TradeFigure(props: Omit<ComponentProps<typeof ChartFigure>, 'preload'>) {
  return <ChartFigure {...props} preload={plots.preload} />
}

type ValueChartProps = Omit<ComponentProps<typeof ValuePlotDrawing>, 'summary' | 'rows' | 'sourcesByPoint'> & {
  /** The chart's values as columns (lib/transforms/chart-columns.ts): rows are made here, in the browser. */
  data: ChartColumns
  /** Each point's source wording, packed the same way. */
  sources: PointSources
}

export function ValueChart({ data, sources, ...props }: ValueChartProps) {
  const { series, markers, title } = props
  const { t, span, list } = useChartWords()
  const rows = useMemo(() => chartRows(data), [data])
  const sourcesByPoint = useMemo(() => unpackPointSources(sources, data.years), [sources, data.years])
  const summary = t('valueSummary', { years: span(rows), series: list(series), markers: markers.length ? 'yes' : 'no' })
  return (
    <TradeFigure
      title={title}
      summary={summary}
      height={360}
      drawing={<ValuePlot {...props} rows={rows} sourcesByPoint={sourcesByPoint} summary={summary} />}
    />
  )
}

export function GrowthChart({ data, series, title }: { data: ChartColumns; series: SeriesKey[]; title: string }) {
  const rows = useMemo(() => chartRows(data), [data])
  const { t, locale, span, list } = useChartWords()
  const summary = t('growthSummary', { years: span(rows), series: list(series) })
  return (
    <TradeFigure title={title} summary={summary} height={260} drawing={<GrowthPlot rows={rows} series={series} title={title} summary={summary} />}>
      <ChartDataHtml
        summary={t('growthTable')}
        caption={t('growthCaption', { title })}
        head={[t('year'), ...series.map((s) => markedTextHtml(s.label, s.foreign))]}
        rows={rows.map((r) => ({ key: String(r.year), label: r.year, cells: series.map((s) => pct(r[s.key], locale)) }))}
      />
    </TradeFigure>
  )
}

export function SharesChart({ data, series, title }: { data: ChartColumns; series: SeriesKey[]; title: string }) {
  const rows = useMemo(() => chartRows(data), [data])
  const { t, locale, span, list } = useChartWords()
  const summary = t('sharesSummary', { years: span(rows), series: list(series) })
  return (
    <TradeFigure title={title} summary={summary} height={280} drawing={<SharesPlot rows={rows} series={series} title={title} summary={summary} />}>
      <ChartDataHtml
        summary={t('sharesTable')}
        caption={t('sharesCaption', { title })}
        head={[t('year'), ...series.map((s) => markedTextHtml(s.label, s.foreign))]}
        rows={rows.map((r) => ({ key: String(r.year), label: r.year, cells: series.map((s) => pct(r[s.key], locale)) }))}
      />
    </TradeFigure>
  )
}
