import type { SimilarityMatrix } from '../transforms/similarity'
import type { LocalNames } from '../i18n/names'
import { partyName } from './local-names'

/** /api/alignment.csv: every unordered pair of the chosen parties, in cluster order, score to 4 decimals. */
export const ALIGNMENT_CSV_COLUMNS = ['party_a', 'party_b', 'shared_forums', 'score'] as const

export function alignmentCsvRows(matrix: Pick<SimilarityMatrix, 'parties' | 'shared' | 'scores'>): (string | number)[][] {
  const rows: (string | number)[][] = []
  matrix.parties.forEach((a, i) =>
    matrix.parties.forEach((b, j) => {
      if (j > i) rows.push([a, b, matrix.shared[i][j], Number(matrix.scores[i][j].toFixed(4))])
    }),
  )
  return rows
}

/** With the API's lang=ru: the two parties' names, after the other columns. */
export function alignmentCsvTable(
  matrix: Pick<SimilarityMatrix, 'parties' | 'shared' | 'scores'>,
  names: LocalNames | null,
): [string[], (string | number)[][]] {
  const rows = alignmentCsvRows(matrix)
  if (!names) return [[...ALIGNMENT_CSV_COLUMNS], rows]
  return [
    [...ALIGNMENT_CSV_COLUMNS, `party_a_name_${names.lang}`, `party_b_name_${names.lang}`],
    rows.map((r) => [...r, partyName(names, String(r[0])), partyName(names, String(r[1]))]),
  ]
}
