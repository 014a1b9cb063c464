'use client'

import { useLocale } from 'next-intl'
import { Area, AreaChart, Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { formatUsd } from './format'
import { formatDecimal } from '@/lib/i18n/numbers'
import type { YearMarker } from '@/lib/transforms/chart-markers'
import type { ForeignPart } from '@/lib/i18n/text-lang'
import { MarkedText } from '@/components/ui/local-name'

/** The recharts drawings of the trade charts: loaded on demand (trade-charts.tsx, lazyPlots), never in a page's first load. */

export interface SeriesKey {
  key: string
  label: string
  /** Names in the label with no translation in the page's language, marked with theirs. */
  foreign?: ForeignPart[]
}

/** The legend's labels with their untranslated names marked (`lang`), so screen readers read them right. */
function legendLabel(series: SeriesKey[]) {
  const byLabel = new Map(series.map((s) => [s.label, s.foreign]))
  const LegendLabel = (value: unknown) => <MarkedText text={String(value)} foreign={byLabel.get(String(value))} />
  return LegendLabel
}

interface PlotProps {
  rows: Record<string, number | null>[]
  series: SeriesKey[]
  title: string
  /** What the chart shows, for screen readers (the SVG's desc). */
  summary: string
}

// Okabe–Ito order, then greys: distinct for colour-blind readers; lines also differ by dash.
const COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#d55e00', '#56b4e9', 'var(--ink, #000000)', '#f0e442', '#999999']
const DASHES = ['', '6 3', '2 2', '8 3 2 3', '']

/** The page's language, for the numbers on the axes and in the tooltips. */
function usePlotLocale(): 'en' | 'ru' {
  return useLocale() === 'ru' ? 'ru' : 'en'
}

/** An axis tick in per cent: "20%"; in Russian "20 %". */
const percentTick = (v: number, locale: 'en' | 'ru') => (locale === 'en' ? `${v}%` : `${formatDecimal(v, Number.isInteger(v) ? 0 : 1, locale)}\u00a0%`)

export function ValuePlot({
  rows,
  series,
  scale,
  markers,
  sourcesByPoint,
  title,
  summary,
}: PlotProps & { scale: 'linear' | 'log'; markers: YearMarker[]; sourcesByPoint: Record<string, string> }) {
  const locale = usePlotLocale()
  const exact = (v: number) => (locale === 'en' ? `US$ ${v.toLocaleString('en-US')}` : `${v.toLocaleString('ru')} долл. США`)
  return (
    <LineChart responsive style={{ width: '100%', height: 360 }} data={rows} margin={{ top: 34, right: 16, bottom: 0, left: 8 }} title={title} desc={summary}>
      <CartesianGrid strokeDasharray="3 3" stroke="var(--line, #d9dee5)" />
      {/* Padding on both axes: the first and last years and the extreme values never touch the frame. */}
      <XAxis dataKey="year" type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} tick={{ fontSize: 12 }} padding={{ left: 12, right: 12 }} />
      <YAxis
        scale={scale}
        padding={{ top: 12, bottom: 12 }}
        domain={scale === 'log' ? ['auto', 'auto'] : [0, 'auto']}
        allowDataOverflow
        // One line in Russian ("100 млрд долл."); the English ticks as they always were.
        tickFormatter={(v: number) => (locale === 'en' ? formatUsd(v) : formatUsd(v, locale).replace(' ', '\u00a0'))}
        tick={{ fontSize: 12 }}
        width={locale === 'en' ? 72 : 112}
      />
      <Tooltip
        formatter={(value, name, item) => {
          const year = (item.payload as { year: number }).year
          const key = String(item.dataKey)
          const source = sourcesByPoint[`${key}|${year}`]
          return [`${formatUsd(Number(value), locale)} (${exact(Number(value))})${source ? ` — ${source}` : ''}`, name]
        }}
      />
      <Legend formatter={legendLabel(series)} />
      {markers.map((m) => (
        // One dashed line per year with events, labelled with their numbers (the list under the chart names them).
        <ReferenceLine
          key={m.year}
          x={m.year}
          stroke="var(--alert, #cc3311)"
          strokeDasharray="4 3"
          label={{ value: m.label, position: 'top', fontSize: 12, fontWeight: 700, fill: 'var(--alert, #cc3311)', dy: -m.row * 15 }}
        />
      ))}
      {series.map((s, i) => (
        <Line
          key={s.key}
          dataKey={s.key}
          name={s.label}
          stroke={COLOURS[i % COLOURS.length]}
          strokeDasharray={DASHES[Math.floor(i / COLOURS.length) % DASHES.length] || DASHES[i % DASHES.length]}
          strokeWidth={2}
          dot={{ r: 2 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  )
}

export function GrowthPlot({ rows, series, title, summary }: PlotProps) {
  const locale = usePlotLocale()
  return (
    <BarChart responsive style={{ width: '100%', height: 260 }} data={rows} margin={{ top: 8, right: 24, bottom: 0, left: 8 }} title={title} desc={summary}>
      <CartesianGrid strokeDasharray="3 3" stroke="var(--line, #d9dee5)" />
      <XAxis dataKey="year" tick={{ fontSize: 12 }} />
      <YAxis tickFormatter={(v: number) => percentTick(v, locale)} tick={{ fontSize: 12 }} width={56} />
      <Tooltip formatter={(v) => `${formatDecimal(Number(v), 1, locale)} %`} />
      <Legend formatter={legendLabel(series)} />
      <ReferenceLine y={0} stroke="var(--muted, #5b6573)" />
      {series.map((s, i) => (
        <Bar key={s.key} dataKey={s.key} name={s.label} fill={COLOURS[i % COLOURS.length]} isAnimationActive={false} />
      ))}
    </BarChart>
  )
}

export function SharesPlot({ rows, series, title, summary }: PlotProps) {
  const locale = usePlotLocale()
  return (
    <AreaChart responsive style={{ width: '100%', height: 280 }} data={rows} margin={{ top: 8, right: 24, bottom: 0, left: 8 }} title={title} desc={summary}>
      <CartesianGrid strokeDasharray="3 3" stroke="var(--line, #d9dee5)" />
      <XAxis dataKey="year" tick={{ fontSize: 12 }} />
      <YAxis domain={[0, 100]} tickFormatter={(v: number) => percentTick(v, locale)} tick={{ fontSize: 12 }} width={locale === 'en' ? 48 : 56} />
      <Tooltip formatter={(v) => `${formatDecimal(Number(v), 1, locale)} %`} />
      <Legend formatter={legendLabel(series)} />
      {series.map((s, i) => (
        <Area
          key={s.key}
          type="linear"
          dataKey={s.key}
          name={s.label}
          stackId="1"
          stroke={COLOURS[i % COLOURS.length]}
          fill={COLOURS[i % COLOURS.length]}
          fillOpacity={0.6}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
    </AreaChart>
  )
}
