import 'server-only'
import { isoDay, todayIso } from '../dates'
import { inDefaultOrder } from '../forum-order'
import { ParamError, type MatrixQuery } from '../params'
import { buildMatrix, previousYearStop, type Matrix, type MatrixIntervalInput, type MatrixSort } from '../transforms/matrix'
import type { MembershipStatus } from '../dataset/vocabulary'
import { bulkRead } from '../db/bulk-read'
import { db, type Db } from './client'
import { cachedView } from './view-cache'

export interface MatrixView extends Matrix {
  /** Every forum, for the forum chooser. */
  allForums: { code: string; shortName: string; name: string; kind: string }[]
  query: MatrixQuery
}

/** The matrix exactly as the page and its downloads show it for a (validated) query. */
/** The view for a (validated) query, from the view cache while the dataset has not changed. */
export async function getMatrix(query: MatrixQuery, given?: Db): Promise<MatrixView> {
  const prisma = await db(given)
  return cachedView(prisma, 'matrix', query, () => computeMatrix(query, prisma), (v) => v.rows.length * (v.columns.length + 1) + v.allForums.length)
}

async function computeMatrix(query: MatrixQuery, given?: Db): Promise<MatrixView> {
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

  // Every forum selected (the default) needs no forum filter; otherwise ANY($2) on the codes.
  const forumFilter = selected.length === forums.length ? null : selected
  const [current, previous] = await Promise.all([inForce(prisma, asOf, forumFilter), statusesInForce(prisma, compareTo, forumFilter)])
  const matrix = buildMatrix(
    { forums, parties: partyRows, current, previous: previous as MatrixIntervalInput[] },
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

// The matrix reads thousands of intervals at world scale: set-based SQL returning flat columns,
// instead of Prisma materialising a party, forum and source object per interval (88× slower).
const IN_FORCE = `m.valid_from <= $1::date AND (m.valid_to IS NULL OR m.valid_to >= $1::date) AND ($2::text[] IS NULL OR m.forum_code = ANY($2::text[]))`

interface InForceRow {
  partyCode: string
  forumCode: string
  status: MembershipStatus
  validFrom: string
  validFromPrecision: MatrixIntervalInput['validFromPrecision']
  validTo: string | null
  validToPrecision: MatrixIntervalInput['validToPrecision']
  note: string | null
  sourceId: string
  sourceTitle: string
  sourcePublisher: string | null
  sourceUrl: string | null
  sourcePublished: string | null
  sourceKind: string
}

async function inForce(prisma: Awaited<ReturnType<typeof db>>, day: string, forums: string[] | null): Promise<MatrixIntervalInput[]> {
  const rows = await bulkRead<InForceRow>(
    prisma,
    `SELECT m.party_code AS "partyCode", m.forum_code AS "forumCode", m.status::text AS status,
            to_char(m.valid_from, 'YYYY-MM-DD') AS "validFrom", m.valid_from_precision::text AS "validFromPrecision",
            to_char(m.valid_to, 'YYYY-MM-DD') AS "validTo", m.valid_to_precision::text AS "validToPrecision", m.note,
            s.id AS "sourceId", s.title AS "sourceTitle", s.publisher AS "sourcePublisher", s.url AS "sourceUrl",
            s.published AS "sourcePublished", s.kind::text AS "sourceKind"
       FROM membership m JOIN source s ON s.id = m.source_id
      WHERE ${IN_FORCE}
      ORDER BY m.forum_code, m.party_code, m.valid_from`,
    [day, forums],
  )
  return rows.map((r) => ({
    partyCode: r.partyCode,
    forumCode: r.forumCode,
    status: r.status,
    validFrom: r.validFrom,
    validFromPrecision: r.validFromPrecision,
    validTo: r.validTo,
    validToPrecision: r.validToPrecision,
    note: r.note,
    source: { id: r.sourceId, title: r.sourceTitle, publisher: r.sourcePublisher, url: r.sourceUrl, published: r.sourcePublished, kind: r.sourceKind },
  }))
}

/** For the "changed since" marks only the status matters. */
async function statusesInForce(prisma: Awaited<ReturnType<typeof db>>, day: string, forums: string[] | null) {
  return bulkRead<{ partyCode: string; forumCode: string; status: MembershipStatus }>(
    prisma,
    `SELECT m.party_code AS "partyCode", m.forum_code AS "forumCode", m.status::text AS status FROM membership m WHERE ${IN_FORCE}`,
    [day, forums],
  )
}
