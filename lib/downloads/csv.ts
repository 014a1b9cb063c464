import { LICENCE_LINK_HEADER } from '../licences'
/**
 * The one CSV writer of the app (every route, every download button, the data scripts): RFC 4180
 * (CRLF line ends, quotes doubled, cells with a comma, quote or line break quoted), UTF-8.
 * A text cell that begins with = + - @ (or a tab / carriage return) would run as a formula when the
 * file is opened in a spreadsheet, so it gets a leading apostrophe. Numbers are written as numbers:
 * a negative number is data, not a formula.
 */

export type CsvCell = string | number | boolean | null | undefined

const FORMULA_START = /^[=+\-@\t\r]/

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} to CSV`)
    return String(value)
  }
  let text = String(value)
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function csvLine(cells: readonly CsvCell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return csvLine(header) + rows.map(csvLine).join('')
}

/** Headers for a CSV download; `filename` must be a plain name. Every download names its licence (prisma/data/LICENSE.md). */
export function csvHeaders(filename: string): HeadersInit {
  return {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`,
    'X-Content-Type-Options': 'nosniff',
    Link: LICENCE_LINK_HEADER,
  }
}

/**
 * The same CSV as `toCsv`, streamed: rows are taken from the iterable (a generator makes them as
 * they are read) a chunk at a time, when the reader asks for more, so memory stays flat whatever
 * the row count.
 */
export function csvStream(header: readonly string[], rows: Iterable<readonly CsvCell[]>, rowsPerChunk = 5000): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  const iterator = rows[Symbol.iterator]()
  let started = false
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk = started ? '' : csvLine(header)
      started = true
      for (let n = 0; n < rowsPerChunk; n++) {
        const next = iterator.next()
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk))
          return controller.close()
        }
        chunk += csvLine(next.value)
      }
      controller.enqueue(encoder.encode(chunk))
    },
    cancel() {
      iterator.return?.()
    },
  })
}
