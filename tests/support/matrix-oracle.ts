import type { SourceRef } from '../../lib/domain/types'
import { pageOf, type Matrix, type MatrixChange, type MatrixIntervalInput, type MatrixWindow, type MatrixWindowOptions } from '../../lib/transforms/matrix'

/**
 * Test oracles for the matrix: the slow, obvious way to get what production builds directly. The
 * tests check that buildMatrixWindow and getMatrixWindow equal these over generated cases.
 */

/**
 * The part of a matrix a page shows: a page of its rows and a page of its columns. The sort,
 * filters and per-forum counts are those of the whole matrix; the sources are those of the cells
 * shown. Pages past the end show the last page.
 */
export function windowMatrix(matrix: Matrix, options: MatrixWindowOptions): MatrixWindow {
  const paging = pageOf(matrix.rows.length, matrix.columns.length, options)
  const columns = matrix.columns.slice(paging.firstColumn, paging.firstColumn + options.colPageSize)
  const shown = new Set(columns.map((c) => c.code))
  const rows = matrix.rows.slice(paging.firstRow, paging.firstRow + options.pageSize).map((r) => ({
    ...r,
    cells: Object.fromEntries(columns.map((c) => [c.code, r.cells[c.code] ?? null])),
    changed: Object.fromEntries(Object.entries(r.changed).filter(([code]) => shown.has(code))),
  }))
  const sources = new Map<string, SourceRef>()
  for (const r of rows)
    for (const c of columns) {
      const cell = r.cells[c.code]
      if (cell) sources.set(cell.source.id, cell.source)
    }
  return {
    ...matrix,
    columns,
    rows,
    summary: Object.fromEntries(columns.map((c) => [c.code, matrix.summary[c.code]])),
    sources: byId(sources),
    paging,
  }
}

/** The "changed since" cells between two days' intervals: every cell whose status differs, with the status it had then (null: none). A later interval for the same cell wins. */
export function changesBetween(
  previous: Pick<MatrixIntervalInput, 'partyCode' | 'forumCode' | 'status'>[],
  current: Pick<MatrixIntervalInput, 'partyCode' | 'forumCode' | 'status'>[],
): MatrixChange[] {
  const key = (i: { partyCode: string; forumCode: string }) => `${i.partyCode}|${i.forumCode}`
  const then = new Map(previous.map((i) => [key(i), i.status]))
  const now = new Map(current.map((i) => [key(i), i.status]))
  const out: MatrixChange[] = []
  for (const k of new Set([...then.keys(), ...now.keys()])) {
    const was = then.get(k) ?? null
    if (was !== (now.get(k) ?? null)) {
      const [partyCode, forumCode] = k.split('|')
      out.push({ partyCode, forumCode, was })
    }
  }
  return out
}

const byId = (sources: Map<string, SourceRef>) => [...sources.values()].sort((a, b) => a.id.localeCompare(b.id))
