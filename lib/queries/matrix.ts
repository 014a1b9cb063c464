import 'server-only'
import { countryName } from '../i18n/names'
import { todayIso } from '../dates'
import { inDefaultOrder } from '../forum-order'
import { MATRIX_PAGE, MATRIX_PAGE_PHONE, ParamError, type MatrixPageQuery, type MatrixQuery } from '../params'
import {
  buildMatrix,
  buildMatrixWindow,
  previousYearStop,
  type Matrix,
  type MatrixChange,
  type MatrixForumInput,
  type MatrixInput,
  type MatrixIntervalInput,
  type MatrixOptions,
  type MatrixPartyInput,
  type MatrixSort,
  type MatrixWindow,
  type MatrixWindowOptions,
  type NameOrder,
} from '../transforms/matrix'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import type { NameBook } from '../i18n/names'
import { regionWord } from '../i18n/region-words'
import { getNameBook } from './names'
import type { Device } from '../http/device'
import type { MembershipStatus } from '../domain/vocabulary'
import { bulkRead } from '../db/bulk-read'
import { db, type Db } from './client'
import type { SourceRef } from '../domain/types'
import { cachedView } from './view-cache'

export interface MatrixView extends Matrix {
  /** Every forum, for the forum chooser. */
  allForums: { code: string; shortName: string; name: string; kind: string }[]
  query: MatrixQuery
}

/** The part of the matrix the page shows, with the page's query (window parameters included). */
export interface MatrixWindowView extends Omit<MatrixView, 'query'>, MatrixWindow {
  query: MatrixPageQuery
}

/** The whole matrix for a (validated) query, as the downloads give it; from the view cache while the dataset has not changed. */
export async function getMatrix(query: MatrixQuery, given?: Db): Promise<MatrixView> {
  const prisma = await db(given)
  return cachedView(
    prisma,
    'matrix',
    query,
    () => computeMatrix(query, prisma),
    (v) => v.rows.length * (v.columns.length + 1) + v.allForums.length,
  )
}

/**
 * What the matrix page shows: `windowMatrix(getMatrix(query), window)`, but built for the window
 * alone (the whole matrix is 100,000 cells at world scale, the page shows 2,000), and cached apart
 * from the whole matrix the downloads use.
 */
export async function getMatrixWindow(query: MatrixPageQuery, given?: Db, locale: Locale = DEFAULT_LOCALE, device: Device = 'wide'): Promise<MatrixWindowView> {
  const prisma = await db(given)
  const window = matrixWindowOf(query, device)
  return cachedView(
    prisma,
    'matrix-window',
    // The rows' order, and so which rows a page holds, depends on the page's language.
    locale === DEFAULT_LOCALE ? { query, window } : { query, window, locale },
    async () => {
      const { input, options, allForums } = await readMatrix(query, prisma, locale)
      const { paging, ...matrix } = buildMatrixWindow(input, options, window)
      // Keys in the order windowMatrix(getMatrix(…)) gave them, so that the page writes out the same.
      return { ...matrix, allForums, query, paging }
    },
    (v) => v.rows.length * (v.columns.length + 1) + v.columns.length + v.allForums.length,
  )
}

/** The page's window of rows and columns, defaults filled in (a phone's are smaller). */
export function matrixWindowOf(query: MatrixPageQuery, device: Device = 'wide'): MatrixWindowOptions {
  const defaults = device === 'phone' ? MATRIX_PAGE_PHONE : MATRIX_PAGE
  return {
    page: query.page ?? 1,
    pageSize: query.pageSize ?? defaults.pageSize,
    colPage: query.colPage ?? 1,
    colPageSize: query.colPageSize ?? defaults.colPageSize,
  }
}

async function computeMatrix(query: MatrixQuery, prisma: Prisma): Promise<MatrixView> {
  const { input, options, allForums } = await readMatrix(query, prisma)
  return { ...buildMatrix(input, options), allForums, query }
}

