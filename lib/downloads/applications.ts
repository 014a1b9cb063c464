import type { ApplicationSummary } from '../queries/applications'
import { sourceCell } from './source-cell'

/** /api/applications.csv: one row per application. */
export const APPLICATION_CSV_COLUMNS = [
  'party_code',
  'party_name',
  'forum_code',
  'forum_name',
  'sought_status',
  'applied',
  'applied_precision',
  'note',
  'source',
] as const

export function applicationCsvRow(a: ApplicationSummary) {
  return [a.partyCode, a.partyName, a.forumCode, a.forumName, a.soughtStatus, a.applied, a.appliedPrecision, a.note ?? '', sourceCell(a.source)]
}
