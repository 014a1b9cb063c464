import { toCsv } from './csv'
import type { Matrix } from '../transforms/matrix'
import { DATA_LICENCE } from '../licences'
import type { LocalNames } from '../i18n/names'
import { forumName, forumShortName, nameColumns, partyName } from './local-names'

/** What a download says about itself: the dataset version it comes from and the day it was made. */
export interface DownloadStamp {
  version: string
  accessed: string
}

/**
 * The matrix download, shared by the API route and the page's button: the table
 * (`party_code,party_name,<forum codes>`, each cell the status or empty), then one empty line, then
 * the sources the cells draw on (`source_id,title,publisher,url,published`), then one empty line and
 * what the file is (`about,value`: the dataset, its version, the day it was downloaded, its
 * licence). A reader who wants only the table stops at the first empty line.
 *
 * With `names` (the API's lang=ru), the table ends with a `party_name_ru` column, and a table of the
 * forums' names (`forum_code,forum_name_ru,forum_short_name_ru`) comes between the sources and the
 * `about` table.
 */
export function matrixCsv(matrix: Matrix, stamp: DownloadStamp, names: LocalNames | null = null): string {
  const c = names && nameColumns(names)
  const header = ['party_code', 'party_name', ...matrix.columns.map((c) => c.code), ...(c ? [c.party()] : [])]
  const rows = matrix.rows.map((r) => [
    r.code,
    r.name,
    ...matrix.columns.map((c) => r.cells[c.code]?.status ?? ''),
    ...(names ? [partyName(names, r.code)] : []),
  ])
  const sources = matrix.sources.map((s) => [s.id, s.title, s.publisher, s.url, s.published])
  const forums =
    names && c
      ? `${toCsv(
          ['forum_code', c.forumName, c.forumShortName],
          matrix.columns.map((f) => [f.code, forumName(names, f.code), forumShortName(names, f.code)]),
        )}\r\n`
      : ''
  const about = [
    ['dataset', 'forum-atlas'],
    ['version', stamp.version],
    ['accessed', stamp.accessed],
    ['licence', `${DATA_LICENCE.name} (${DATA_LICENCE.url})`],
  ]
  return `${toCsv(header, rows)}\r\n${toCsv(['source_id', 'title', 'publisher', 'url', 'published'], sources)}\r\n${forums}${toCsv(['about', 'value'], about)}`
}

export function matrixFilename(matrix: Matrix): string {
  return `forum-atlas-matrix-${matrix.asOf}.csv`
}
