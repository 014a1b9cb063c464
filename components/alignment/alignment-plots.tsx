'use client'

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { formatDecimal } from '@/lib/i18n/numbers'
import { useLocale, useTranslations } from 'next-intl'
import type { MembershipStatus } from '@/lib/domain/vocabulary'

/** The recharts drawings of the alignment charts: loaded on demand (alignment-charts.tsx, lazyPlots), never in a page's first load. */

export function PairPlot({
  data,
  changeYears,
  title,
  summary,
}: {
  data: { year: number; score: number }[]
  changeYears: number[]
  title: string
  summary: string
}) {
  const t = useTranslations('charts')
  const locale = useLocale()
  return (
    <LineChart responsive style={{ width: '100%', height: 260 }} data={data} margin={{ top: 10, right: 16, bottom: 0, left: 0 }} title={title} desc={summary}>
      <CartesianGrid strokeDasharray="3 3" stroke="var(--line, #d9dee5)" />
      <XAxis dataKey="year" tick={{ fontSize: 12 }} />
      <YAxis
        domain={[0, 1]}
        tick={{ fontSize: 12 }}
        width={36}
        tickFormatter={locale === 'en' ? undefined : (v: number) => formatDecimal(v, 3, locale, { trim: true })}
      />
      <Tooltip formatter={(v) => (typeof v === 'number' ? formatDecimal(v, 3, locale) : String(v))} />
      {changeYears.map((y) => (
        <ReferenceLine key={y} x={y} stroke="var(--alert, #cc3311)" strokeDasharray="4 3" />
      ))}
      <Line
        type="stepAfter"
        dataKey="score"
        name={t('similarity')}
        stroke="var(--accent, #0b5cad)"
        strokeWidth={2.5}
        dot={{ r: 2 }}
        isAnimationActive={false}
      />
    </LineChart>
  )
}

export function PortfolioPlot({
  data,
  statuses,
  title,
  summary,
}: {
  data: Record<string, number>[]
  statuses: MembershipStatus[]
  title: string
  summary: string
}) {
  const ts = useTranslations('statuses')
  return (
    <BarChart responsive style={{ width: '100%', height: 260 }} data={data} margin={{ top: 10, right: 16, bottom: 0, left: 0 }} title={title} desc={summary}>
      <CartesianGrid strokeDasharray="3 3" stroke="var(--line, #d9dee5)" />
      <XAxis dataKey="year" tick={{ fontSize: 12 }} />
      <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={30} />
      <Tooltip />
      <Legend />
      {statuses.map((s) => (
        <Bar key={s} dataKey={s} name={ts(s)} stackId="1" fill={`var(--${s})`} isAnimationActive={false} />
      ))}
    </BarChart>
  )
}
