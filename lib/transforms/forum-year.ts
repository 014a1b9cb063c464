import { MEMBERSHIP_STATUSES, type MembershipStatus } from '../domain/vocabulary'
import type { ForumYear } from './cow-year'

/**
 * The forum-year panel (/api/export/forum-year.csv): for each forum and each year it existed (COW
 * year rule), how many parties held each status — every kind of party (states, territories, and
 * organisations such as the EU where a forum admits them), counted once by its status that year.
 */

export type StatusCounts = Record<MembershipStatus, number>

export function statusCounts(statuses: Map<string, MembershipStatus>): StatusCounts {
  const counts = Object.fromEntries(MEMBERSHIP_STATUSES.map((s) => [s, 0])) as StatusCounts
  for (const status of statuses.values()) counts[status]++
  return counts
}

export function forumYearRows(years: ForumYear[], names: Record<string, string>): (string | number)[][] {
  return years.map((fy) => {
    const counts = statusCounts(fy.statuses)
    return [fy.forumCode, names[fy.forumCode] ?? fy.forumCode, fy.year, ...MEMBERSHIP_STATUSES.map((s) => counts[s])]
  })
}
