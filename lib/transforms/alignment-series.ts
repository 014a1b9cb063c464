import type { StatusInterval } from '../domain/types'
import { FORUM_KINDS, MEMBERSHIP_STATUSES, type MembershipStatus } from '../domain/vocabulary'
import { inForceOn } from './as-of'
import { portfolioOf, similarity } from './similarity'
import { membershipChanges, type MembershipChange } from './timeline'

/** Year-by-year views of alignment: a pair's score since 1991, and one party's forum portfolio. */

type Interval = StatusInterval

function yearDays(fromYear: number, today: string): { year: number; day: string }[] {
  const last = Number(today.slice(0, 4))
  const out = []
  for (let year = fromYear; year <= last; year++) out.push({ year, day: year === last ? today : `${year}-12-31` })
  return out
}

export interface PairPoint {
  year: number
  day: string
  score: number
  shared: number
  /** Membership changes of either party during the year, which moved (or could move) the score. */
  changes: {
    day: string
    partyCode: string
    forumCode: string
    kind: MembershipChange['kind']
    status: MembershipStatus
    previousStatus: MembershipStatus | null
  }[]
}

export function pairSeries(a: string, b: string, intervals: Interval[], fromYear: number, today: string): PairPoint[] {
  const mine = intervals.filter((i) => i.partyCode === a || i.partyCode === b)
  const byForum = new Map<string, Interval[]>()
  for (const i of mine) byForum.set(`${i.partyCode}/${i.forumCode}`, [...(byForum.get(`${i.partyCode}/${i.forumCode}`) ?? []), i])
  const changes = [...byForum.entries()].flatMap(([key, list]) => membershipChanges(list, today).map((c) => ({ ...c, forumCode: key.split('/')[1] })))
  let previous: number | null = null
  return yearDays(fromYear, today).map(({ year, day }) => {
    const on = (p: string) => portfolioOf(mine.filter((i) => i.partyCode === p && inForceOn(i, day)))
    const { score, shared } = similarity(on(a), on(b), a === b)
    const yearChanges = changes
      .filter((c) => c.day.startsWith(String(year)) && c.day <= day)
      .map(({ day, partyCode, forumCode, kind, status, previousStatus }) => ({ day, partyCode, forumCode, kind, status, previousStatus }))
      .sort((x, y) => x.day.localeCompare(y.day))
    const point = { year, day, score, shared, changes: previous === null || previous !== score || yearChanges.length ? yearChanges : [] }
    previous = score
    return point
  })
}

export type PortfolioPoint = { year: number; day: string } & Record<MembershipStatus, number> & Record<`kind:${string}`, number>

/** For each year: in how many forums the party holds each status, and in how many forums of each kind. */
export function portfolioSeries(intervals: Interval[], forumKind: Record<string, string>, fromYear: number, today: string): PortfolioPoint[] {
  return yearDays(fromYear, today).map(({ year, day }) => {
    const now = intervals.filter((i) => inForceOn(i, day))
    const point: Record<string, number | string> = { year, day }
    for (const s of MEMBERSHIP_STATUSES) point[s] = now.filter((i) => i.status === s).length
    for (const k of FORUM_KINDS) point[`kind:${k}`] = new Set(now.filter((i) => forumKind[i.forumCode] === k).map((i) => i.forumCode)).size
    return point as PortfolioPoint
  })
}
