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

/** A cell whose status differs on the comparison day, with the status it had then. */
export interface MatrixChange {
  partyCode: string
  forumCode: string
  was: MembershipStatus | null
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
    /** The intervals in force on the comparison day, for the "changed since" marks… */
    previous?: Pick<MatrixIntervalInput, 'partyCode' | 'forumCode' | 'status'>[]
    /** …or, instead, just the cells that changed since then (as SQL can find them). */
    changes?: MatrixChange[]
  },
  options: MatrixOptions,
): Matrix {
  const forumByCode = new Map(input.forums.map((f) => [f.code, f]))
  const columns: MatrixColumn[] = options.forums
    .map((code) => forumByCode.get(code))
    .filter((f): f is MatrixForumInput => Boolean(f))
    .map((f) => ({ ...f, existence: forumExistence(f, options.asOf) }))
  // At world scale a matrix has 100,000 cells: they are placed by column position in one array per
  // party, never through per-cell string keys, and each row's cells object is a copy of one template.
  const codes = [...new Set(columns.map((c) => c.code))]
  const position = new Map(codes.map((code, k) => [code, k]))
  const blank = nullRecord<MatrixCell>(codes)

  const byParty = <I extends { partyCode: string; forumCode: string }, T>(items: I[], value: (i: I) => T) => {
    const slots = new Map<string, (T | undefined)[]>()
    for (const i of items) {
      const k = position.get(i.forumCode)
      if (k === undefined) continue
      let row = slots.get(i.partyCode)
      if (!row) slots.set(i.partyCode, (row = new Array<T | undefined>(codes.length)))
      row[k] = value(i) // a later interval for the same cell wins, as it always has
    }
    return slots
  }
  const now = byParty(input.current, (i) => i)
  const before = input.previous ? byParty(input.previous, (i) => i.status) : null
  const changes = input.changes ? byParty(input.changes, (c) => c.was) : null

  const text = options.text?.trim().toLowerCase()
  const wanted = (set?: string[]) => (set && set.length ? new Set(set) : null)
  const parties = wanted(options.parties)
  const regions = wanted(options.regions)
  const kinds = wanted(options.partyKinds)

  const counts = codes.map(() => new Array<number>(MEMBERSHIP_STATUSES.length).fill(0))
  // Per row, the intervals of its filled cells in column order (for the sources, once sorted).
  const filledOf = new Map<MatrixRow, MatrixIntervalInput[]>()
  const rows: MatrixRow[] = []
  for (const p of input.parties) {
    if (parties && !parties.has(p.code)) continue
    if (regions && !regions.has(p.region)) continue
    if (kinds && !kinds.has(p.kind)) continue
    if (text && !(p.name.toLowerCase().includes(text) || p.code.toLowerCase() === text || p.shortName.toLowerCase().includes(text))) continue
    const current = now.get(p.code)
    if (options.onlyInSelected && !current) continue
    const cells: Record<string, MatrixCell | null> = { ...blank }
    const changed: Record<string, MembershipStatus | null> = {}
    const filled: MatrixIntervalInput[] = []
    if (current) {
      for (let k = 0; k < codes.length; k++) {
        const i = current[k]
        if (!i) continue
        cells[codes[k]] = toCell(i)
        counts[k][STATUS_RANK[i.status]]++
        filled.push(i)
      }
    }
    if (before) {
      const was = before.get(p.code)
      if (current || was) {
        for (let k = 0; k < codes.length; k++) {
          const then = was?.[k] ?? null
          if (then !== (current?.[k]?.status ?? null)) changed[codes[k]] = then
        }
      }
    }
    const differs = changes?.get(p.code)
    if (differs) {
      for (let k = 0; k < codes.length; k++) {
        const then = differs[k]
        if (then !== undefined) changed[codes[k]] = then
      }
    }
    const row = { ...p, cells, changed }
    filledOf.set(row, filled)
    rows.push(row)
  }

  rows.sort(comparator(options.sort ?? { by: 'name', dir: 'asc' }))

  const summary: MatrixSummary = {}
  codes.forEach((code, k) => {
    summary[code] = Object.fromEntries(MEMBERSHIP_STATUSES.map((s, r) => [s, counts[k][r]])) as Record<MembershipStatus, number>
  })

  const sources = new Map<string, SourceRef>()
  for (const r of rows) for (const i of filledOf.get(r)!) sources.set(i.source.id, i.source)

  return {
    asOf: options.asOf,
    compareTo: options.compareTo ?? null,
    columns,
    rows,
    summary,
    sources: [...sources.values()].sort((a, b) => a.id.localeCompare(b.id)),
  }
}

/**
 * An object with every key set to null. Assigning 500 keys one by one leaves V8 a slow dictionary
 * object (about 30 ms for a world-scale matrix); spreading this one copies its layout instead.
 */
function nullRecord<T>(keys: string[]): Record<string, T | null> {
  const slow: Record<string, T | null> = {}
  for (const key of keys) slow[key] = null
  return { ...slow }
}

function toCell(i: MatrixIntervalInput): MatrixCell {
  return {
    status: i.status,
    validFrom: i.validFrom,
    validFromPrecision: i.validFromPrecision,
    validTo: i.validTo,
    validToPrecision: i.validToPrecision,
    note: i.note,
    source: i.source,
  }
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
