import { z } from 'zod'
import { isoDay } from './domain/day'
import { ATTENDANCE_ROLES, EVENT_KINDS, FORUM_KINDS, MEMBERSHIP_STATUSES, PARTY_KINDS, REGIONS } from './domain/vocabulary'
import { MAP_VIEWS } from './geo/views'

/**
 * URL parameters shared by pages and API routes. Each parser answers either the typed value or a
 * message naming the parameter, which routes turn into a 400 and pages into a visible notice.
 */

export class ParamError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(`${parameter}: ${message}`)
  }
}

// In a query string "+" means a space, so `forums=C5+US` arrives as "C5 US": a code never holds a
// space, so spaces inside a code are read back as "+".
const codeList = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((c) => c.trim().replace(/\s+/g, '+').toUpperCase())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(/^[A-Z0-9+]{2,12}$/, 'must be codes like SCO,EAEU separated by commas')).max(500, 'too many codes'))

const listOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values, { error: `must be ${what} from: ${values.join(', ')}` })))

// The descriptions (`.meta`) are what /api and /api/openapi.json show for each parameter.
export const matrixQuery = z.object({
  asOf: isoDay.optional().meta({ description: 'The day to read the statuses on, YYYY-MM-DD (default: today).' }),
  forums: codeList.optional().meta({
    description: 'Forum codes, in column order (default: every forum of the chosen kinds, in the default order). C5+US may be written as-is or as C5%2BUS.',
  }),
  kinds: listOf(FORUM_KINDS, 'forum kinds').optional().meta({ description: 'Kinds of forum to show when forums is not given (default: all).' }),
  parties: codeList.optional().meta({ description: 'Only these parties (rows).' }),
  region: listOf(REGIONS, 'regions').optional().meta({ description: 'Only parties of these regions.' }),
  partyKind: listOf(PARTY_KINDS, 'party kinds').optional().meta({ description: 'Only parties of these kinds.' }),
  q: z.string().max(100, 'at most 100 characters').optional().meta({ description: 'Only parties whose name or code contains this text.' }),
  only: z
    .enum(['0', '1'], { error: 'must be 0 or 1' })
    .optional()
    .meta({ description: '1 (default): only parties in at least one selected forum; 0: every party.' }),
  sort: z
    .string()
    .regex(/^(name|region|code|[A-Z0-9+]{2,12})$/, 'must be name, region, code or a forum code')
    .optional()
    .meta({
      description:
        "name (default), region, code, or a selected forum's code (members first, then observers, partners, associates, applicants, suspended, then outsiders).",
    }),
  dir: z.enum(['asc', 'desc'], { error: 'must be asc or desc' }).optional().meta({ description: 'Sort direction (default: asc).' }),
})
export type MatrixQuery = z.output<typeof matrixQuery>

const positive = (max: number) =>
  z
    .string()
    .regex(/^\d{1,4}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(1, 'must be 1 or more').max(max, `must be ${max} or less`))

/** Defaults of the matrix page's window: the shipped dataset fits on one page. */
export const MATRIX_PAGE = { pageSize: 100, colPageSize: 20 }

/**
 * On a phone (lib/http/device.ts), the first window is what a phone's screen can show and a thumb can
 * scroll: laying out and painting 2,000 cells was most of the page's load on a phone. The pager and
 * `pageSize` / `colPageSize` reach the rest.
 */
export const MATRIX_PAGE_PHONE = { pageSize: 30, colPageSize: 8 }

/** The matrix page shows a window of the matrix: a page of parties and a page of forums. */
export const matrixPageQuery = matrixQuery.extend({
  page: positive(9999).optional(),
  pageSize: positive(500).optional(),
  colPage: positive(9999).optional(),
  colPageSize: positive(500).optional(),
})
export type MatrixPageQuery = z.output<typeof matrixPageQuery>

/** Next's searchParams object as URLSearchParams (repeated keys kept, so they can be refused). */
export function toSearchParams(record: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(record)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v)
  }
  return params
}

const year = z
  .string()
  .regex(/^\d{4}$/, 'must be a four-digit year')
  .transform(Number)
  .pipe(z.number().min(1945, 'must be 1945 or later').max(2100, 'must be 2100 or earlier'))

export const cowExportQuery = z.object({
  from: year.optional().meta({ description: 'First year, 1945–2100 (default: 1991).' }),
  to: year.optional().meta({ description: 'Last year, at most the current year (default: the current year).' }),
  forums: codeList.optional().meta({ description: 'Forum columns, in this order (default: every forum, in the default order).' }),
})
export type CowExportQuery = z.output<typeof cowExportQuery>

