'use client'

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { listWords } from '@/components/charts/chart-data'
import { STATUS_LABELS, type MembershipStatus } from '@/lib/dataset/vocabulary'

/** The pair's score per year with the years of membership changes marked, and a party's portfolio. */

export function PairChart({ data, changeYears, title }: { data: { year: number; score: number }[]; changeYears: number[]; title: string }) {
  const span = data.length ? `${data[0].year}–${data[data.length - 1].year}` : 'no years'
  const summary = `Step line of the similarity score (0 to 1) per year, ${span}${data.length ? `, from ${data[0].score.toFixed(2)} to ${data[data.length - 1].score.toFixed(2)}` : ''}${changeYears.length ? `; dashed lines mark the years of membership changes: ${listWords(changeYears.map(String))}` : ''}. The table below lists every year's score.`
  return (
    <figure className="chart">
      <figcaption>
        {title}
        <span className="sr-only">. {summary}</span>
      </figcaption>
      <LineChart responsive style={{ width: '100%', height: 260 }} data={data} margin={{ top: 10, right: 16, bottom: 0, left: 0 }} title={title} desc={summary}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--line, #d9dee5)" />
        <XAxis dataKey="year" tick={{ fontSize: 12 }} />
        <YAxis domain={[0, 1]} tick={{ fontSize: 12 }} width={36} />
        <Tooltip formatter={(v) => (typeof v === 'number' ? v.toFixed(3) : String(v))} />
        {changeYears.map((y) => (
          <ReferenceLine key={y} x={y} stroke="var(--alert, #cc3311)" strokeDasharray="4 3" />
        ))}
        <Line type="stepAfter" dataKey="score" name="similarity" stroke="var(--accent, #0b5cad)" strokeWidth={2.5} dot={{ r: 2 }} isAnimationActive={false} />
      </LineChart>
    </figure>
  )
}

export function PortfolioChart({ data, statuses, title }: { data: Record<string, number>[]; statuses: MembershipStatus[]; title: string }) {
  const span = data.length ? `${data[0].year}–${data[data.length - 1].year}` : 'no years'
  const summary = `Stacked bars per year, ${span}: the number of forums in which the party was ${listWords(statuses.map((s) => STATUS_LABELS[s].toLowerCase()))}. The table below lists the same counts.`
  return (
    <figure className="chart">
      <figcaption>
        {title}
        <span className="sr-only">. {summary}</span>
      </figcaption>
      <BarChart responsive style={{ width: '100%', height: 260 }} data={data} margin={{ top: 10, right: 16, bottom: 0, left: 0 }} title={title} desc={summary}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--line, #d9dee5)" />
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
