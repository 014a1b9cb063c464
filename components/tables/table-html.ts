import { el, type AttributeValue, type Child, type Html } from '@/lib/html'
import { cellClass, headerClass, type TableColumn } from './table'

/**
 * `Table`'s markup as one HTML string, for a large read-only table: the trade page's coverage strip
 * (a server component: the RSC payload carries one string instead of an element per cell) and
 * the trade charts' tables of growth and shares (ChartDataHtml, built in a client component:
 * hydrating the table is one element, not one per cell). The markup is Table's, attribute for
 * attribute (table-html.test.tsx renders both); the scrolling region around it stays a React
 * element (docs/performance.md).
 */
export interface HtmlColumn<Row> extends Pick<TableColumn<Row>, 'id' | 'numeric' | 'nowrap' | 'className' | 'headerClassName'> {
  header: Child
  /** The cell's content as markup (lib/html.ts: a string is text and gets escaped). */
  cell: (row: Row) => Child
  /** A body cell's attributes, as Table's `cellProps`: a `class` here replaces the column's. */
  cellAttributes?: (row: Row) => Record<string, AttributeValue>
}

/** The `<table class="data …">` of `Table` with a caption, one header row and the first column as the row header. */
export function tableHtml<Row>({
  caption,
  columns,
  rows,
  className,
}: {
  caption: string
  columns: HtmlColumn<Row>[]
  rows: readonly Row[]
  className?: string
}): Html {
  const [header, ...rest] = columns
  return el(
    'table',
    { class: ['data', className].filter(Boolean).join(' ') },
    el('caption', null, caption),
    el('thead', null, el('tr', null, ...columns.map((c) => el('th', { scope: 'col', class: headerClass(c) }, c.header)))),
    el(
      'tbody',
      null,
      ...rows.map((row) =>
        el(
          'tr',
          null,
          el('th', { scope: 'row', class: cellClass(header) }, header.cell(row)),
          ...rest.map((c) => el('td', { class: cellClass(c), ...c.cellAttributes?.(row) }, c.cell(row))),
        ),
      ),
    ),
  )
}
