import { formatDay } from '@/lib/dates'
import type { ReactNode } from 'react'
import { STATUS_LABELS, STATUS_PLURALS } from '@/lib/domain/vocabulary'
import { STATUS_SHORT } from '@/components/ui/status-chip'
import { packDetails } from '@/lib/transforms/matrix-details'
import type { MatrixColumn, MatrixWindow } from '@/lib/transforms/matrix'
import { MatrixGrid } from './matrix-grid'
import { MatrixBody } from './matrix-body'
import { packStatuses, type MatrixBodyData } from './matrix-body-html'

/**
 * The membership matrix, rendered on the server as a plain <table>: a party column, then one
 * column per forum of the window. Rows arrive filtered and sorted by the server; a column head is a
 * link to the same view sorted by that column (ascending first, then ⇄ descending), so sorting
 * works without JavaScript. It is not the app's <Table>: its body is written as one HTML string
 * (see MatrixBody), and MatrixGrid adds the interaction: arrow keys between cells and the
 * cell-details popover, by event delegation.
 */

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
  const sortedBy = sort === 'region' || sort === 'code' ? 'name' : sort
  const sortHref = (column: string) => {
    const next = new URLSearchParams(params)
    next.set('sort', column)
    if (column === sortedBy && dir === 'asc') next.set('dir', 'desc')
    else next.delete('dir')
    return `/matrix?${next}`
  }
  const head = (column: string, forum: MatrixColumn | null, label: ReactNode) => {
    const sorted = column === sortedBy ? dir : null
    return (
      <th
        key={column}
        scope="col"
        aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
        className={forum ? (forum.existence !== 'active' ? 'absent' : undefined) : 'party-col'}
      >
        <a className="sort" href={sortHref(column)}>
          {/* The name starts with the visible heading (WCAG 2.5.3), then the full name and what following it does. */}
          {label}
          <span aria-hidden="true" className="sort-mark">
            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
          </span>
          <span className="sr-only">{`${forum ? ` (${forum.name})` : ''}, sort ${sorted === 'asc' ? 'descending' : 'ascending'}`}</span>
        </a>
      </th>
    )
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
            <tr>
              {head('name', null, 'Party')}
              {matrix.columns.map((forum) =>
                head(
                  forum.code,
                  forum,
                  <span className="forum-head" title={forum.name}>
                    {forum.code}
                    {forum.existence !== 'active' ? <span className="existence">{forum.existence === 'dissolved' ? 'dissolved' : 'not yet'}</span> : null}
                  </span>,
                ),
              )}
            </tr>
          </thead>
          <MatrixBody body={bodyData(matrix, compareTo ? formatDay(compareTo) : '', applied)} />
          <tfoot>
            <tr>
              <th scope="row">{`${paging.rowsTotal} ${paging.rowsTotal === 1 ? 'party' : 'parties'}`}</th>
              {matrix.columns.map((forum) => (
                <td key={forum.code}>
                  <Summary counts={matrix.summary[forum.code]} />
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </MatrixGrid>
  )
}

/** The body rows, compactly, for MatrixBody to write as HTML. */
function bodyData(matrix: MatrixWindow, comparedWith: string, applied: Record<string, Record<string, string>>): MatrixBodyData {
  return {
    forums: matrix.columns.map((forum) => ({ code: forum.code, shortName: forum.shortName, existed: forum.existence === 'active' })),
    comparedWith,
    rows: matrix.rows.map((row) => ({
      code: row.code,
      shortName: row.shortName,
      region: row.region,
      statuses: packStatuses(matrix.columns.map((forum) => row.cells[forum.code]?.status ?? '')),
      changed: row.changed,
      ...(applied[row.code] ? { applied: applied[row.code] } : {}),
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
