import { toCsv } from './csv'
import type { Matrix } from '../transforms/matrix'

/**
 * The matrix download, shared by the API route and the page's button: the table
 * (`party_code,party_name,<forum codes>`, each cell the status or empty), then one empty line, then
 * the sources the cells draw on (`source_id,title,publisher,url,published`). A reader who wants
 * only the table stops at the first empty line.
 */
export function matrixCsv(matrix: Matrix): string {
  const header = ['party_code', 'party_name', ...matrix.columns.map((c) => c.code)]
  const rows = matrix.rows.map((r) => [r.code, r.name, ...matrix.columns.map((c) => r.cells[c.code]?.status ?? '')])
  const sources = matrix.sources.map((s) => [s.id, s.title, s.publisher, s.url, s.published])
  return `${toCsv(header, rows)}\r\n${toCsv(['source_id', 'title', 'publisher', 'url', 'published'], sources)}`
}

export function matrixFilename(matrix: Matrix): string {
  return `forum-atlas-matrix-${matrix.asOf}.csv`
}
