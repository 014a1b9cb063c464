import {
  constructTable,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  type RowData,
  type SortingState,
} from '@tanstack/table-core'
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings'
import { el, fragment } from '@/lib/html'
import { SortableTable, type SortableHeader } from './sortable-table'
import { cellClass, headerClass } from './table'
import type { HtmlColumn } from './table-html'

/**
 * The app's interactive table: the same columns as `<Table>`, plus sorting by a column's header,
 * a sticky header row and first column, and arrow-key navigation between cells (a roving focus,
 * as in a grid). A server component: TanStack Table's core builds the rows here and works out, for
 * every sortable column and direction, the order the rows take; the browser gets the rows as
 * plain server markup and a small island (SortableTable) that holds the sorting state and puts
 * the rows in the order computed here. Each row's cells are one HTML string (lib/html.ts): the
 * RSC payload carries a string per row, not an element per cell, and hydration creates a fiber
 * per row, not per cell; a sort moves whole rows. No row model hydrates. A read-only table is
 * `<Table>`.
 */

export interface DataColumn<Row extends RowData> extends HtmlColumn<Row> {
  header: string
  /** The value a header press sorts by (numbers in order, text alphabetically); absent: not sortable. */
  sortValue?: (row: Row) => string | number
}

const features = tableFeatures({
  coreReactivityFeature: storeReactivityBindings(),
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
  const helper = createColumnHelper<typeof features, Row>()
  const table = constructTable({
    features,
    columns: helper.columns(
      columns.map((c) =>
        helper.accessor((row) => c.sortValue?.(row) ?? '', {
          id: c.id,
          enableSorting: Boolean(c.sortValue),
          sortFn: rows.length && typeof c.sortValue?.(rows[0]) === 'number' ? 'basic' : 'alphanumeric',
          sortDescFirst: false,
        }),
      ),
    ),
    data: rows,
    getRowId: (row) => rowKey(row),
    initialState: { sorting: initialSorting },
    enableSortingRemoval: false,
  })
  // The order of the rows (indexes into `rows`) for the initial sorting and for each sortable
  // column in each direction, as TanStack's sorted row model gives it.
  const order = () => table.getRowModel().rows.map((r) => r.index)
  const orders: Record<string, number[]> = { '': order() }
  const headers: SortableHeader[] = table.getHeaderGroups()[0].headers.map((header) => {
    const def = columns.find((c) => c.id === header.column.id)!
    const sortable = header.column.getCanSort()
    const className = headerClass(def)
    return { id: def.id, header: def.header, sortable, ...(className ? { className } : {}) }
  })
  for (const h of headers.filter((h) => h.sortable))
    for (const desc of [false, true]) {
      table.setSorting([{ id: h.id, desc }])
      orders[`${h.id}:${desc ? 'desc' : 'asc'}`] = order()
    }

  return (
    <SortableTable
      caption={caption}
      className={className}
      headers={headers}
      orders={orders}
      initialSorting={initialSorting[0] ? { id: initialSorting[0].id, desc: initialSorting[0].desc } : null}
      rows={rows.map((row, ri) => {
        const cells = columns.map((def, ci) =>
          el(
            ci === 0 ? 'th' : 'td',
            { class: cellClass(def), ...def.cellAttributes?.(row), scope: ci === 0 ? 'row' : undefined, tabindex: ri === orders[''][0] && ci === 0 ? 0 : -1 },
            def.cell(row),
          ),
        )
        return <tr key={rowKey(row)} dangerouslySetInnerHTML={{ __html: fragment(...cells).html }} />
      })}
    />
  )
}
