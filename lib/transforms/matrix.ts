import { MEMBERSHIP_STATUSES, type MembershipStatus } from '../domain/vocabulary'
import type { SourceRef } from '../domain/types'
import { intervalFacts } from './as-of'
import type { IntervalFacts } from '../domain/types'

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
export interface MatrixIntervalInput extends IntervalFacts {
  partyCode: string
  forumCode: string
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
export type MatrixCell = Omit<MatrixIntervalInput, 'partyCode' | 'forumCode'>
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
  /** The parties' names in the interface's other languages, by code: the name search finds them too («Казах» → KAZ). */
  otherNames?: Record<string, string[]>
  onlyInSelected?: boolean
  sort?: MatrixSort
  /** The order of names in the page's language (absent: the English names, in English order). */
  order?: NameOrder
}

/** The rows' names as a page in another language shows them, and that language's alphabetical order. */
export interface NameOrder {
  locale: string
  /** Party code → its name in the page's language (absent: the English name). */
  parties: Record<string, string>
  /** English region label → the page's word for it (absent: the English label). */
  regions: Record<string, string>
}

export const STATUS_RANK: Record<MembershipStatus, number> = Object.fromEntries(MEMBERSHIP_STATUSES.map((s, i) => [s, i])) as Record<MembershipStatus, number>

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

/** What a matrix is built from: the forums and parties, and the intervals in force on the day. */
export interface MatrixInput {
  forums: MatrixForumInput[]
  parties: MatrixPartyInput[]
  current: MatrixIntervalInput[]
  /** The cells whose status differs on the comparison day (as SQL finds them), for the "changed since" marks. */
  changes?: MatrixChange[]
}

/** The whole matrix: every row that passes the filters, every selected column (the downloads). */
export function buildMatrix(input: MatrixInput, options: MatrixOptions): Matrix {
  const { layout, entries, counts } = plan(input, options)
  const { rows, sources } = materialise(layout, entries, layout.codes)
  return {
    asOf: options.asOf,
    compareTo: options.compareTo ?? null,
    columns: layout.columns,
    rows,
    summary: summaryOf(layout, counts, layout.columns),
    sources,
  }
}

/**
 * Exactly the window of `buildMatrix(input, options)` (tests/support/matrix-oracle.ts cuts it from the whole), without making the cells outside the
 * window: at world scale the whole matrix is 100,000 cell objects for a page that shows 2,000, and
 * making and collecting them was most of the page's time.
 */
export function buildMatrixWindow(input: MatrixInput, options: MatrixOptions, window: MatrixWindowOptions): MatrixWindow {
  const { layout, entries, counts } = plan(input, options)
  const paging = pageOf(entries.length, layout.columns.length, window)
  const columns = layout.columns.slice(paging.firstColumn, paging.firstColumn + window.colPageSize)
  const shown = entries.slice(paging.firstRow, paging.firstRow + window.pageSize)
  const { rows, sources } = materialise(layout, shown, [...new Set(columns.map((c) => c.code))])
  return {
    asOf: options.asOf,
    compareTo: options.compareTo ?? null,
    columns,
    rows,
    summary: summaryOf(layout, counts, columns),
    sources,
    paging,
  }
}

/** Per party, one slot per column position (undefined where the party has nothing). */
type Slots<T> = Map<string, (T | undefined)[]>

/** Phase 1: the columns, and each party's intervals (and changes) placed by column position. */
interface Layout {
  columns: MatrixColumn[]
  /** The distinct forum codes of the columns; slot k of a party is the forum codes[k]. */
  codes: string[]
  position: Map<string, number>
  now: Slots<MatrixIntervalInput>
  /** Per party, the positions of its slots in `now` that hold an interval. */
  filled: Map<string, number[]>
  changes: Slots<MembershipStatus | null> | null
}

/** A party that passed the filters, with its slots of intervals in force (none: in no selected forum). */
interface Entry {
  party: MatrixPartyInput
  current: (MatrixIntervalInput | undefined)[] | undefined
}

