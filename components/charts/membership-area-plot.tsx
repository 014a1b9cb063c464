'use client'

import { Area, AreaChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import { useTranslations } from 'next-intl'
import type { MembershipStatus } from '@/lib/domain/vocabulary'
import type { YearCounts } from '@/lib/transforms/timeline'

/** The recharts drawing of MembershipAreaChart: loaded on demand (lazyPlots), never in a page's first load. */
export function MembershipAreaPlot({ data, statuses, title, summary }: { data: YearCounts[]; statuses: MembershipStatus[]; title: string; summary: string }) {
  const ts = useTranslations('statuses')
  return (
    <AreaChart responsive style={{ width: '100%', height: 280 }} data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} title={title} desc={summary}>
      <CartesianGrid strokeDasharray="3 3" stroke="var(--line, #d9dee5)" />
      <XAxis dataKey="year" tick={{ fontSize: 12 }} />
      <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={36} />
      <Tooltip />
      <Legend />
      {statuses.map((s) => (
        <Area
          key={s}
          type="stepAfter"
          dataKey={s}
          name={ts(s)}
          stackId="1"
          stroke={`var(--${s})`}
          fill={`var(--${s})`}
          fillOpacity={0.75}
          isAnimationActive={false}
        />
      ))}
    </AreaChart>
  )
}
