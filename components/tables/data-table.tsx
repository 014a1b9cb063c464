'use client'

import { createColumnHelper, rowSortingFeature, tableFeatures, useTable, type RowData, type SortingState } from '@tanstack/react-table'
import { useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { GRID_KEYS, gridKeyTarget } from './grid-keys'

/**
 * The app's one table: TanStack Table for column and sorting state, rendered as a plain <table>
 * with a sticky header row and first column, and arrow-key navigation between cells (a roving
 * focus, as in a grid). Sorting is "manual": the rows arrive sorted (by the server, from the URL),
 * and clicking a sortable header asks the owner to change the sort.
 */

export interface DataColumn<Row extends RowData> {
  id: string
  header: ReactNode
  /** Accessible name of the header when `header` is not plain text. */
  headerLabel?: string
  cell: (row: Row) => ReactNode
  cellProps?: (row: Row) => React.TdHTMLAttributes<HTMLTableCellElement> & Record<`data-${string}`, string | undefined>
  footer?: ReactNode
  sortable?: boolean
  headerClassName?: string
}

const features = tableFeatures({ rowSortingFeature })

export function DataTable<Row extends RowData>({
  caption,
  columns,
  rows,
  rowKey,
  sorting,
  onSortingChange,
  className,
}: {
  caption: ReactNode
  columns: DataColumn<Row>[]
  rows: Row[]
  rowKey: (row: Row) => string
  sorting: SortingState
  onSortingChange?: (sorting: SortingState) => void
  className?: string
}) {
  const tableColumns = useMemo(() => {
    const helper = createColumnHelper<typeof features, Row>()
    return helper.columns(
      columns.map((c) =>
        // An accessor (not a display column) so that TanStack offers sorting; the rows arrive sorted.
        helper.accessor(() => c.id, { id: c.id, enableSorting: Boolean(c.sortable), header: () => c.header, cell: (ctx) => c.cell(ctx.row.original) }),
      ),
    )
  }, [columns])
  const table = useTable({
    features,
    columns: tableColumns,
    data: rows as Row[],
    getRowId: (row) => rowKey(row),
    manualSorting: true,
    state: { sorting },
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater
      onSortingChange?.(next)
    },
  })
  const bodyRef = useRef<HTMLTableSectionElement>(null)
  const byId = new Map(columns.map((c) => [c.id, c]))

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    const cell = (event.target as HTMLElement).closest('td,th') as HTMLTableCellElement | null
    const body = bodyRef.current
    if (!cell || !body) return
    if (!GRID_KEYS.has(event.key)) return
    event.preventDefault()
    const target = gridKeyTarget(cell, body, event.key, event.ctrlKey)
    if (!target) return
    cell.tabIndex = -1
    target.tabIndex = 0
    target.focus()
  }

  return (
    <div className={`table-scroll sticky-table ${className ?? ''}`}>
      <table className="data">
        <caption>{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const def = byId.get(header.column.id)!
                const sorted = header.column.getIsSorted()
                const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
                return (
                  <th key={header.id} scope="col" aria-sort={ariaSort} className={def.headerClassName}>
                    {header.column.getCanSort() ? (
                      <button type="button" className="sort" onClick={header.column.getToggleSortingHandler()}>
                        {/* The name starts with the visible heading (WCAG 2.5.3), then the full name and what a press does. */}
                        <table.FlexRender header={header} />
                        <span aria-hidden="true" className="sort-mark">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                        <span className="sr-only">{`${def.headerLabel ? ` (${def.headerLabel})` : ''}, sort ${sorted === 'asc' ? 'descending' : 'ascending'}`}</span>
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                )
              })}
            </tr>
          ))}
        </thead>
        <tbody ref={bodyRef} onKeyDown={onKeyDown}>
          {table.getRowModel().rows.map((row, ri) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell, ci) => {
                const def = byId.get(cell.column.id)!
                const props = def.cellProps?.(row.original) ?? {}
                const Tag = ci === 0 ? 'th' : 'td'
                return (
                  <Tag key={cell.id} {...props} {...(ci === 0 ? { scope: 'row' } : {})} tabIndex={ri === 0 && ci === 0 ? 0 : -1}>
                    <table.FlexRender cell={cell} />
                  </Tag>
                )
              })}
            </tr>
          ))}
        </tbody>
        {columns.some((c) => c.footer !== undefined) ? (
          <tfoot>
            <tr>
              {columns.map((c, i) =>
                i === 0 ? (
                  <th key={c.id} scope="row">
                    {c.footer}
                  </th>
                ) : (
                  <td key={c.id}>{c.footer}</td>
                ),
              )}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  )
}