/** Phases 1–3: everything but the rows' cells, which only the rows and columns shown need. */
function plan(input: MatrixInput, options: MatrixOptions) {
  const layout = layOut(input, options)
  const { entries, counts } = select(layout, input.parties, options)
  entries.sort(comparator(layout, options.sort ?? { by: 'name', dir: 'asc' }, options.order))
  return { layout, entries, counts }
}

function layOut(input: MatrixInput, options: MatrixOptions): Layout {
  const forumByCode = new Map(input.forums.map((f) => [f.code, f]))
  const columns: MatrixColumn[] = options.forums
    .map((code) => forumByCode.get(code))
    .filter((f): f is MatrixForumInput => Boolean(f))
    .map((f) => ({ ...f, existence: forumExistence(f, options.asOf) }))
  // At world scale a matrix has 100,000 cells: they are placed by column position in one array per
  // party, never through per-cell string keys.
  const codes = [...new Set(columns.map((c) => c.code))]
  const position = new Map(codes.map((code, k) => [code, k]))

  const byParty = <I extends { partyCode: string; forumCode: string }, T>(items: I[], value: (i: I) => T, filled?: Map<string, number[]>): Slots<T> => {
    const slots: Slots<T> = new Map()
    for (const i of items) {
      const k = position.get(i.forumCode)
      if (k === undefined) continue
      let row = slots.get(i.partyCode)
      if (!row) slots.set(i.partyCode, (row = new Array<T | undefined>(codes.length)))
      if (filled && row[k] === undefined) {
        const ks = filled.get(i.partyCode)
        if (ks) ks.push(k)
        else filled.set(i.partyCode, [k])
      }
      row[k] = value(i) // a later interval for the same cell wins, as it always has
    }
    return slots
  }
  // The positions each party fills: the counts visit those alone, not every column of every party.
  const filled = new Map<string, number[]>()
  return {
    columns,
    codes,
    position,
    now: byParty(input.current, (i) => i, filled),
    filled,
    changes: input.changes ? byParty(input.changes, (c) => c.was) : null,
  }
}

/** Phase 2: the parties that pass the filters, and per column the count of each status among them. */
function select(layout: Layout, parties: MatrixPartyInput[], options: MatrixOptions) {
  const { codes, now, filled } = layout
  const fold = (t: string) => t.toLowerCase().replace(/ё/g, 'е')
  const text = options.text ? fold(options.text.trim()) : undefined
  const wanted = (set?: string[]) => (set && set.length ? new Set(set) : null)
  const chosen = wanted(options.parties)
  const regions = wanted(options.regions)
  const kinds = wanted(options.partyKinds)

  const counts = codes.map(() => new Array<number>(MEMBERSHIP_STATUSES.length).fill(0))
  const entries: Entry[] = []
  for (const p of parties) {
    if (chosen && !chosen.has(p.code)) continue
    if (regions && !regions.has(p.region)) continue
    if (kinds && !kinds.has(p.kind)) continue
    if (
      text &&
      !(
        fold(p.name).includes(text) ||
        p.code.toLowerCase() === text ||
        fold(p.shortName).includes(text) ||
        options.otherNames?.[p.code]?.some((n) => fold(n).includes(text))
      )
    )
      continue
    const current = now.get(p.code)
    if (options.onlyInSelected && !current) continue
    if (current) for (const k of filled.get(p.code)!) counts[k][STATUS_RANK[current[k]!.status]]++
    entries.push({ party: p, current })
  }
  return { entries, counts }
}

/**
 * Phase 4: the rows of these parties with the cells of these forum codes (distinct, in column
 * order), and the sources those cells cite.
 */
