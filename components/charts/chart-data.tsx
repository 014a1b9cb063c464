import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import { Table } from '@/components/tables/table'

type Row = { key: string; label: ReactNode; cells: (ReactNode | null)[] }

/**
 * A chart's numbers as a table in a <details> element: the text alternative of a chart whose values
 * are not already in a table on the page (screen readers, no-JS readers — recharts draws nothing
 * without JavaScript — and print, where it is opened). Plain markup, usable from server and client
 * components.
 */
export function ChartData({
  caption,
  head,
  rows,
  summary,
}: {
  caption: ReactNode
  /** Column headings; the first column heads the row labels. */
  head: ReactNode[]
  /** One row per line: a label, then one cell per remaining column (null = no figure). */
  rows: Row[]
  /** What the <details> says it holds (default: "The numbers behind the chart", messages charts.frame). */
  summary?: string
}) {
  const t = useTranslations('charts.frame')
  return (
    <details className="alt chart-data">
      <summary>{summary ?? t('numbers')}</summary>
      <Table
        caption={caption}
        columns={head.map((h, i) => ({
          id: String(i),
          header: h,
          numeric: i > 0,
          cell: (r: Row) => (i === 0 ? r.label : (r.cells[i - 1] ?? <span className="muted">–</span>)),
        }))}
        rows={rows}
        rowKey={(r) => r.key}
      />
    </details>
  )
}

/** "1991–2026" from a chart's rows, first and last year, for its summary; `empty` ("no years"; messages charts.frame.noYears) when there are none. */
export function yearSpan(rows: readonly { year?: unknown }[], empty = 'no years'): string {
  return rows.length ? `${rows[0].year}–${rows[rows.length - 1].year}` : empty
}
