'use client'

import { Area, AreaChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import { listWords } from './chart-data'
import { STATUS_LABELS, type MembershipStatus } from '@/lib/dataset/vocabulary'
import type { YearCounts } from '@/lib/transforms/timeline'

/** Members, observers, partners, … per year as stacked areas. recharts draws only in the browser,
 *  so the page always puts the same numbers in a table beside it. */
export function MembershipAreaChart({ data, statuses, title }: { data: YearCounts[]; statuses: MembershipStatus[]; title: string }) {
  const span = data.length ? `${data[0].year}–${data[data.length - 1].year}` : 'no years'
  const summary = `Stacked areas per year, ${span}, counted on 31 December of each year: ${listWords(statuses.map((s) => `${STATUS_LABELS[s].toLowerCase()}s`))}. The table "The numbers behind the chart" lists the same counts.`
  return (
    <figure className="chart">
      <figcaption>
        {title}
        <span className="sr-only">. {summary}</span>
      </figcaption>
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
            name={STATUS_LABELS[s]}
            stackId="1"
            stroke={`var(--${s})`}
            fill={`var(--${s})`}
            fillOpacity={0.75}
            isAnimationActive={false}
          />
        ))}
      </AreaChart>
    </figure>
  )
}
