'use client'

import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
  type RowData,
  type SortingState,
} from '@tanstack/react-table'
import { useTranslations } from 'next-intl'
import { useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { GRID_KEYS, gridKeyTarget } from './grid-keys'
import { cellClass, headerClass, type TableColumn } from './table'

/**
 * The app's interactive table, for a client component's rows: the same columns as `<Table>`, plus
 * sorting by a column's header (TanStack Table keeps the sorting state and sorts the rows), a
 * sticky header row and first column, and arrow-key navigation between cells (a roving focus, as
 * in a grid). A read-only table that a server component fills is `<Table>`.
 */

export interface DataColumn<Row extends RowData> extends TableColumn<Row> {
  /** The value a header press sorts by (numbers in order, text alphabetically); absent: not sortable. */
  sortValue?: (row: Row) => string | number
  /** Accessible name of the header when `header` is not plain text. */
  headerLabel?: string
}

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
})

export function DataTable<Row extends RowData>({
  caption,
  columns,
  rows,
  rowKey,
  initialSorting = [],
  className,
}: {
  caption: string
  columns: DataColumn<Row>[]
  rows: Row[]
  rowKey: (row: Row) => string
  initialSorting?: SortingState
  className?: string
}) {
  const t = useTranslations('tables.client')
  const [sorting, setSorting] = useState<SortingState>(initialSorting)
  const tableColumns = useMemo(() => {
    const helper = createColumnHelper<typeof features, Row>()
    return helper.columns(
      columns.map((c) =>
        helper.accessor((row) => c.sortValue?.(row) ?? '', {
          id: c.id,
          enableSorting: Boolean(c.sortValue),
          sortFn: rows.length && typeof c.sortValue?.(rows[0]) === 'number' ? 'basic' : 'alphanumeric',
          sortDescFirst: false,
          header: () => c.header,
          cell: (ctx) => c.cell(ctx.row.original),
        }),
      ),
    )
  }, [columns, rows])
  const table = useTable({
    features,
    columns: tableColumns,
    data: rows,
    getRowId: (row) => rowKey(row),
    state: { sorting },
    onSortingChange: setSorting,
    enableSortingRemoval: false,
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
    <div className={`table-scroll sticky-table ${className ?? ''}`} role="region" aria-label={caption}>
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
                  <th key={header.id} scope="col" aria-sort={ariaSort} className={headerClass(def)}>
                    {header.column.getCanSort() ? (
                      <button type="button" className="sort" onClick={header.column.getToggleSortingHandler()}>
                        {/* The name starts with the visible heading (WCAG 2.5.3), then the full name and what a press does. */}
                        <table.FlexRender header={header} />
                        <span aria-hidden="true" className="sort-mark">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                        <span className="sr-only">{`${def.headerLabel ? ` (${def.headerLabel})` : ''}${sorted === 'asc' ? t('sortDescending') : t('sortAscending')}`}</span>
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
                const Tag = ci === 0 ? 'th' : 'td'
                return (
                  <Tag
                    key={cell.id}
                    className={cellClass(def)}
                    {...def.cellProps?.(row.original)}
                    {...(ci === 0 ? { scope: 'row' } : {})}
                    tabIndex={ri === 0 && ci === 0 ? 0 : -1}
                  >
                    <table.FlexRender cell={cell} />
                  </Tag>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
