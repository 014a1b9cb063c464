'use client'

import { ChartData, listWords, yearSpan } from '@/components/charts/chart-data'
import { lazyPlots } from '@/components/charts/lazy-plots'
import { ChartFigure } from '@/components/charts/chart-figure'
import type { ComponentProps } from 'react'
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

const pct = (v: number | null | undefined) => (v === null || v === undefined ? null : `${v.toFixed(1)} %`)

/** A trade chart's figure: the drawing code loads ahead of the first chart (lazyPlots). */
function TradeFigure(props: Omit<ComponentProps<typeof ChartFigure>, 'preload'>) {
  return <ChartFigure {...props} preload={plots.preload} />
}

export function ValueChart(props: Omit<ComponentProps<typeof ValuePlotDrawing>, 'summary'>) {
  const { rows, series, markers, title } = props
  const summary = `Line chart, ${yearSpan(rows)}, one line per series: ${listWords(series.map((s) => s.label))}${markers.length ? `; numbered dashed vertical lines mark the years of membership events, listed below the chart` : ''}. The table "The numbers" lists every value.`
  return <TradeFigure title={title} summary={summary} height={360} drawing={<ValuePlot {...props} summary={summary} />} />
}

export function GrowthChart({ rows, series, title }: { rows: Record<string, number | null>[]; series: SeriesKey[]; title: string }) {
  const summary = `Bar chart of year-on-year growth in per cent, ${yearSpan(rows)}, one bar per series and year: ${listWords(series.map((s) => s.label))}. The table under the chart lists every value.`
  return (
    <TradeFigure title={title} summary={summary} height={260} drawing={<GrowthPlot rows={rows} series={series} title={title} summary={summary} />}>
      <ChartData
        summary="Growth per year as a table"
        caption={`${title} (per cent; – where a year has no figure)`}
        head={['Year', ...series.map((s) => s.label)]}
        rows={rows.map((r) => ({ key: String(r.year), label: r.year, cells: series.map((s) => pct(r[s.key])) }))}
      />
    </TradeFigure>
  )
}

export function SharesChart({ rows, series, title }: { rows: Record<string, number | null>[]; series: SeriesKey[]; title: string }) {
  const summary = `Stacked area chart of partners' shares of the reporter's trade with World, in per cent, ${yearSpan(rows)}: ${listWords(series.map((s) => s.label))}. The table under the chart lists every share.`
  return (
    <TradeFigure title={title} summary={summary} height={280} drawing={<SharesPlot rows={rows} series={series} title={title} summary={summary} />}>
      <ChartData
        summary="Shares per year as a table"
        caption={`${title} (per cent of trade with World; – where a year has no figure)`}
        head={['Year', ...series.map((s) => s.label)]}
        rows={rows.map((r) => ({ key: String(r.year), label: r.year, cells: series.map((s) => pct(r[s.key])) }))}
      />
    </TradeFigure>
  )
}
