'use client'

import type { SortingState } from '@tanstack/react-table'
import Link from '@/components/ui/link'
import { useMemo, useState } from 'react'
import { DataTable, type DataColumn } from '@/components/tables/data-table'
import { formatDay } from '@/lib/dates'
import { STATUS_LABELS } from '@/lib/dataset/vocabulary'
import type { CompactCell as MatrixCell, CompactMatrix, CompactRow as MatrixRow, MatrixColumn } from '@/lib/transforms/matrix'
import type { SourceRef } from '@/lib/queries/types'
import { StatusChip } from './status-chip'
import { useUrlState } from './use-url-state'

interface Active {
  row: MatrixRow
  column: MatrixColumn
  cell: MatrixCell | null
  rect: { top: number; left: number; bottom: number }
}

/** The membership matrix: rows arrive filtered and sorted by the server; sorting clicks go to the URL. */
export function MatrixTable({ matrix, sort, dir }: { matrix: CompactMatrix; sort: string; dir: 'asc' | 'desc' }) {
  const paging = matrix.paging
  const sources = useMemo(() => new Map(matrix.sources.map((s) => [s.id, s])), [matrix])
  const { update } = useUrlState()
  const [active, setActive] = useState<Active | null>(null)

  const show = (row: MatrixRow, column: MatrixColumn, target: HTMLElement) => {
    const r = target.getBoundingClientRect()
    setActive({ row, column, cell: row.cells[column.code], rect: { top: r.top, left: r.left, bottom: r.bottom } })
  }

  const columns = useMemo<DataColumn<MatrixRow>[]>(
    () => [
      {
        id: 'name',
        header: 'Party',
        sortable: true,
        cell: (row) => (
          <>
            <Link href={`/parties/${encodeURIComponent(row.code)}`}>{row.shortName}</Link>
            <span className="row-region">{row.region}</span>
          </>
        ),
        footer: `${paging?.rowsTotal ?? matrix.rows.length} ${(paging?.rowsTotal ?? matrix.rows.length) === 1 ? 'party' : 'parties'}`,
        headerClassName: 'party-col',
      },
      ...matrix.columns.map<DataColumn<MatrixRow>>((column) => ({
        id: column.code,
        headerLabel: column.name,
        header: (
          <span className="forum-head" title={column.name}>
            {column.code}
            {column.existence !== 'active' ? (
              <span className="existence">{column.existence === 'dissolved' ? 'dissolved' : 'not yet'}</span>
            ) : null}
          </span>
        ),
        sortable: true,
        headerClassName: column.existence !== 'active' ? 'absent' : undefined,
        cellProps: (row) => ({
          className: `cell${column.existence !== 'active' ? ' absent' : ''}${column.code in row.changed ? ' changed' : ''}`,
          'data-forum': column.code,
          'data-party': row.code,
          'data-status': row.cells[column.code]?.status ?? '',
          onMouseEnter: (e) => show(row, column, e.currentTarget),
          onFocus: (e) => show(row, column, e.currentTarget),
        }),
        cell: (row) => {
          const cell = row.cells[column.code]
          const changed = column.code in row.changed
          return (
            <>
              {cell ? <StatusChip status={cell.status} /> : column.existence !== 'active' ? <span className="chip chip-absent" aria-label={`${column.shortName} did not exist`}>–</span> : null}
              {changed ? (
                <span className="changed-mark" title={`changed since ${formatDay(matrix.compareTo)}: was ${row.changed[column.code] ?? 'outside'}`}>
                  ◆<span className="sr-only"> changed since {formatDay(matrix.compareTo)}, was {row.changed[column.code] ?? 'outside'}</span>
                </span>
              ) : null}
            </>
          )
        },
        footer: <Summary counts={matrix.summary[column.code]} />,
      })),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [matrix],
  )

  const sorting: SortingState = [{ id: sort === 'region' || sort === 'code' ? 'name' : sort, desc: dir === 'desc' }]

  return (
    <div className="matrix" onMouseLeave={() => setActive(null)}>
      <DataTable
        caption={
          <>
            {paging && (paging.pages > 1 || paging.colPages > 1) ? (
              <>
                parties {paging.firstRow + 1}–{paging.firstRow + matrix.rows.length} of {paging.rowsTotal} × forums {paging.firstColumn + 1}–
                {paging.firstColumn + matrix.columns.length} of {paging.columnsTotal} on {formatDay(matrix.asOf)}
              </>
            ) : (
              <>
                {matrix.rows.length} parties × {matrix.columns.length} forums on {formatDay(matrix.asOf)}
              </>
            )}
          </>
        }
        columns={columns}
        rows={matrix.rows}
        rowKey={(r) => r.code}
        sorting={sorting}
        onSortingChange={(next) => {
          const first = next[0]
          update({ sort: first ? first.id : null, dir: first?.desc ? 'desc' : null })
        }}
      />
      {active ? <CellDetails active={active} asOf={matrix.asOf} source={active.cell ? sources.get(active.cell.sourceId) : undefined} onClose={() => setActive(null)} /> : null}
    </div>
  )
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

function CellDetails({ active, asOf, source, onClose }: { active: Active; asOf: string; source: SourceRef | undefined; onClose: () => void }) {
  const { row, column, cell, rect } = active
  const top = Math.min(rect.bottom + 4, (typeof window !== 'undefined' ? window.innerHeight : 800) - 180)
  const left = Math.min(rect.left, (typeof window !== 'undefined' ? window.innerWidth : 1200) - 340)
  return (
    <div className="cell-details" role="status" style={{ top, left: Math.max(8, left) }} onMouseLeave={onClose}>
      <p>
        <strong>{row.name}</strong> in <strong>{column.shortName}</strong> on {formatDay(asOf)}
      </p>
      {column.existence !== 'active' ? (
        <p className="muted">{column.name} {column.existence === 'dissolved' ? 'had been dissolved' : 'did not exist yet'} on this date.</p>
      ) : cell ? (
        <>
          <p>
            <StatusChip status={cell.status} /> {STATUS_LABELS[cell.status]} since {formatDay(cell.validFrom, cell.validFromPrecision)}
            {cell.validTo ? `, until ${formatDay(cell.validTo, cell.validToPrecision ?? 'day')}` : ', still in force'}
          </p>
          {cell.note ? <p className="note">{cell.note}</p> : null}
          <p className="cited">
            Source:{' '}
            {source?.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.title}
              </a>
            ) : (
              <a href={`/sources#${cell.sourceId}`}>{source?.title ?? cell.sourceId}</a>
            )}
          </p>
        </>
      ) : (
        <p className="muted">No status on this date.</p>
      )}
    </div>
  )
}