/** /api/export/dyad-year.csv and /api/export/forum-year.csv: a year range and the forums that count. */
export const researchExportQuery = z.object({
  from: year.optional().meta({ description: 'First year, 1945–2100 (default: 1991, as the COW state-year export).' }),
  to: year.optional().meta({ description: 'Last year, not before from and at most the current year (default: the current year).' }),
  forums: codeList
    .optional()
    .meta({ description: 'Only these forums count, comma-separated codes (default: every forum). An unknown code is refused by name.' }),
})
export type ResearchExportQuery = z.output<typeof researchExportQuery>

export const DEFAULT_OVERLAP_FORUMS = ['SCO', 'EAEU', 'CSTO', 'OTS']

export const overlapsQuery = z.object({
  forums: codeList
    .pipe(z.array(z.string()).min(1, 'choose at least one forum').max(10, 'at most 10 forums'))
    .optional()
    .meta({ description: `The forums to intersect, 1 to 10 (default: ${DEFAULT_OVERLAP_FORUMS.join(',')}).` }),
  statuses: listOf(MEMBERSHIP_STATUSES, 'statuses').optional().meta({ description: 'Which statuses count as belonging (default: member).' }),
  asOf: isoDay.optional().meta({ description: 'The day, YYYY-MM-DD (default: today).' }),
  sel: z
    .string()
    .regex(/^[A-Za-z0-9+& ]{2,200}$/, 'must be forum codes joined by &')
    .optional()
    .meta({ description: 'Page only (accepted and ignored by the API): the selected intersection, forum codes joined by & (e.g. SCO&CSTO).' }),
})
export type OverlapsQuery = z.output<typeof overlapsQuery>

const singleCode = z
  .string()
  .transform((c) => c.trim().replace(/\s+/g, '+').toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9+]{2,12}$/, 'must be a party code like KAZ'))

export const DEFAULT_ALIGNMENT_PARTIES = [
  'KAZ',
  'KGZ',
  'TJK',
  'TKM',
  'UZB',
  'ARM',
  'AZE',
  'GEO',
  'AFG',
  'RUS',
  'CHN',
  'TUR',
  'IRN',
  'IND',
  'PAK',
  'BLR',
  'MNG',
  'USA',
]

export const alignmentQuery = z.object({
  parties: codeList
    .pipe(z.array(z.string()).min(2, 'choose at least two parties').max(200, 'at most 200 parties'))
    .optional()
    .meta({ description: `Party codes, 2 to 200 (default: ${DEFAULT_ALIGNMENT_PARTIES.join(',')}).` }),
  asOf: isoDay.optional().meta({ description: 'The day the scores are computed on, YYYY-MM-DD (default: today).' }),
  a: singleCode.optional().meta({ description: "With b: the pair whose score is given year by year since 1991 (JSON only: the pair's series)." }),
  b: singleCode.optional().meta({ description: 'With a: the second party of the pair.' }),
  party: singleCode.optional().meta({ description: 'The party whose forum portfolio is given year by year since 1991 (JSON only).' }),
  rank: singleCode
    .optional()
    .meta({ description: `The party every other party is ranked against, most aligned first, on the date (default: ${DEFAULT_ALIGNMENT_PARTIES[0]}).` }),
})
export type AlignmentQuery = z.output<typeof alignmentQuery>

const partnerList = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((c) => c.trim().replace(/\s+/g, '+'))
      .filter(Boolean)
      .map((c) => (/^forum:/i.test(c) ? `forum:${c.slice(6).toUpperCase()}` : c.toUpperCase())),
  )
  .pipe(
    z
      .array(z.string().regex(/^(forum:)?[A-Z0-9+]{2,12}$/, 'must be party codes, WLD, or forum:CODE, separated by commas'))
      .min(1, 'choose at least one partner')
      .max(40, 'at most 40 partners'),
  )

