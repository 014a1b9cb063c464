import { parse as parseStream } from 'csv-parse'
import { parse as parseSync } from 'csv-parse/sync'

/**
 * Reading the CSV files people give us (the dataset's files, uploads): one set of options, records
 * with the line each ends on (for messages naming file and line), a byte-order mark dropped, rows
 * of any length (the caller names a short one).
 */

export interface CsvRecord {
  record: string[]
  info: { lines: number }
}

const CSV_READ_OPTIONS = { bom: true, info: true, skip_empty_lines: true, relax_column_count: true, record_delimiter: ['\r\n', '\n', '\r'] }

/** The records of a whole file at once (csv-parse/sync); a malformed file throws csv-parse's error, with its `lines`. */
export function readCsvRecords(input: string | Buffer): CsvRecord[] {
  // csv-parse types `info: true` records as arrays; they are { record, info } objects.
  return parseSync(input, CSV_READ_OPTIONS) as unknown as CsvRecord[]
}

const SLICE = 256 * 1024

/**
 * The same records, parsed a slice at a time with a turn of the event loop in between: a 20 MB
 * upload is parsed without holding up every other request of the server for the second or two the
 * whole text takes.
 */
export async function readCsvRecordsYielding(text: string): Promise<CsvRecord[]> {
  const parser = parseStream(CSV_READ_OPTIONS)
  const records: CsvRecord[] = []
  let failure: Error | null = null
  parser.on('readable', () => {
    for (let record = parser.read(); record !== null; record = parser.read()) records.push(record as CsvRecord)
  })
  parser.on('error', (error) => (failure ??= error))
  const ended = new Promise<void>((resolve) => parser.on('end', resolve).on('error', () => resolve()))
  for (let at = 0; at < text.length && !failure; at += SLICE) {
    parser.write(text.slice(at, at + SLICE))
    await new Promise((resolve) => setImmediate(resolve))
  }
  if (!failure) parser.end()
  await ended
  if (failure) throw failure
  return records
}
