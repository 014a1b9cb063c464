import type { HTMLAttributes, ReactNode, TdHTMLAttributes } from 'react'

/**
 * The app's data table as server-rendered HTML: a caption, one header row, a row header (the first
 * column, `<th scope="row">`), numeric columns aligned right, inside a region that scrolls
 * sideways on a phone instead of widening the page. Every read-only table of the app is this one
 * component; the interactive one (sortable headers, arrow keys) is `DataTable`, which wraps
 * TanStack Table and takes the same columns.
 */

export interface TableColumn<Row> {
  id: string
  header: ReactNode
  cell: (row: Row) => ReactNode
  /** Right-aligned figures. */
  numeric?: boolean
  /** Keeps the cell on one line (dates). */
  nowrap?: boolean
  className?: string
  headerClassName?: string
  cellProps?: (row: Row) => TdHTMLAttributes<HTMLTableCellElement> & Record<`data-${string}`, string | undefined>
}

/** A column's cell and header classes: figures right-aligned, dates on one line, the column's own. */
export const cellClass = (c: Pick<TableColumn<unknown>, 'numeric' | 'nowrap' | 'className'>) =>
  [c.numeric ? 'num' : '', c.nowrap ? 'nowrap' : '', c.className ?? ''].filter(Boolean).join(' ') || undefined
export const headerClass = (c: Pick<TableColumn<unknown>, 'numeric' | 'headerClassName'>) =>
  [c.numeric ? 'num' : '', c.headerClassName ?? ''].filter(Boolean).join(' ') || undefined

export function Table<Row>({
  caption,
  columns,
  rows,
  rowKey,
  className,
  label,
  rowProps,
  id,
  captionClassName,
  empty,
  rowHeader,
  rowNote,
}: {
  caption: ReactNode
  columns: TableColumn<Row>[]
  rows: readonly Row[]
  rowKey: (row: Row) => string
  className?: string
  /** Names the scrolling region for screen readers (default: the caption, when it is text). */
  label?: string
  rowProps?: (row: Row) => HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string | undefined>
  /** The table's own id (a fragment link to it, a test's handle). */
  id?: string
  captionClassName?: string
  /** Said in the body, across every column, when there is no row. */
  empty?: ReactNode
  /** The id of the column that names the row (`<th scope="row">`); the first column unless said. */
  rowHeader?: string
  /** When it returns something, the row shows it across every column after the row header (a row without figures says why). */
  rowNote?: (row: Row) => ReactNode
}) {
  const headerId = rowHeader ?? columns[0]?.id
  const name = label ?? (typeof caption === 'string' ? caption : undefined)
  const classes = cellClass
  const header = columns.find((c) => c.id === headerId)
  return (
    // Focusable, so that a keyboard reader can scroll a table wider than a phone (axe: scrollable-region-focusable).
    <div className="table-scroll" tabIndex={0} {...(name ? { role: 'region', 'aria-label': name } : {})}>
      <table className={['data', className].filter(Boolean).join(' ')} id={id}>
        <caption className={captionClassName}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.id} scope="col" className={headerClass(c)}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && empty ? (
            <tr>
              <td colSpan={columns.length} className="muted">
                {empty}
              </td>
            </tr>
          ) : null}
          {rows.map((row) => {
            const note = rowNote?.(row)
            return (
              <tr key={rowKey(row)} {...rowProps?.(row)}>
                {note && header ? (
                  <>
                    <th scope="row" className={classes(header)}>
                      {header.cell(row)}
                    </th>
                    <td colSpan={columns.length - 1} className="muted">
                      {note}
                    </td>
                  </>
                ) : (
                  columns.map((c) =>
                    c.id === headerId ? (
                      <th key={c.id} scope="row" className={classes(c)}>
                        {c.cell(row)}
                      </th>
                    ) : (
                      <td key={c.id} className={classes(c)} {...c.cellProps?.(row)}>
                        {c.cell(row)}
                      </td>
                    ),
                  )
                )}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
