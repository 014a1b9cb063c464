import {
  constructTable,
  createColumnHelper,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
  type Column,
  type SortingState,
  type Table,
} from '@tanstack/table-core'
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings'
import { flexRender } from '@tanstack/react-table/flex-render'
import { formatDay } from '@/lib/dates'
import { STATUS_LABELS, STATUS_PLURALS, type MembershipStatus } from '@/lib/domain/vocabulary'
import { STATUS_SHORT } from '@/components/ui/status-chip'
import { packDetails } from '@/lib/transforms/matrix-details'
import type { MatrixColumn, MatrixRow, MatrixWindow } from '@/lib/transforms/matrix'
import { MatrixGrid } from './matrix-grid'
import { MatrixBody } from './matrix-body'
import { packStatuses, type MatrixBodyData } from './matrix-body-html'

/**
 * The membership matrix, rendered on the server: TanStack Table (its core, which needs no hooks)
 * builds the columns, header groups, rows and footers; the markup is a plain <table>. Rows arrive
 * filtered and sorted by the server; a column head is a link to the same view sorted by that
 * column, so sorting works without JavaScript. The body rows go to MatrixBody as compact data and
 * are written as one HTML string: as elements, React would write each of the 2,000 cells twice
 * (HTML, and again in the RSC payload, ~2.5× larger) and hydrate every one. MatrixGrid adds the
 * interaction: arrow keys between cells and the cell-details popover, by event delegation.
 */

interface ColumnMeta {
  /** The forum of a forum column (absent on the party column). */
  forum?: MatrixColumn
}

// Stateless bindings: a table is built once per request and read once.
const features = tableFeatures({ coreReactivityFeature: storeReactivityBindings(), rowSortingFeature, columnMeta: metaHelper<ColumnMeta>() })
const helper = createColumnHelper<typeof features, MatrixRow>()

export function MatrixTable({
  matrix,
  sort,
  dir,
  params,
  applied = {},
}: {
  matrix: MatrixWindow
  sort: string
  dir: 'asc' | 'desc'
  params: URLSearchParams
  /** Per party and forum: an application for a status the party does not hold on the day (the cell's mark says what and when). */
  applied?: Record<string, Record<string, string>>
}) {
  const { paging, compareTo } = matrix
  const columns = helper.columns([
    helper.accessor('name', {
      header: 'Party',
      footer: `${paging.rowsTotal} ${paging.rowsTotal === 1 ? 'party' : 'parties'}`,
    }),
    ...matrix.columns.map((forum) =>
      helper.accessor((row) => row.cells[forum.code]?.status ?? '', {
        id: forum.code,
        header: () => (
          <span className="forum-head" title={forum.name}>
            {forum.code}
            {forum.existence !== 'active' ? <span className="existence">{forum.existence === 'dissolved' ? 'dissolved' : 'not yet'}</span> : null}
          </span>
        ),
        meta: { forum },
        footer: () => <Summary counts={matrix.summary[forum.code]} />,
      }),
    ),
  ])
  const sorting: SortingState = [{ id: sort === 'region' || sort === 'code' ? 'name' : sort, desc: dir === 'desc' }]
  const table = constructTable({
    features,
    columns,
    data: matrix.rows,
    getRowId: (row) => row.code,
    state: { sorting },
    // The rows arrive sorted; a head only links to the next order: asc ⇄ desc, never "unsorted".
    manualSorting: true,
    sortDescFirst: false,
    enableSortingRemoval: false,
  })

  const sortHref = (column: Column<typeof features, MatrixRow>) => {
    const next = new URLSearchParams(params)
    next.set('sort', column.id)
    if (column.getNextSortingOrder() === 'desc') next.set('dir', 'desc')
    else next.delete('dir')
    return `/matrix?${next}`
  }

  return (
    <MatrixGrid details={packDetails(matrix)}>
      <div className="table-scroll sticky-table">
        <table className="data">
          <caption>
            {paging.pages > 1 || paging.colPages > 1 ? (
              <>
                parties {paging.firstRow + 1}–{paging.firstRow + matrix.rows.length} of {paging.rowsTotal} × forums {paging.firstColumn + 1}–
                {paging.firstColumn + matrix.columns.length} of {paging.columnsTotal} on {formatDay(matrix.asOf)}
              </>
            ) : (
              <>
                {matrix.rows.length} parties × {matrix.columns.length} forums on {formatDay(matrix.asOf)}
              </>
            )}
          </caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const { column } = header
                  const forum = column.columnDef.meta?.forum
                  const sorted = column.getIsSorted()
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                      className={forum ? (forum.existence !== 'active' ? 'absent' : undefined) : 'party-col'}
                    >
                      <a className="sort" href={sortHref(column)}>
                        {/* The name starts with the visible heading (WCAG 2.5.3), then the full name and what following it does. */}
                        {flexRender(column.columnDef.header, header.getContext())}
                        <span aria-hidden="true" className="sort-mark">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                        <span className="sr-only">{`${forum ? ` (${forum.name})` : ''}, sort ${sorted === 'asc' ? 'descending' : 'ascending'}`}</span>
                      </a>
                    </th>
                  )
                })}
              </tr>
            ))}
          </thead>
          <MatrixBody body={bodyData(table, compareTo ? formatDay(compareTo) : '', applied)} />
          <tfoot>
            {table.getFooterGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header, i) =>
                  i === 0 ? (
                    <th key={header.id} scope="row">
                      {flexRender(header.column.columnDef.footer, header.getContext())}
                    </th>
                  ) : (
                    <td key={header.id}>{flexRender(header.column.columnDef.footer, header.getContext())}</td>
                  ),
                )}
              </tr>
            ))}
          </tfoot>
        </table>
      </div>
    </MatrixGrid>
  )
}

