'use client'

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { STATUS_LABELS, type MembershipStatus } from '@/lib/dataset/vocabulary'

/** The pair's score per year with the years of membership changes marked, and a party's portfolio. */

export function PairChart({ data, changeYears, title }: { data: { year: number; score: number }[]; changeYears: number[]; title: string }) {
  return (
    <figure className="chart">
      <LineChart responsive style={{ width: '100%', height: 260 }} data={data} margin={{ top: 10, right: 16, bottom: 0, left: 0 }} title={title} desc={`${title}; the table below lists the changes`}>
        <CartesianGrid strokeDasharray="3 3" stroke="#d9dee5" />
        <XAxis dataKey="year" tick={{ fontSize: 12 }} />
        <YAxis domain={[0, 1]} tick={{ fontSize: 12 }} width={36} />
        <Tooltip formatter={(v) => (typeof v === 'number' ? v.toFixed(3) : String(v))} />
        {changeYears.map((y) => (
          <ReferenceLine key={y} x={y} stroke="#cc3311" strokeDasharray="4 3" />
        ))}
        <Line type="stepAfter" dataKey="score" name="similarity" stroke="#0b5cad" strokeWidth={2.5} dot={{ r: 2 }} isAnimationActive={false} />
      </LineChart>
    </figure>
  )
}

export function PortfolioChart({ data, statuses, title }: { data: Record<string, number>[]; statuses: MembershipStatus[]; title: string }) {
  return (
    <figure className="chart">
      <BarChart responsive style={{ width: '100%', height: 260 }} data={data} margin={{ top: 10, right: 16, bottom: 0, left: 0 }} title={title} desc={`${title}; the table beside it lists the same counts`}>
        <CartesianGrid strokeDasharray="3 3" stroke="#d9dee5" />
        <XAxis dataKey="year" tick={{ fontSize: 12 }} />
        <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={30} />
        <Tooltip />
        <Legend />
        {statuses.map((s) => (
          <Bar key={s} dataKey={s} name={STATUS_LABELS[s]} stackId="1" fill={`var(--${s})`} isAnimationActive={false} />
        ))}
      </BarChart>
    </figure>
  )
}
