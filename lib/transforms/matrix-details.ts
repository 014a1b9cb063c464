import type { Precision } from '../dates'
import type { ForumExistence, MatrixWindow } from './matrix'

/**
 * What the matrix's cell popover shows beyond the table itself (full names, dates, note, source),
 * packed small. The page sends it once, as the props of the table's client island: per-cell data
 * attributes would be written twice (in the HTML and again in the RSC payload that hydrates it).
 * A cell's status is not packed: the popover reads it from the cell's `data-status`; a source is
 * packed as its id, and its title and address are read from the page's list of sources.
 */
export interface MatrixDetails {
  asOf: string
  /** Party code → full name (the table shows the short name). */
  parties: Record<string, string>
  /** Forum code → [short name, full name, existence on the day]. */
  forums: Record<string, [shortName: string, name: string, existence: ForumExistence]>
  /**
   * `party/forum` → `since|until|note|source`: `since` and `until` cut to their precision
   * (`2017`, `2017-06` or `2017-06-09`; `until` empty while in force), `note` an index into
   * `notes` (empty when none), `source` an index into `sources`. Only cells with a status.
   */
  cells: Record<string, string>
  /** Every distinct note, once. */
  notes: string[]
  /** Source ids. */
  sources: string[]
}

export interface CellDetail {
  /** A day, month (`YYYY-MM`) or year (`YYYY`), as precisely as it is known. */
  since: string
  sincePrecision: Precision
  until: string | null
  untilPrecision: Precision | null
  note: string | null
  sourceId: string
}

const cut = (day: string, precision: Precision) => (precision === 'year' ? day.slice(0, 4) : precision === 'month' ? day.slice(0, 7) : day)
const precisionOf = (value: string): Precision => (value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day')

export function packDetails(window: MatrixWindow): MatrixDetails {
  const notes = new Map<string, number>()
  const sources = new Map<string, number>()
  const indexIn = (map: Map<string, number>, key: string) => {
    let i = map.get(key)
    if (i === undefined) map.set(key, (i = map.size))
    return i
  }
  const cells: Record<string, string> = {}
  for (const row of window.rows) {
    for (const column of window.columns) {
      const cell = row.cells[column.code]
      if (!cell) continue
      const since = cut(cell.validFrom, cell.validFromPrecision)
      const until = cell.validTo ? cut(cell.validTo, cell.validToPrecision ?? 'day') : ''
      const note = cell.note ? indexIn(notes, cell.note) : ''
      cells[`${row.code}/${column.code}`] = `${since}|${until}|${note}|${indexIn(sources, cell.source.id)}`
    }
  }
  return {
    asOf: window.asOf,
    parties: Object.fromEntries(window.rows.map((r) => [r.code, r.name])),
    forums: Object.fromEntries(window.columns.map((c) => [c.code, [c.shortName, c.name, c.existence]])),
    cells,
    notes: [...notes.keys()],
    sources: [...sources.keys()],
  }
}

/** The packed details of one cell, or null when the cell has no status. */
export function cellDetail(details: MatrixDetails, party: string, forum: string): CellDetail | null {
  const packed = details.cells[`${party}/${forum}`]
  if (packed === undefined) return null
  const [since, until, note, source] = packed.split('|')
  return {
    since,
    sincePrecision: precisionOf(since),
    until: until || null,
    untilPrecision: until ? precisionOf(until) : null,
    note: note === '' ? null : details.notes[Number(note)],
    sourceId: details.sources[Number(source)],
  }
}
