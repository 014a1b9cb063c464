import type { StatusInterval } from '../domain/types'
import type { MembershipStatus } from '../domain/vocabulary'
import { inForceOn } from './as-of'
import { forumExistence } from './matrix'

/**
 * The year rule of the research exports (COW state-year, dyad-year, forum-year): a party's status in
 * a forum "in a year" is the one in force on 31 December of that year (today for the current year);
 * in the year a forum dissolved, on its last day; a forum founded after the reference day, or
 * dissolved in an earlier year, did not exist that year.
 */

export interface ForumSpan {
  code: string
  founded: string
  dissolved: string | null
}

/** The day of a year on which statuses are read: 31 December, or today for the current year. */
export function referenceDay(year: number, today: string): string {
  return year === Number(today.slice(0, 4)) ? today : `${year}-12-31`
}

/** The day the forum's statuses are read for the year, or null when the forum did not exist that year (COW's -9). */
export function cowReadDay(forum: Omit<ForumSpan, 'code'>, year: number, today: string): string | null {
  const day = referenceDay(year, today)
  const dissolvedThisYear = forum.dissolved !== null && forum.dissolved.startsWith(String(year))
  if (forumExistence(forum, day) !== 'active' && !dissolvedThisYear) return null
  return forum.dissolved && forum.dissolved < day ? forum.dissolved : day
}

/** One year of one forum: every party's status in it by the year rule (parties without one are absent). */
export interface ForumYear {
  forumCode: string
  year: number
  statuses: Map<string, MembershipStatus>
}

/**
 * Every forum-year from `from` to `to` in which the forum existed, in forum then year order, with
 * each party's status. One pass over each forum's intervals per year.
 */
export function forumYears(forums: ForumSpan[], intervals: StatusInterval[], from: number, to: number, today: string): ForumYear[] {
  const byForum = new Map<string, StatusInterval[]>()
  for (const i of intervals) {
    const list = byForum.get(i.forumCode)
    if (list) list.push(i)
    else byForum.set(i.forumCode, [i])
  }
  const out: ForumYear[] = []
  for (const forum of forums) {
    const own = byForum.get(forum.code) ?? []
    for (let year = from; year <= to; year++) {
      const day = cowReadDay(forum, year, today)
      if (day === null) continue
      const statuses = new Map<string, MembershipStatus>()
      // The dataset never has two intervals of a party in a forum on one day (data:check refuses it); the first wins, as in the COW file.
      for (const i of own) if (!statuses.has(i.partyCode) && inForceOn(i, day)) statuses.set(i.partyCode, i.status)
      out.push({ forumCode: forum.code, year, statuses })
    }
  }
  return out
}
