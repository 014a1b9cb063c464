import { formatDay, type Precision } from '../dates'
import { STATUS_LABELS, type MembershipStatus } from '../domain/vocabulary'

export interface ApplicationFact {
  partyCode: string
  forumCode: string
  soughtStatus: MembershipStatus
  applied: string
  appliedPrecision: 'day' | 'month' | 'year'
}

/**
 * The applications to mark on a day's matrix: made on or before the day, for a status the party
 * does not hold on it (once it holds it, the cell says so). Keyed by party and forum; the text says
 * what was applied for and when (the latest application, if there were several): in English, or
 * as `describe` writes it in the page's language.
 */
export function appliedMarks(
  applications: ApplicationFact[],
  asOf: string,
  statusOn: (party: string, forum: string) => MembershipStatus | '' | undefined,
  describe: (status: MembershipStatus, applied: string, precision: Precision) => string = (status, applied, precision) =>
    `applied for ${STATUS_LABELS[status].toLowerCase()} status, ${formatDay(applied, precision)}`,
): Record<string, Record<string, string>> {
  const marks: Record<string, Record<string, string>> = {}
  for (const a of [...applications].sort((x, y) => x.applied.localeCompare(y.applied))) {
    if (a.applied > asOf || statusOn(a.partyCode, a.forumCode) === a.soughtStatus) continue
    ;(marks[a.partyCode] ??= {})[a.forumCode] = describe(a.soughtStatus, a.applied, a.appliedPrecision)
  }
  return marks
}
