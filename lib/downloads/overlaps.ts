import { toCsv } from './csv'
import { combinationKey, type Intersection } from '../transforms/overlaps'

export const OVERLAPS_CSV_COLUMNS = ['combination', 'size', 'parties'] as const

/** One row per non-empty exclusive intersection, largest first. */
export function overlapsCsv(intersections: Intersection[]): string {
  return toCsv(
    OVERLAPS_CSV_COLUMNS,
    intersections.map((x) => [combinationKey(x.combination), x.parties.length, x.parties.join(' ')]),
  )
}
