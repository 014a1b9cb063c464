import { constructTable, createColumnHelper, metaHelper, rowSortingFeature, tableFeatures, type Column, type SortingState, type Table } from '@tanstack/table-core'
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings'
import { flexRender } from '@tanstack/react-table/flex-render'
import { formatDay } from '@/lib/dates'
import { el, fragment, type Html } from '@/lib/html'
import { STATUS_LABELS } from '@/lib/dataset/vocabulary'
import { packDetails } from '@/lib/transforms/matrix-details'
import type { MatrixColumn, MatrixRow, MatrixWindow } from '@/lib/transforms/matrix'
import { MatrixGrid } from './matrix-grid'
import { statusChipHtml } from './status-chip'

/**
 * The membership matrix, rendered on the server: TanStack Table (its core, which needs no hooks)
 * builds the columns, header groups and rows; the markup is a plain <table>, its body written as
 * one HTML string (see bodyHtml). Rows arrive filtered and sorted by the server; a column head is a
 * link to the same view sorted by that column, so sorting works without JavaScript. The only client
 * code is MatrixGrid: arrow keys between cells and the cell-details popover, by event delegation.
 */

interface ColumnMeta {
  /** The forum of a forum column (absent on the party column). */
  forum?: MatrixColumn
  /**
   * A body cell's content as HTML. (Not TanStack's `cell` template: rendering that needs each
   * cell's `getContext()`, which costs more than the rest of the table together, 2,000 times.)
   */
  body: (row: MatrixRow) => Html
}

// Stateless bindings: a table is built once per request and read once.
const features = tableFeatures({ coreReactivityFeature: storeReactivityBindings(), rowSortingFeature, columnMeta: metaHelper<ColumnMeta>() })
const helper = createColumnHelper<typeof features, MatrixRow>()

export function MatrixTable({ matrix, sort, dir, params }: { matrix: MatrixWindow; sort: string; dir: 'asc' | 'desc'; params: URLSearchParams }) {
  const { paging, compareTo } = matrix
  const changedLabel = compareTo ? formatDay(compareTo) : ''
  const columns = helper.columns([
    helper.accessor('name', {
      header: 'Party',
      meta: {
        body: (row) => fragment(el('a', { href: `/parties/${encodeURIComponent(row.code)}` }, row.shortName), el('span', { class: 'row-region' }, row.region)),
      },
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
        meta: {
          forum,
          body: (row) => {
            const cell = row.cells[forum.code]
            const was = row.changed[forum.code]
            return fragment(
              cell
                ? statusChipHtml(cell.status)
                : forum.existence !== 'active' && el('span', { class: 'chip chip-absent', 'aria-label': `${forum.shortName} did not exist` }, '–'),
              was !== undefined &&
                el(
                  'span',
                  { class: 'changed-mark', title: `changed since ${changedLabel}: was ${was ?? 'outside'}` },
                  '◆',
                  el('span', { class: 'sr-only' }, ` changed since ${changedLabel}, was ${was ?? 'outside'}`),
                ),
            )
          },
        },
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
          {/* The body is the bulk of the page: written once as HTML, not as elements to hydrate (lib/html.ts). */}
          <tbody dangerouslySetInnerHTML={{ __html: bodyHtml(table) }} />
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

/** The rows as HTML; the roving focus of the arrow keys starts on the first row's heading (MatrixGrid moves it). */
function bodyHtml(table: Table<typeof features, MatrixRow>): string {
  let html = ''
  table.getRowModel().rows.forEach((row, ri) => {
    const cells = row.getAllCells().map((cell) => {
      const { forum, body } = cell.column.columnDef.meta!
      if (!forum) return el('th', { scope: 'row', tabindex: ri === 0 ? 0 : null }, body(row.original))
      return el(
        'td',
        {
          class: `cell${forum.existence !== 'active' ? ' absent' : ''}${forum.code in row.original.changed ? ' changed' : ''}`,
          'data-forum': forum.code,
          'data-party': row.id,
          'data-status': cell.getValue() as string,
        },
        body(row.original),
      )
    })
    html += el('tr', null, ...cells).html
  })
  return html
}

function Summary({ counts }: { counts: Record<string, number> }) {
  const parts = (['member', 'observer', 'partner', 'associate', 'applicant', 'suspended'] as const).filter((s) => counts[s] > 0)
  if (parts.length === 0) return <span className="muted">0</span>
  return (
    <span className="summary">
      {parts.map((s) => (
        <span key={s} title={`${counts[s]} ${STATUS_LABELS[s].toLowerCase()}${counts[s] === 1 ? '' : 's'}`}>
          {counts[s]}&nbsp;{STATUS_LABELS[s].toLowerCase().slice(0, 3)}
        </span>
      ))}
    </span>
  )
}