/** Everything a matrix is built from for a query, after refusing unknown codes and sorts. */
async function readMatrix(
  query: MatrixQuery,
  prisma: Prisma,
  locale: Locale = DEFAULT_LOCALE,
): Promise<{ input: MatrixInput; options: MatrixOptions; allForums: MatrixView['allForums'] }> {
  const asOf = query.asOf ?? todayIso()
  const compareTo = previousYearStop(asOf)
  // The cells' forum filter follows from the query alone, so every read starts at once; codes that
  // turn out unknown are refused below, and in the filter they match nothing.
  const forumCodes = query.forums?.length ? [...new Set(query.forums)] : null
  const forumKinds = !forumCodes && query.kinds?.length ? query.kinds : null
  const [{ forums, parties: partyRows, partyCodes, allForums, otherNames }, current, changes, book] = await Promise.all([
    matrixLists(prisma),
    inForce(prisma, asOf, forumCodes, forumKinds),
    changesSince(prisma, asOf, compareTo, forumCodes, forumKinds),
    locale === DEFAULT_LOCALE ? null : getNameBook(locale, prisma),
  ])

  const known = new Set(forums.map((f) => f.code))
  const unknownForums = (query.forums ?? []).filter((c) => !known.has(c))
  if (unknownForums.length) throw new ParamError('forums', `unknown forum code(s): ${unknownForums.join(', ')}`)
  const unknownParties = (query.parties ?? []).filter((c) => !partyCodes.has(c))
  if (unknownParties.length) throw new ParamError('parties', `unknown party code(s): ${unknownParties.join(', ')}`)

  const selected = forumCodes ?? forums.filter((f) => !forumKinds || forumKinds.includes(f.kind as never)).map((f) => f.code)

  const sort: MatrixSort | undefined = !query.sort
    ? undefined
    : ['name', 'region', 'code'].includes(query.sort)
      ? { by: query.sort as 'name' | 'region' | 'code', dir: query.dir ?? 'asc' }
      : { by: 'forum', forum: query.sort, dir: query.dir ?? 'asc' }
  if (sort?.by === 'forum' && !selected.includes(sort.forum)) {
    throw new ParamError('sort', `sorts by forum ${sort.forum}, which is not among the selected forums`)
  }

  return {
    input: { forums, parties: partyRows, current, changes },
    options: {
      asOf,
      compareTo,
      forums: selected,
      parties: query.parties,
      regions: query.region,
      partyKinds: query.partyKind,
      text: query.q,
      otherNames,
      onlyInSelected: (query.only ?? '1') === '1',
      sort,
      order: book ? nameOrder(book, partyRows) : undefined,
    },
    allForums,
  }
}

/** The rows' names and regions as a page in the name book's language shows them, for its alphabetical order. */
function nameOrder(book: NameBook, parties: MatrixPartyInput[]): NameOrder {
  const order: NameOrder = { locale: book.locale, parties: {}, regions: {} }
  for (const party of parties) {
    order.parties[party.code] = book.party(party.code, party).name
    order.regions[party.region] ??= regionWord(party.region, book.locale)
  }
  return order
}

interface MatrixLists {
  /** Every forum, in the default column order. */
  forums: MatrixForumInput[]
  /** The parties with at least one membership: the matrix's possible rows. */
  parties: MatrixPartyInput[]
  /** Every party's code, to refuse unknown ones in a query. */
  partyCodes: Set<string>
  /** Every forum as the forum chooser shows it. */
  allForums: MatrixView['allForums']
  /** The parties' names in the other interface languages, for the name search. */
  otherNames: Record<string, string[]>
}

/**
 * The forums and parties, which do not depend on the day: cached per dataset version apart from
 * the day's intervals, so that a matrix on a day nobody asked for reads only what that day needs.
 */
function matrixLists(prisma: Prisma): Promise<MatrixLists> {
  return cachedView(
    prisma,
    'matrix-lists',
    null,
    async () => {
      const [forumRows, parties, codes, localNames] = await Promise.all([
        bulkRead<MatrixForumInput>(
          prisma,
          `SELECT code, name, short_name AS "shortName", kind::text AS kind,
                  to_char(founded, 'YYYY-MM-DD') AS founded, to_char(dissolved, 'YYYY-MM-DD') AS dissolved
             FROM forum`,
          [],
        ),
        bulkRead<MatrixPartyInput>(
          prisma,
          `SELECT code, name, short_name AS "shortName", kind::text AS kind, region
             FROM party p WHERE EXISTS (SELECT 1 FROM membership m WHERE m.party_code = p.code)`,
          [],
        ),
        bulkRead<{ code: string }>(prisma, 'SELECT code FROM party', []),
        bulkRead<{ code: string; name: string; short_name: string }>(prisma, "SELECT code, name, short_name FROM localized_name WHERE kind = 'party'", []),
      ])
      const forums = inDefaultOrder(forumRows)
      const allForums = forums.map(({ code, shortName, name, kind }) => ({ code, shortName, name, kind }))
      const otherNames: Record<string, string[]> = {}
      for (const party of parties) {
        const country = countryName(party.code, 'ru')
        if (country) otherNames[party.code] = [country]
      }
      for (const n of localNames) otherNames[n.code] = [...(otherNames[n.code] ?? []), n.name, n.short_name]
      return { forums, parties, partyCodes: new Set(codes.map((p) => p.code)), allForums, otherNames }
    },
    (lists) => lists.forums.length + lists.parties.length + lists.partyCodes.size,
  )
}