/**
 * The body rows, compactly, for MatrixBody to write as HTML. Each value comes from its column's
 * accessor, but not through TanStack's cells: `row.getAllCells()` builds a cell object (and its
 * memoised getters) for each of the 2,000 cells, and their getContext() for templates costs more
 * than everything else in the table together.
 */
function bodyData(table: Table<typeof features, MatrixRow>, comparedWith: string, applied: Record<string, Record<string, string>>): MatrixBodyData {
  const forumColumns = table.getAllLeafColumns().filter((column) => column.columnDef.meta?.forum)
  const forums = forumColumns.map((column) => {
    const forum = column.columnDef.meta!.forum!
    return { code: forum.code, shortName: forum.shortName, existed: forum.existence === 'active' }
  })
  return {
    forums,
    comparedWith,
    rows: table.getRowModel().rows.map((row) => ({
      code: row.id,
      shortName: row.original.shortName,
      region: row.original.region,
      statuses: packStatuses(forumColumns.map((column) => column.accessorFn!(row.original, row.index) as MembershipStatus | '')),
      changed: row.original.changed,
      ...(applied[row.id] ? { applied: applied[row.id] } : {}),
    })),
  }
}

function Summary({ counts }: { counts: Record<string, number> }) {
  const parts = (['member', 'observer', 'partner', 'associate', 'applicant', 'suspended'] as const).filter((s) => counts[s] > 0)
  if (parts.length === 0) return <span className="muted">0</span>
  return (
    <span className="summary">
      {parts.map((s) => {
        // The legend's short labels (the column is narrow), the words in full for a screen reader and on hover.
        const words = (counts[s] === 1 ? STATUS_LABELS[s] : STATUS_PLURALS[s]).toLowerCase()
        return (
          <span key={s} title={`${counts[s]} ${words}`}>
            {counts[s]}&nbsp;<span aria-hidden="true">{STATUS_SHORT[s]}</span>
            <span className="sr-only">{words}</span>
          </span>
        )
      })}
    </span>
  )
}