export const tradeQuery = z.object({
  reporters: codeList
    .pipe(z.array(z.string()).min(1, 'choose at least one reporter').max(20, 'at most 20 reporters'))
    .optional()
    .meta({ description: 'Reporting parties, 1 to 20 (default: KAZ).' }),
  partners: partnerList
    .optional()
    .meta({ description: "Partners, 1 to 40: party codes, WLD (World), or forum:CODE for a forum's members year by year (default: CHN,RUS,WLD)." }),
  flow: z
    .enum(['export', 'import', 'total'], { error: 'must be export, import or total' })
    .optional()
    .meta({ description: 'export, import, or total = export + import (default: total).' }),
  from: year.optional().meta({ description: 'First year, 1945–2100 (default: 1995, or the first year with data).' }),
  to: year.optional().meta({ description: 'Last year, 1945–2100 (default: the last year with data).' }),
  scale: z
    .enum(['linear', 'log'], { error: 'must be linear or log' })
    .optional()
    .meta({ description: 'Page only (accepted and ignored by the API): the value axis.' }),
  markers: codeList.optional().meta({
    description:
      'Forums whose accessions, withdrawals and status changes of the reporters are marked (default: the forums of the chosen forum: partners, else SCO,EAEU,EURASEC,CSTO,OTS).',
  }),
  reportedBy: z.enum(['reporter', 'partner', 'both'], { error: 'must be reporter, partner or both' }).optional().meta({
    description:
      "Whose statistics: the reporter's own (default), the partner's mirror figures (the partner's imports from the reporter as the reporter's exports, and so on), or both.",
  }),
})
export type TradeQuery = z.output<typeof tradeQuery>
export const DEFAULT_TRADE = { reporters: ['KAZ'], partners: ['CHN', 'RUS', 'WLD'], flow: 'total' as const, from: 1995 }

export const tradePartnersQuery = z.object({
  reporter: z
    .string()
    .transform((v) => v.trim().toUpperCase())
    .pipe(z.string().regex(/^[A-Z0-9]{2,12}$/, 'must be one party code, e.g. KAZ'))
    .meta({ description: 'The reporting party (required), e.g. KAZ.' }),
  year: year.optional().meta({ description: 'The year of the ranking (default: the last year with a ranking).' }),
  flow: z
    .enum(['export', 'import', 'total'], { error: 'must be export, import or total' })
    .optional()
    .meta({ description: 'export, import, or total = export + import (default: total).' }),
})
export type TradePartnersQuery = z.output<typeof tradePartnersQuery>

export const membershipQuery = z.object({
  asOf: isoDay.optional().meta({ description: 'Only the intervals in force on that day, YYYY-MM-DD, both ends inclusive (default: every interval).' }),
  forums: codeList.optional().meta({ description: 'Only these forums. C5+US may be written as-is or as C5%2BUS.' }),
  parties: codeList.optional().meta({ description: 'Only these parties (ISO 3166-1 alpha-3 codes for states).' }),
})
export type MembershipQuery = z.output<typeof membershipQuery>

/** For the endpoints that take no parameter at all (any parameter is refused by name). */
export const noParameters = z.object({})

/** The map page: one forum's statuses on a day, over the region or the world. */
export const mapQuery = z.object({
  /** Default: SCO. `+` may be written as-is (C5+US) or as %2B. */
  forum: z
    .string()
    .transform((c) => c.trim().replace(/\s+/g, '+').toUpperCase())
    .pipe(z.string().regex(/^[A-Z0-9+]{2,12}$/, 'must be a forum code like SCO'))
    .optional(),
  /** Default: today. */
  asOf: isoDay.optional(),
  /** region (default): Central Asia, the Caucasus and neighbours; world: every country. */
  view: z.enum(MAP_VIEWS, { error: 'must be region or world' }).optional(),
})
export type MapQuery = z.output<typeof mapQuery>
export const DEFAULT_MAP_FORUM = 'SCO'

/** Parses URLSearchParams against a schema; an unknown parameter is an error. A repeated one is
 *  joined with commas (what an HTML form's checkboxes send), so a list reads the same either way. */
export function parseQuery<S extends z.ZodObject>(schema: S, params: URLSearchParams): z.output<S> {
  const allowed = Object.keys(schema.shape)
  const raw: Record<string, string> = {}
  for (const [key, value] of params) {
    if (!allowed.includes(key)) {
      throw new ParamError(key || '(unnamed)', allowed.length ? `unknown parameter; allowed: ${allowed.join(', ')}` : 'this endpoint takes no parameters')
    }
    raw[key] = key in raw ? `${raw[key]},${value}` : value
  }
  const result = schema.safeParse(raw)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new ParamError(String(issue.path[0] ?? 'query'), issue.message)
  }
  return result.data
}