// The matrix reads thousands of intervals at world scale: set-based SQL returning flat columns,
// instead of Prisma materialising a party, forum and source object per interval (88× slower).
// Each interval's source is read once per source, not once per interval (most share a few), and
// a year earlier's statuses are compared in SQL, which returns only the cells that differ.
const inForceOn = (day: string) =>
  `m.valid_from <= ${day}::date AND (m.valid_to IS NULL OR m.valid_to >= ${day}::date)
   AND ($2::text[] IS NULL OR m.forum_code = ANY($2::text[]))
   AND ($3::text[] IS NULL OR m.forum_code IN (SELECT f.code FROM forum f WHERE f.kind::text = ANY($3::text[])))`

type Prisma = Awaited<ReturnType<typeof db>>

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
}

async function inForce(prisma: Prisma, day: string, forums: string[] | null, kinds: string[] | null): Promise<MatrixIntervalInput[]> {
  // No ORDER BY: membership_no_overlap allows one interval per cell on a day, so order cannot matter.
  const [rows, sourceRows] = await Promise.all([
    bulkRead<InForceRow>(
      prisma,
      `SELECT m.party_code AS "partyCode", m.forum_code AS "forumCode", m.status::text AS status,
              to_char(m.valid_from, 'YYYY-MM-DD') AS "validFrom", m.valid_from_precision::text AS "validFromPrecision",
              to_char(m.valid_to, 'YYYY-MM-DD') AS "validTo", m.valid_to_precision::text AS "validToPrecision", m.note,
              m.source_id AS "sourceId"
         FROM membership m
        WHERE ${inForceOn('$1')}`,
      [day, forums, kinds],
    ),
    bulkRead<SourceRef>(
      prisma,
      `SELECT s.id, s.title, s.publisher, s.url, s.published, s.kind::text AS kind
         FROM source s
        WHERE s.id IN (SELECT m.source_id FROM membership m WHERE ${inForceOn('$1')})`,
      [day, forums, kinds],
    ),
  ])
  const sources = new Map(sourceRows.map((s) => [s.id, s]))
  // The two reads are two snapshots: a write in between can cite a source the first one missed.
  const missing = [...new Set(rows.filter((r) => !sources.has(r.sourceId)).map((r) => r.sourceId))]
  if (missing.length) {
    for (const s of await bulkRead<SourceRef>(
      prisma,
      `SELECT id, title, publisher, url, published, kind::text AS kind FROM source WHERE id = ANY($1::text[])`,
      [missing],
    )) {
      sources.set(s.id, s)
    }
    if (missing.some((id) => !sources.has(id))) throw new Error('the memberships changed while the matrix was read; try again')
  }
  return rows.map((r) => ({
    partyCode: r.partyCode,
    forumCode: r.forumCode,
    status: r.status,
    validFrom: r.validFrom,
    validFromPrecision: r.validFromPrecision,
    validTo: r.validTo,
    validToPrecision: r.validToPrecision,
    note: r.note,
    source: sources.get(r.sourceId)!,
  }))
}

/** For the "changed since" marks: the cells whose status on `then` differs from `day`'s, with the status then. */
function changesSince(prisma: Prisma, day: string, then: string, forums: string[] | null, kinds: string[] | null) {
  return bulkRead<MatrixChange>(
    prisma,
    `WITH now AS (SELECT m.party_code, m.forum_code, m.status FROM membership m WHERE ${inForceOn('$1')}),
          was AS (SELECT m.party_code, m.forum_code, m.status FROM membership m WHERE ${inForceOn('$4')})
     SELECT coalesce(now.party_code, was.party_code) AS "partyCode", coalesce(now.forum_code, was.forum_code) AS "forumCode",
            was.status::text AS was
       FROM now FULL JOIN was ON was.party_code = now.party_code AND was.forum_code = now.forum_code
      WHERE now.status IS DISTINCT FROM was.status`,
    [day, forums, kinds, then],
  )
}
