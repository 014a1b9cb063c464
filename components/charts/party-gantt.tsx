import { useLocale, useTranslations } from 'next-intl'
import { formatDay } from '@/lib/dates'
import type { Locale } from '@/lib/i18n/locales'
import type { MembershipInterval } from '@/lib/domain/types'

/**
 * A party's intervals per forum on a time axis, coloured by status and labelled with the status and
 * the dates, drawn as SVG on the server (no JavaScript needed). The dated history table below it on
 * the page is its text alternative.
 */

const ROW = 30
/** The wide drawing, and the one a phone shows instead (drawn at about its own size, so its text stays legible). */
const LAYOUTS = [
  { className: 'gantt-wide', width: 1100, label: 150, minStep: 5 },
  { className: 'gantt-narrow', width: 380, label: 72, minStep: 10 },
] as const

function yearFraction(day: string): number {
  const [y, m, d] = day.split('-').map(Number)
  return y + ((m - 1) * 30.4 + (d - 1)) / 365.25
}

export function PartyGantt({
  intervals,
  today,
  partyName,
}: {
  intervals: (MembershipInterval & { forumNameLang?: string })[]
  today: string
  partyName: string
}) {
  if (intervals.length === 0) return null
  return (
    <figure className="gantt">
      {LAYOUTS.map((layout) => (
        <GanttDrawing key={layout.className} layout={layout} intervals={intervals} today={today} partyName={partyName} />
      ))}
    </figure>
  )
}

function GanttDrawing({
  layout,
  intervals,
  today,
  partyName,
}: {
  layout: (typeof LAYOUTS)[number]
  intervals: (MembershipInterval & { forumNameLang?: string })[]
  today: string
  partyName: string
}) {
  const t = useTranslations('charts')
  const ts = useTranslations('statuses')
  const locale = useLocale() as Locale
  const { width: WIDTH, label: LABEL } = layout
  const forums = [...new Map(intervals.map((i) => [i.forumCode, i.forumName])).entries()]
  const start = Math.min(1991, Math.floor(Math.min(...intervals.map((i) => yearFraction(i.validFrom)))))
  const end = yearFraction(today) + 0.5
  const x = (t: number) => LABEL + ((t - start) / (end - start)) * (WIDTH - LABEL - 10)
  const height = forums.length * ROW + 30
  const ticks: number[] = []
  const step = end - start > 40 ? 10 : layout.minStep
  for (let y = Math.ceil(start / step) * step; y <= end; y += step) ticks.push(y)
  return (
    <svg
      className={layout.className}
      viewBox={`0 0 ${WIDTH} ${height}`}
      style={{ maxWidth: WIDTH }}
      role="img"
      aria-label={t('ganttLabel', { party: partyName, count: forums.length, codes: forums.map(([c]) => c).join(', '), start: String(start) })}
    >
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={0} y2={height - 22} stroke="var(--line, #d9dee5)" />
          <text x={x(t)} y={height - 6} fontSize={12} textAnchor="middle" fill="var(--muted, #5b6573)">
            {t}
          </text>
        </g>
      ))}
      {forums.map(([code, name], row) => {
        const y = row * ROW + 4
        // A name with no translation in the page's language is marked as English; the bars then say the code.
        const nameLang = intervals.find((i) => i.forumCode === code)?.forumNameLang
        const foreign = nameLang !== undefined && nameLang !== locale
        const barName = foreign ? code : name
        return (
          <g key={code}>
            <text x={0} y={y + 17} fontSize={12} fill="var(--ink, #1c2430)">
              <title lang={foreign ? nameLang : undefined}>{name}</title>
              {code}
            </text>
            {intervals
              .filter((i) => i.forumCode === code)
              .map((i) => {
                const x1 = x(yearFraction(i.validFrom))
                const x2 = x(i.validTo ? yearFraction(i.validTo) + 1 / 365 : yearFraction(today))
                const w = Math.max(2, x2 - x1)
                const label = `${ts(i.status)} ${formatDay(i.validFrom, i.validFromPrecision, locale)}${i.validTo ? `–${formatDay(i.validTo, i.validToPrecision ?? 'day', locale)}` : '–'}`
                return (
                  <g key={i.id}>
                    <title>{`${barName}: ${label}`}</title>
                    <rect x={x1} y={y} width={w} height={ROW - 8} rx={3} className={`bar status-${i.status}`} />
                    {w > label.length * 6.6 + 8 ? (
                      <text x={x1 + 4} y={y + 15} fontSize={12} className={`bar-label status-${i.status}`}>
                        {label}
                      </text>
                    ) : w > 36 ? (
                      <text x={x1 + 3} y={y + 15} fontSize={12} className={`bar-label status-${i.status}`}>
                        {i.validFrom.slice(0, 4)}
                      </text>
                    ) : null}
                  </g>
                )
              })}
          </g>
        )
      })}
    </svg>
  )
}
