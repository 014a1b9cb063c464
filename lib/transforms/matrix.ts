import { MEMBERSHIP_STATUSES, type MembershipStatus } from '../dataset/vocabulary'
import type { Precision } from '../dates'
import type { SourceRef } from '../queries/types'

/**
 * The membership matrix as of a day: parties × forums, each cell the party's status in force that
 * day. Pure: takes the intervals in force on the day (and on the comparison day, for the "changed
 * since" marks), returns exactly the rows and columns to show, in order.
 */

export interface MatrixForumInput {
  code: string
  name: string
  shortName: string
  kind: string
  founded: string
  dissolved: string | null
}
export interface MatrixPartyInput {
  code: string
  name: string
  shortName: string
  kind: string
  region: string
}
export interface MatrixIntervalInput {
  partyCode: string
  forumCode: string
  status: MembershipStatus
  validFrom: string
  validFromPrecision: Precision
  validTo: string | null
  validToPrecision: Precision | null
  note: string | null
  source: SourceRef
}

export type ForumExistence = 'active' | 'not-yet-founded' | 'dissolved'
export interface MatrixColumn extends MatrixForumInput {
  existence: ForumExistence
}
export interface MatrixCell extends Omit<MatrixIntervalInput, 'partyCode' | 'forumCode'> {}
export interface MatrixRow {
  code: string
  name: string
  shortName: string
  kind: string
  region: string
  cells: Record<string, MatrixCell | null>
  /** Forum codes whose status differs from the comparison day, with the status it had then. */
  changed: Record<string, MembershipStatus | null>
}
export type MatrixSummary = Record<string, Record<MembershipStatus, number>>

export interface Matrix {
  asOf: string
  compareTo: string | null
  columns: MatrixColumn[]
  rows: MatrixRow[]
  summary: MatrixSummary
  sources: SourceRef[]
}

export type MatrixSort = { by: 'name' | 'region' | 'code'; dir: 'asc' | 'desc' } | { by: 'forum'; forum: string; dir: 'asc' | 'desc' }

export interface MatrixOptions {
  asOf: string
  compareTo?: string | null
  /** Column order; forums absent from the input are an error upstream. */
  forums: string[]
  parties?: string[]
  regions?: string[]
  partyKinds?: string[]
  text?: string
  onlyInSelected?: boolean
  sort?: MatrixSort
}

export const STATUS_RANK: Record<MembershipStatus, number> = Object.fromEntries(
  MEMBERSHIP_STATUSES.map((s, i) => [s, i]),
) as Record<MembershipStatus, number>

export function forumExistence(forum: Pick<MatrixForumInput, 'founded' | 'dissolved'>, day: string): ForumExistence {
  if (day < forum.founded) return 'not-yet-founded'
  if (forum.dissolved && day > forum.dissolved) return 'dissolved'
  return 'active'
}

/** The previous stop of the year slider: the same day a year earlier (29 Feb → 28 Feb). */
export function previousYearStop(day: string): string {
  const [y, m, d] = day.split('-').map(Number)
  const last = new Date(Date.UTC(y - 1, m, 0)).getUTCDate()
  return `${y - 1}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`
}

export function buildMatrix(
  input: {
    forums: MatrixForumInput[]
    parties: MatrixPartyInput[]
    current: MatrixIntervalInput[]
    previous?: MatrixIntervalInput[]
  },
  options: MatrixOptions,
): Matrix {
  const forumByCode = new Map(input.forums.map((f) => [f.code, f]))
  const columns: MatrixColumn[] = options.forums
    .map((code) => forumByCode.get(code))
    .filter((f): f is MatrixForumInput => Boolean(f))
    .map((f) => ({ ...f, existence: forumExistence(f, options.asOf) }))
  const selected = new Set(columns.map((c) => c.code))

  const cellsOf = (intervals: MatrixIntervalInput[]) => {
    const map = new Map<string, MatrixIntervalInput>()
    for (const i of intervals) if (selected.has(i.forumCode)) map.set(`${i.partyCode}/${i.forumCode}`, i)
    return map
  }
  const now = cellsOf(input.current)
  const before = input.previous ? cellsOf(input.previous) : null

  const text = options.text?.trim().toLowerCase()
  const wanted = (set?: string[]) => (set && set.length ? new Set(set) : null)
  const parties = wanted(options.parties)
  const regions = wanted(options.regions)
  const kinds = wanted(options.partyKinds)

  let rows: MatrixRow[] = input.parties
    .filter((p) => !parties || parties.has(p.code))
    .filter((p) => !regions || regions.has(p.region))
    .filter((p) => !kinds || kinds.has(p.kind))
    .filter((p) => !text || p.name.toLowerCase().includes(text) || p.code.toLowerCase() === text || p.shortName.toLowerCase().includes(text))
    .map((p) => {
      const cells: Record<string, MatrixCell | null> = {}
      const changed: Record<string, MembershipStatus | null> = {}
      for (const c of columns) {
        const interval = now.get(`${p.code}/${c.code}`)
        cells[c.code] = interval ? stripKeys(interval) : null
        if (before) {
          const was = before.get(`${p.code}/${c.code}`)?.status ?? null
          if (was !== (interval?.status ?? null)) changed[c.code] = was
        }
      }
      return { ...p, cells, changed }
    })
  if (options.onlyInSelected) rows = rows.filter((r) => columns.some((c) => r.cells[c.code]))

  rows.sort(comparator(options.sort ?? { by: 'name', dir: 'asc' }))

  const summary: MatrixSummary = {}
  for (const c of columns) {
    summary[c.code] = Object.fromEntries(MEMBERSHIP_STATUSES.map((s) => [s, 0])) as Record<MembershipStatus, number>
    for (const r of rows) {
      const cell = r.cells[c.code]
      if (cell) summary[c.code][cell.status]++
    }
  }

  const sources = new Map<string, SourceRef>()
  for (const r of rows) for (const c of columns) {
    const cell = r.cells[c.code]
    if (cell) sources.set(cell.source.id, cell.source)
  }

  return {
    asOf: options.asOf,
    compareTo: options.compareTo ?? null,
    columns,
    rows,
    summary,
    sources: [...sources.values()].sort((a, b) => a.id.localeCompare(b.id)),
  }
}

