import 'server-only'
import { isoDay, todayIso } from '../dates'
import type { MembershipStatus } from '../domain/vocabulary'
import { DEFAULT_OVERLAP_FORUMS, ParamError, type OverlapsQuery } from '../params'
import { forumExistence, type ForumExistence } from '../transforms/matrix'
import { combinationKey, exclusiveIntersections, inclusiveAreas, type Intersection } from '../transforms/overlaps'
import { db, type Db } from './client'
import { cachedView } from './view-cache'
import { listMemberships } from './memberships'
import type { SourceRef } from '../domain/types'

export interface OverlapsView {
  asOf: string
  statuses: MembershipStatus[]
  forums: { code: string; name: string; shortName: string; existence: ForumExistence; size: number }[]
  allForums: { code: string; shortName: string; name: string }[]
  intersections: Intersection[]
  areas: { sets: string[]; size: number }[]
  partyNames: Record<string, string>
  selected: Intersection | null
  /** The source of each interval counted (one entry per interval), for the charts' source line. */
  sources: SourceRef[]
  query: OverlapsQuery
}

/** The view for a (validated) query, from the view cache while the dataset has not changed. */
export async function getOverlaps(query: OverlapsQuery, given?: Db): Promise<OverlapsView> {
  const prisma = await db(given)
  return cachedView(
    prisma,
    'overlaps',
    query,
    () => computeOverlaps(query, prisma),
    (v) => JSON.stringify(v).length / 100,
  )
}

async function computeOverlaps(query: OverlapsQuery, given?: Db): Promise<OverlapsView> {
  const prisma = await db(given)
  const asOf = query.asOf ?? todayIso()
  const statuses = (query.statuses?.length ? query.statuses : ['member']) as MembershipStatus[]
  const codes = [...new Set(query.forums ?? DEFAULT_OVERLAP_FORUMS)]
  const all = await prisma.forum.findMany({ select: { code: true, name: true, shortName: true, founded: true, dissolved: true }, orderBy: { code: 'asc' } })
  const unknown = codes.filter((c) => !all.some((f) => f.code === c))
  if (unknown.length) throw new ParamError('forums', `unknown forum code(s): ${unknown.join(', ')}`)
  const intervals = (await listMemberships({ asOf, forums: codes }, prisma)).filter((m) => statuses.includes(m.status))
  const membersOf = Object.fromEntries(codes.map((c) => [c, intervals.filter((m) => m.forumCode === c).map((m) => m.partyCode)]))
  const intersections = exclusiveIntersections(codes, membersOf)
  const partyNames = Object.fromEntries(intervals.map((m) => [m.partyCode, m.partyName]))
  let selected: Intersection | null = null
  if (query.sel) {
    const parts = query.sel.split('&').map((c) => c.trim().replace(/\s+/g, '+').toUpperCase())
    const bad = parts.filter((c) => !codes.includes(c))
    if (bad.length) throw new ParamError('sel', `names forum(s) not among the selected ones: ${bad.join(', ')}`)
    const key = combinationKey(codes.filter((c) => parts.includes(c)))
    selected = intersections.find((x) => combinationKey(x.combination) === key) ?? { combination: codes.filter((c) => parts.includes(c)), parties: [] }
  }
  return {
    asOf,
    statuses,
    forums: codes.map((code) => {
      const f = all.find((x) => x.code === code)!
      return {
        code,
        name: f.name,
        shortName: f.shortName,
        existence: forumExistence({ founded: isoDay(f.founded), dissolved: isoDay(f.dissolved) }, asOf),
        size: membersOf[code].length,
      }
    }),
    allForums: all.map(({ code, shortName, name }) => ({ code, shortName, name })),
    intersections,
    areas: codes.length <= 3 ? inclusiveAreas(codes, intersections) : [],
    partyNames,
    selected,
    sources: intervals.map((m) => m.source),
    query,
  }
}
