import { toCsv } from './csv'
import { combinationKey, type Intersection } from './transforms/overlaps'

/** `combination,size,parties`: one row per non-empty exclusive intersection, largest first. */
export function overlapsCsv(intersections: Intersection[]): string {
  return toCsv(
    ['combination', 'size', 'parties'],
    intersections.map((x) => [combinationKey(x.combination), x.parties.length, x.parties.join(' ')]),
  )
}
