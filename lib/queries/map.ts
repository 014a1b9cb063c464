import 'server-only'
import { isoDay, todayIso } from '../dates'
import { inDefaultOrder } from '../forum-order'
import type { MapView } from '../geo/views'
import { DEFAULT_MAP_FORUM, ParamError, type MapQuery } from '../params'
import { intervalFacts } from '../transforms/as-of'
import type { MapIntervalInput, MapPartyInput } from '../transforms/map'
import { db, type Db } from './client'
import { listMemberships } from './memberships'

export interface MapForum {
  code: string
  shortName: string
  name: string
  founded: string
  dissolved: string | null
}

export interface MapData {
  forum: MapForum
  asOf: string
  view: MapView
  /** Every forum, for the chooser, in the default order. */
  forums: MapForum[]
  /** Every party of the dataset (names for the map's titles, links to party pages). */
  parties: MapPartyInput[]
  /** The forum's intervals in force on the day: at most one per party. */
  intervals: MapIntervalInput[]
  query: MapQuery
}

/** What the map page shows for a (validated) query; an unknown forum is a ParamError. */
export async function getMapData(query: MapQuery, given?: Db): Promise<MapData> {
  const prisma = await db(given)
  const asOf = query.asOf ?? todayIso()
  const code = query.forum ?? DEFAULT_MAP_FORUM
  const [forumRows, parties] = await Promise.all([
    prisma.forum.findMany({ select: { code: true, name: true, shortName: true, founded: true, dissolved: true } }),
    prisma.party.findMany({ select: { code: true, name: true, shortName: true, kind: true, region: true }, orderBy: { code: 'asc' } }),
  ])
  const forums = inDefaultOrder(forumRows.map((f) => ({ ...f, founded: isoDay(f.founded), dissolved: isoDay(f.dissolved) })))
  const forum = forums.find((f) => f.code === code)
  if (!forum) throw new ParamError('forum', `unknown forum code: ${code}`)
  const intervals = await listMemberships({ asOf, forums: [code] }, prisma)
  return {
    forum,
    asOf,
    view: query.view ?? 'region',
    forums,
    parties,
    intervals: intervals.map((i) => ({ partyCode: i.partyCode, ...intervalFacts(i) })),
    query,
  }
}