const oneCode = (example: string) =>
  z
    .string()
    .transform((c) => c.trim().replace(/\s+/g, '+').toUpperCase())
    .pipe(z.string().regex(/^[A-Z0-9+]{2,12}$/, `must be one code like ${example}`))

/** /events, /api/events and /api/events.csv. The filters select events; every attendee of a selected event is listed. */
export const eventsQuery = z.object({
  forum: oneCode('SCO').optional().meta({ description: 'Only events of this forum (a forum code; C5+US may be written as-is or as C5%2BUS).' }),
  party: oneCode('KAZ').optional().meta({ description: 'Only events this party attended (a party code), in the role given by role if any.' }),
  year: year.optional().meta({ description: 'Only events that started in this year (YYYY); combines with from and to.' }),
  from: year.optional().meta({ description: 'Only events that started in this year or later (YYYY).' }),
  to: year.optional().meta({ description: 'Only events that started in this year or earlier (YYYY); not before from.' }),
  role: z
    .enum(ATTENDANCE_ROLES, { error: `must be one of: ${ATTENDANCE_ROLES.join(', ')}` })
    .optional()
    .meta({ description: `Only events with an attendee in this role (${ATTENDANCE_ROLES.join(', ')}); with party, that party in this role.` }),
  kind: z
    .enum(EVENT_KINDS, { error: `must be one of: ${EVENT_KINDS.join(', ')}` })
    .optional()
    .meta({ description: `Only events of this kind (${EVENT_KINDS.join(', ')}).` }),
})
export type EventsQuery = z.output<typeof eventsQuery>

/** The /events page shows a page of the events it selects (the downloads hold them all). */
export const eventsPageQuery = eventsQuery.extend({ page: positive(9999).optional() })
export type EventsPageQuery = z.output<typeof eventsPageQuery>
export const EVENTS_PER_PAGE = 50

/** /changes, /api/changes and /api/changes.csv: what changed between two days, of the world (not of the database). */
export const changesQuery = z.object({
  from: isoDay.optional().meta({ description: 'The first day to compare, YYYY-MM-DD: changes after it are listed (default: one year before to).' }),
  to: isoDay.optional().meta({ description: 'The second day, YYYY-MM-DD: changes up to and including it are listed (default: today); not before from.' }),
  forum: oneCode('SCO').optional().meta({ description: 'Only changes in this forum (a forum code).' }),
  party: oneCode('KAZ').optional().meta({
    description: 'Only changes of this party (a party code): its own changes and applications, and the summits it attended or hosted.',
  }),
  kind: z
    .enum(['membership', 'application', 'summit'])
    .optional()
    .meta({ description: 'Only one family of changes: membership (accessions, changes of status, departures), application or summit (default: all).' }),
})
export type ChangesQuery = z.output<typeof changesQuery>

/** /changes.atom: the newest changes up to today, with the filters of /changes but no dates. */
export const changesFeedQuery = changesQuery.pick({ forum: true, party: true, kind: true })
export type ChangesFeedQuery = z.output<typeof changesFeedQuery>

/**
 * `lang` of the API's answers that carry names or codes of parties and forums (issue #23): `ru`
 * adds the Russian names beside the English ones (CSV: `…_name_ru` columns after the others; JSON:
 * a `localNames` field); `en`, like no `lang` at all, answers exactly as before. Codes, column
 * names and status values stay English either way.
 */
export const API_LANGS = ['en', 'ru'] as const
export type ApiLang = (typeof API_LANGS)[number]
export const langParam = z.enum(API_LANGS, { error: `must be one of: ${API_LANGS.join(', ')}` })

const lang = {
  lang: langParam.optional().meta({
    description:
      'ru: add the Russian names of the parties and forums (CSV: columns ending in _ru after the others, empty where the dataset has no Russian name; JSON: a localNames field). en (default): the answer as without lang. Codes, column names and status values stay English.',
  }),
}

/** The API routes' schemas: the shared ones with `lang` (the pages take no `lang`; their language is their address). */
export const membershipApiQuery = membershipQuery.extend(lang)
export const matrixApiQuery = matrixQuery.extend(lang)
export const overlapsApiQuery = overlapsQuery.extend(lang)
export const alignmentApiQuery = alignmentQuery.extend(lang)
export const tradeApiQuery = tradeQuery.extend(lang)
export const eventsApiQuery = eventsQuery.extend(lang)
export const changesApiQuery = changesQuery.extend(lang)
