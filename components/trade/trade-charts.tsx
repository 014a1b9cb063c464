'use client'

import { Area, AreaChart, Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { ChartData, listWords } from '@/components/charts/chart-data'
import { WhenVisible } from '@/components/charts/when-visible'
import { formatUsd } from './format'

/** recharts draws only in the browser; the page puts the same numbers in a table and the CSV. Each chart is a
 *  figure named by its caption (the title, and for screen readers what it shows); where the page has no table of
 *  its numbers, the figure carries one in a <details>. */

const span = (rows: Record<string, number | null>[]) => (rows.length ? `${rows[0].year}–${rows[rows.length - 1].year}` : 'no years')
const pct = (v: number | null | undefined) => (v === null || v === undefined ? null : `${v.toFixed(1)} %`)

// Okabe–Ito order, then greys: distinct for colour-blind readers; lines also differ by dash.
const COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#d55e00', '#56b4e9', 'var(--ink, #000000)', '#f0e442', '#999999']
const DASHES = ['', '6 3', '2 2', '8 3 2 3', '']

export interface SeriesKey {
  key: string
  label: string
}

export function ValueChart({
  rows,
  series,
  scale,
  markers,
  sourcesByPoint,
  title,
}: {
  rows: Record<string, number | null>[]
  series: SeriesKey[]
  scale: 'linear' | 'log'
  markers: { year: number; label: string }[]
  sourcesByPoint: Record<string, string>
  title: string
}) {
  const summary = `Line chart, ${span(rows)}, one line per series: ${listWords(series.map((s) => s.label))}${markers.length ? `; dashed vertical lines mark ${markers.length} membership events, listed below the chart` : ''}. The table "The numbers" lists every value.`
  return (
    <figure className="chart">
      <figcaption>
        {title}
        <span className="sr-only">. {summary}</span>
      </figcaption>
      <WhenVisible height={360}>
        <LineChart responsive style={{ width: '100%', height: 360 }} data={rows} margin={{ top: 24, right: 24, bottom: 0, left: 8 }} title={title} desc={summary}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--line, #d9dee5)" />
          <XAxis dataKey="year" type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} tick={{ fontSize: 12 }} />
          <YAxis scale={scale} domain={scale === 'log' ? ['auto', 'auto'] : [0, 'auto']} allowDataOverflow tickFormatter={(v: number) => formatUsd(v)} tick={{ fontSize: 12 }} width={72} />
          <Tooltip
            formatter={(value, name, item) => {
              const year = (item.payload as { year: number }).year
              const key = String(item.dataKey)
              const source = sourcesByPoint[`${key}|${year}`]
              return [`${formatUsd(Number(value))} (US$ ${Number(value).toLocaleString('en-US')})${source ? ` — ${source}` : ''}`, name]
            }}
          />
          <Legend />
          {markers.map((m, i) => {
            // Near the right edge the label goes on the left of its line, so it is not cut off.
            const years = rows.map((r) => Number(r.year))
            const nearEnd = m.year > Math.min(...years) + 0.7 * (Math.max(...years) - Math.min(...years))
            return (
              <ReferenceLine key={`${m.label}-${i}`} x={m.year} stroke="var(--alert, #cc3311)" strokeDasharray="4 3" label={{ value: m.label, position: nearEnd ? 'insideTopRight' : 'insideTopLeft', fontSize: 11, fill: 'var(--alert, #cc3311)', dy: (i % 4) * 13 }} />
            )
          })}
          {series.map((s, i) => (
            <Line key={s.key} dataKey={s.key} name={s.label} stroke={COLOURS[i % COLOURS.length]} strokeDasharray={DASHES[Math.floor(i / COLOURS.length) % DASHES.length] || DASHES[i % DASHES.length]} strokeWidth={2} dot={{ r: 2 }} connectNulls={false} isAnimationActive={false} />
          ))}
        </LineChart>
      </WhenVisible>
    </figure>
  )
}

export function GrowthChart({ rows, series, title }: { rows: Record<string, number | null>[]; series: SeriesKey[]; title: string }) {
  const summary = `Bar chart of year-on-year growth in per cent, ${span(rows)}, one bar per series and year: ${listWords(series.map((s) => s.label))}. The table under the chart lists every value.`
  return (
    <figure className="chart">
      <figcaption>
        {title}
        <span className="sr-only">. {summary}</span>
      </figcaption>
      <WhenVisible height={260}>
        <BarChart responsive style={{ width: '100%', height: 260 }} data={rows} margin={{ top: 8, right: 24, bottom: 0, left: 8 }} title={title} desc={summary}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--line, #d9dee5)" />
          <XAxis dataKey="year" tick={{ fontSize: 12 }} />
          <YAxis tickFormatter={(v: number) => `${v}%`} tick={{ fontSize: 12 }} width={56} />
          <Tooltip formatter={(v) => `${Number(v).toFixed(1)} %`} />
          <Legend />
          <ReferenceLine y={0} stroke="var(--muted, #5b6573)" />
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={COLOURS[i % COLOURS.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </WhenVisible>
      <ChartData
        summary="Growth per year as a table"
        caption={`${title} (per cent; – where a year has no figure)`}
        head={['Year', ...series.map((s) => s.label)]}
        rows={rows.map((r) => ({ key: String(r.year), label: r.year, cells: series.map((s) => pct(r[s.key])) }))}
      />
    </figure>
  )
}

export function SharesChart({ rows, series, title }: { rows: Record<string, number | null>[]; series: SeriesKey[]; title: string }) {
  const summary = `Stacked area chart of partners' shares of the reporter's trade with World, in per cent, ${span(rows)}: ${listWords(series.map((s) => s.label))}. The table under the chart lists every share.`
  return (
    <figure className="chart">
      <figcaption>
        {title}
        <span className="sr-only">. {summary}</span>
      </figcaption>
      <WhenVisible height={280}>
        <AreaChart responsive style={{ width: '100%', height: 280 }} data={rows} margin={{ top: 8, right: 24, bottom: 0, left: 8 }} title={title} desc={summary}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--line, #d9dee5)" />
          <XAxis dataKey="year" tick={{ fontSize: 12 }} />
          <YAxis domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} tick={{ fontSize: 12 }} width={48} />
          <Tooltip formatter={(v) => `${Number(v).toFixed(1)} %`} />
          <Legend />
          {series.map((s, i) => (
            <Area key={s.key} type="linear" dataKey={s.key} name={s.label} stackId="1" stroke={COLOURS[i % COLOURS.length]} fill={COLOURS[i % COLOURS.length]} fillOpacity={0.6} connectNulls={false} isAnimationActive={false} />
          ))}
        </AreaChart>
      </WhenVisible>
      <ChartData
        summary="Shares per year as a table"
        caption={`${title} (per cent of trade with World; – where a year has no figure)`}
        head={['Year', ...series.map((s) => s.label)]}
        rows={rows.map((r) => ({ key: String(r.year), label: r.year, cells: series.map((s) => pct(r[s.key])) }))}
      />
    </figure>
  )
}