function stripKeys(i: MatrixIntervalInput): MatrixCell {
  const { partyCode: _p, forumCode: _f, ...cell } = i
  return cell
}

const byName = (a: MatrixRow, b: MatrixRow) => a.name.localeCompare(b.name, 'en')

function comparator(sort: MatrixSort): (a: MatrixRow, b: MatrixRow) => number {
  const sign = sort.dir === 'desc' ? -1 : 1
  if (sort.by === 'forum') {
    const none = MEMBERSHIP_STATUSES.length
    const rank = (r: MatrixRow) => {
      const cell = r.cells[sort.forum]
      return cell ? STATUS_RANK[cell.status] : none
    }
    // Members first (asc), then observers, partners, …, then parties outside the forum; by name within.
    return (a, b) => sign * (rank(a) - rank(b)) || byName(a, b)
  }
  if (sort.by === 'region') return (a, b) => sign * a.region.localeCompare(b.region, 'en') || byName(a, b)
  if (sort.by === 'code') return (a, b) => sign * a.code.localeCompare(b.code)
  return (a, b) => sign * byName(a, b)
}

export interface MatrixWindowOptions {
  /** 1-based page of parties, and parties per page. */
  page: number
  pageSize: number
  /** 1-based page of forums, and forums per page. */
  colPage: number
  colPageSize: number
}

export interface MatrixWindow extends Matrix {
  paging: {
    page: number
    pages: number
    pageSize: number
    rowsTotal: number
    firstRow: number
    colPage: number
    colPages: number
    colPageSize: number
    columnsTotal: number
    firstColumn: number
  }
}

/**
 * The part of a matrix a page shows: a page of its rows and a page of its columns. The sort,
 * filters and per-forum counts are those of the whole matrix; the sources are those of the cells
 * shown. Pages past the end show the last page.
 */
export function windowMatrix(matrix: Matrix, options: MatrixWindowOptions): MatrixWindow {
  const pages = Math.max(1, Math.ceil(matrix.rows.length / options.pageSize))
  const colPages = Math.max(1, Math.ceil(matrix.columns.length / options.colPageSize))
  const page = Math.min(Math.max(1, options.page), pages)
  const colPage = Math.min(Math.max(1, options.colPage), colPages)
  const firstRow = (page - 1) * options.pageSize
  const firstColumn = (colPage - 1) * options.colPageSize
  const columns = matrix.columns.slice(firstColumn, firstColumn + options.colPageSize)
  const shown = new Set(columns.map((c) => c.code))
  const rows = matrix.rows.slice(firstRow, firstRow + options.pageSize).map((r) => ({
    ...r,
    cells: Object.fromEntries(columns.map((c) => [c.code, r.cells[c.code] ?? null])),
    changed: Object.fromEntries(Object.entries(r.changed).filter(([code]) => shown.has(code))),
  }))
  const sources = new Map<string, SourceRef>()
  for (const r of rows) for (const c of columns) {
    const cell = r.cells[c.code]
    if (cell) sources.set(cell.source.id, cell.source)
  }
  return {
    ...matrix,
    columns,
    rows,
    summary: Object.fromEntries(columns.map((c) => [c.code, matrix.summary[c.code]])),
    sources: [...sources.values()].sort((a, b) => a.id.localeCompare(b.id)),
    paging: {
      page,
      pages,
      pageSize: options.pageSize,
      rowsTotal: matrix.rows.length,
      firstRow,
      colPage,
      colPages,
      colPageSize: options.colPageSize,
      columnsTotal: matrix.columns.length,
      firstColumn,
    },
  }
}
