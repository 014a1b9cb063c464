import 'server-only'
import { isoDay, todayIso } from '../dates'
import { inDefaultOrder } from '../forum-order'
import { ParamError, type MatrixQuery } from '../params'
import { buildMatrix, previousYearStop, type Matrix, type MatrixIntervalInput, type MatrixSort } from '../transforms/matrix'
import { db, type Db } from './client'
import { listMemberships } from './memberships'

export interface MatrixView extends Matrix {
  /** Every forum, for the forum chooser. */
  allForums: { code: string; shortName: string; name: string; kind: string }[]
  query: MatrixQuery
}

/** The matrix exactly as the page and its downloads show it for a (validated) query. */
export async function getMatrix(query: MatrixQuery, given?: Db): Promise<MatrixView> {
  const prisma = await db(given)
  const asOf = query.asOf ?? todayIso()
  const compareTo = previousYearStop(asOf)
  const [forumRows, partyRows] = await Promise.all([
    prisma.forum.findMany({ select: { code: true, name: true, shortName: true, kind: true, founded: true, dissolved: true } }),
    prisma.party.findMany({
      where: { memberships: { some: {} } },
      select: { code: true, name: true, shortName: true, kind: true, region: true },
    }),
  ])
  const forums = inDefaultOrder(forumRows.map((f) => ({ ...f, founded: isoDay(f.founded), dissolved: isoDay(f.dissolved) })))

  const known = new Set(forums.map((f) => f.code))
  const unknownForums = (query.forums ?? []).filter((c) => !known.has(c))
  if (unknownForums.length) throw new ParamError('forums', `unknown forum code(s): ${unknownForums.join(', ')}`)
  const knownParties = new Set((await prisma.party.findMany({ select: { code: true } })).map((p) => p.code))
  const unknownParties = (query.parties ?? []).filter((c) => !knownParties.has(c))
  if (unknownParties.length) throw new ParamError('parties', `unknown party code(s): ${unknownParties.join(', ')}`)

  const selected = query.forums?.length
    ? [...new Set(query.forums)]
    : forums.filter((f) => !query.kinds?.length || query.kinds.includes(f.kind as never)).map((f) => f.code)

  const sort: MatrixSort | undefined = !query.sort
    ? undefined
    : ['name', 'region', 'code'].includes(query.sort)
      ? { by: query.sort as 'name' | 'region' | 'code', dir: query.dir ?? 'asc' }
      : { by: 'forum', forum: query.sort, dir: query.dir ?? 'asc' }
  if (sort?.by === 'forum' && !selected.includes(sort.forum)) {
    throw new ParamError('sort', `sorts by forum ${sort.forum}, which is not among the selected forums`)
  }

  const [current, previous] = await Promise.all([
    listMemberships({ asOf, forums: selected }, prisma),
    listMemberships({ asOf: compareTo, forums: selected }, prisma),
  ])
  const matrix = buildMatrix(
    { forums, parties: partyRows, current: current as MatrixIntervalInput[], previous: previous as MatrixIntervalInput[] },
    {
      asOf,
      compareTo,
      forums: selected,
      parties: query.parties,
      regions: query.region,
      partyKinds: query.partyKind,
      text: query.q,
      onlyInSelected: (query.only ?? '1') === '1',
      sort,
    },
  )
  return { ...matrix, allForums: forums.map(({ code, shortName, name, kind }) => ({ code, shortName, name, kind })), query }
}
