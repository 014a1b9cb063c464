import { toCsv } from './csv'
import { combinationKey, type Intersection } from '../transforms/overlaps'
import type { LocalNames } from '../i18n/names'
import { forumShortName, partyName } from './local-names'

export const OVERLAPS_CSV_COLUMNS = ['combination', 'size', 'parties'] as const

/**
 * One row per non-empty exclusive intersection, largest first. With `names` (the API's lang=ru):
 * `forum_short_names_ru` (the combination's forums, joined by " & ") and `party_names_ru` (the
 * parties' names in the order of `parties`, joined by "; ").
 */
export function overlapsCsv(intersections: Intersection[], names: LocalNames | null = null): string {
  const rows = intersections.map((x) => [combinationKey(x.combination), x.parties.length, x.parties.join(' ')])
  if (!names) return toCsv(OVERLAPS_CSV_COLUMNS, rows)
  return toCsv(
    [...OVERLAPS_CSV_COLUMNS, `forum_short_names_${names.lang}`, `party_names_${names.lang}`],
    intersections.map((x, i) => [
      ...rows[i],
      x.combination.map((f) => forumShortName(names, f)).join(' & '),
      x.parties.map((p) => partyName(names, p)).join('; '),
    ]),
  )
}
