import 'server-only'
import { ParamError, type MembershipQuery } from '../params'
import type { Db } from './client'
import { findUnknownCodes } from './codes'
import { listMemberships } from './memberships'
import type { MembershipInterval } from '../domain/types'

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

/** Validates the codes of a memberships query against the database, then runs it. */
export async function queryMemberships(q: MembershipQuery, given?: Db): Promise<MembershipInterval[]> {
  const unknown = await findUnknownCodes({ forums: q.forums, parties: q.parties }, given)
  if (unknown.forums.length) throw new ParamError('forums', `unknown forum code(s): ${unknown.forums.join(', ')}`)
  if (unknown.parties.length) throw new ParamError('parties', `unknown party code(s): ${unknown.parties.join(', ')}`)
  return listMemberships(q, given)
}

/** The `source` cell: the URL when there is one, else the title (seed documents have none). */
export function sourceCell(s: MembershipInterval['source']): string {
  return s.url ?? `${s.title}${s.publisher ? ` (${s.publisher})` : ''}`
}

export function membershipCsvRow(m: MembershipInterval) {
  return [m.partyCode, m.partyName, m.forumCode, m.forumName, m.status, m.validFrom, m.validTo ?? '', sourceCell(m.source), m.decidedAt?.id ?? '']
}
