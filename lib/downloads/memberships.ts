import type { MembershipInterval } from '../domain/types'
import { sourceCell } from './source-cell'

/** /api/memberships.csv: one row per interval. */
export const MEMBERSHIP_CSV_COLUMNS = [
  'party_code',
  'party_name',
  'forum_code',
  'forum_name',
  'status',
  'valid_from',
  'valid_to',
  'source',
  'decided_at_event',
] as const

export function membershipCsvRow(m: MembershipInterval) {
  return [m.partyCode, m.partyName, m.forumCode, m.forumName, m.status, m.validFrom, m.validTo ?? '', sourceCell(m.source), m.decidedAt?.id ?? '']
}
