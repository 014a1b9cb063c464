import type { SimilarityMatrix } from '../transforms/similarity'

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
