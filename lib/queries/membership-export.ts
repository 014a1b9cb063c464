import 'server-only'
import { ParamError, type MembershipQuery } from '../params'
import type { Db } from './client'
import { findUnknownCodes } from './codes'
import { listMemberships } from './memberships'
import type { MembershipInterval } from '../domain/types'

/** Validates the codes of a memberships query against the database, then runs it. */
export async function queryMemberships(q: MembershipQuery, given?: Db): Promise<MembershipInterval[]> {
  const unknown = await findUnknownCodes({ forums: q.forums, parties: q.parties }, given)
  if (unknown.forums.length) throw new ParamError('forums', `unknown forum code(s): ${unknown.forums.join(', ')}`)
  if (unknown.parties.length) throw new ParamError('parties', `unknown party code(s): ${unknown.parties.join(', ')}`)
  return listMemberships(q, given)
}
