import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import { Table } from '@/components/tables/table'
import { tableHtml } from '@/components/tables/table-html'
import { el, type Child } from '@/lib/html'

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

type HtmlRow = { key: string; label: string | number; cells: (string | null)[] }

/**
 * ChartData as one HTML string inside the same <details> and scrolling region: for a client chart
 * whose table has hundreds of cells (the trade page's growth and shares, a row per year and a
 * column per series), which React would otherwise hydrate cell by cell (components/tables/table-html.ts).
 */
export function ChartDataHtml({ caption, head, rows, summary }: { caption: string; head: Child[]; rows: HtmlRow[]; summary?: string }) {
  const t = useTranslations('charts.frame')
  const html = tableHtml<HtmlRow>({
    caption,
    rows,
    columns: head.map((h, i) => ({
      id: String(i),
      header: h,
      numeric: i > 0,
      cell: (r) => (i === 0 ? r.label : (r.cells[i - 1] ?? el('span', { class: 'muted' }, '–'))),
    })),
  }).html
  return (
    <details className="alt chart-data">
      <summary>{summary ?? t('numbers')}</summary>
      {/* Focusable and named, as Table's region: a keyboard reader can scroll it sideways on a phone. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption} dangerouslySetInnerHTML={{ __html: html }} />
    </details>
  )
}

/** "1991–2026" from a chart's rows, first and last year, for its summary; `empty` ("no years"; messages charts.frame.noYears) when there are none. */
export function yearSpan(rows: readonly { year?: unknown }[], empty = 'no years'): string {
  return rows.length ? `${rows[0].year}–${rows[rows.length - 1].year}` : empty
}