function materialise(layout: Layout, entries: Entry[], shown: string[]): { rows: MatrixRow[]; sources: SourceRef[] } {
  const { codes, position, changes } = layout
  const at = shown.map((code) => position.get(code)!)
  // The changes go in column-position order whatever the order shown, as in the whole matrix.
  const ascending = [...at].sort((a, b) => a - b)
  const blank = nullRecord<MatrixCell>(shown)
  const sources = new Map<string, SourceRef>()
  const rows = entries.map(({ party, current }): MatrixRow => {
    const cells: Record<string, MatrixCell | null> = { ...blank }
    const changed: Record<string, MembershipStatus | null> = {}
    if (current) {
      for (let j = 0; j < at.length; j++) {
        const i = current[at[j]]
        if (!i) continue
        cells[shown[j]] = intervalFacts(i)
        sources.set(i.source.id, i.source)
      }
    }
    const differs = changes?.get(party.code)
    if (differs) {
      for (const k of ascending) {
        const then = differs[k]
        if (then !== undefined) changed[codes[k]] = then
      }
    }
    return { ...party, cells, changed }
  })
  return { rows, sources: byId(sources) }
}

function summaryOf(layout: Layout, counts: number[][], columns: MatrixColumn[]): MatrixSummary {
  const summary: MatrixSummary = {}
  for (const c of columns) {
    const k = layout.position.get(c.code)!
    summary[c.code] = Object.fromEntries(MEMBERSHIP_STATUSES.map((s, r) => [s, counts[k][r]])) as Record<MembershipStatus, number>
  }
  return summary
}

const byId = (sources: Map<string, SourceRef>) => [...sources.values()].sort((a, b) => a.id.localeCompare(b.id))

/**
 * An object with every key set to null. Assigning 500 keys one by one leaves V8 a slow dictionary
 * object (about 30 ms for a world-scale matrix); spreading this one copies its layout instead.
 */
function nullRecord<T>(keys: string[]): Record<string, T | null> {
  const slow: Record<string, T | null> = {}
  for (const key of keys) slow[key] = null
  return { ...slow }
}

/** Phase 3: the order of the rows; a forum column's ranks come from the slots, before any cell exists. */
function comparator(layout: Layout, sort: MatrixSort, order?: NameOrder): (a: Entry, b: Entry) => number {
  const sign = sort.dir === 'desc' ? -1 : 1
  // One collator for the whole sort: localeCompare with a locale builds one per comparison.
  const collate = new Intl.Collator(order?.locale ?? 'en').compare
  const name = order ? (e: Entry) => order.parties[e.party.code] ?? e.party.name : (e: Entry) => e.party.name
  const region = order ? (e: Entry) => order.regions[e.party.region] ?? e.party.region : (e: Entry) => e.party.region
  const byName = (a: Entry, b: Entry) => collate(name(a), name(b))
  if (sort.by === 'forum') {
    const none = MEMBERSHIP_STATUSES.length
    // A forum that is not a column ranks every party alike: outside it.
    const k = layout.position.get(sort.forum)
    const rank = (e: Entry) => {
      const i = k === undefined ? undefined : e.current?.[k]
      return i ? STATUS_RANK[i.status] : none
    }
    // Members first (asc), then observers, partners, …, then parties outside the forum; by name within.
    return (a, b) => sign * (rank(a) - rank(b)) || byName(a, b)
  }
  if (sort.by === 'region') return (a, b) => sign * collate(region(a), region(b)) || byName(a, b)
  if (sort.by === 'code') return (a, b) => sign * a.party.code.localeCompare(b.party.code)
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

/** Which page of rows and of columns a window shows, past-the-end pages clamped to the last. */
export function pageOf(rowsTotal: number, columnsTotal: number, options: MatrixWindowOptions): MatrixWindow['paging'] {
  const pages = Math.max(1, Math.ceil(rowsTotal / options.pageSize))
  const colPages = Math.max(1, Math.ceil(columnsTotal / options.colPageSize))
  const page = Math.min(Math.max(1, options.page), pages)
  const colPage = Math.min(Math.max(1, options.colPage), colPages)
  return {
    page,
    pages,
    pageSize: options.pageSize,
    rowsTotal,
    firstRow: (page - 1) * options.pageSize,
    colPage,
    colPages,
    colPageSize: options.colPageSize,
    columnsTotal,
    firstColumn: (colPage - 1) * options.colPageSize,
  }
}
