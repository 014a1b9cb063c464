import { z } from 'zod'
import { FORUM_KINDS, MEMBERSHIP_STATUSES, PARTY_KINDS, REGIONS } from './dataset/vocabulary'
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

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`)
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v)
  }, 'is not a real calendar date')
  .refine((v) => v >= '1900-01-01' && v <= '2100-12-31', 'must be between 1900-01-01 and 2100-12-31')

// In a query string "+" means a space, so `forums=C5+US` arrives as "C5 US": a code never holds a
// space, so spaces inside a code are read back as "+".
const codeList = z
  .string()
  .transform((v) => v.split(',').map((c) => c.trim().replace(/\s+/g, '+').toUpperCase()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^[A-Z0-9+]{2,12}$/, 'must be codes like SCO,EAEU separated by commas')).max(500, 'too many codes'))

const listOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z
    .string()
    .transform((v) => v.split(',').map((c) => c.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values, { error: `must be ${what} from: ${values.join(', ')}` })))

export const matrixQuery = z.object({
  /** Default: today. */
  asOf: isoDay.optional(),
  /** Column order as given; default: every forum of the chosen kinds, in the default order. */
  forums: codeList.optional(),
  kinds: listOf(FORUM_KINDS, 'forum kinds').optional(),
  parties: codeList.optional(),
  region: listOf(REGIONS, 'regions').optional(),
  partyKind: listOf(PARTY_KINDS, 'party kinds').optional(),
  q: z.string().max(100, 'at most 100 characters').optional(),
  /** 1 (default): only parties in at least one selected forum; 0: every party. */
  only: z.enum(['0', '1'], { error: 'must be 0 or 1' }).optional(),
  /** name, region, code, or a selected forum's code (members first). */
  sort: z.string().regex(/^(name|region|code|[A-Z0-9+]{2,12})$/, 'must be name, region, code or a forum code').optional(),
  dir: z.enum(['asc', 'desc'], { error: 'must be asc or desc' }).optional(),
})
export type MatrixQuery = z.output<typeof matrixQuery>

const positive = (max: number) =>
  z.string().regex(/^\d{1,4}$/, 'must be a whole number').transform(Number).pipe(z.number().min(1, 'must be 1 or more').max(max, `must be ${max} or less`))

/** Defaults of the matrix page's window: the shipped dataset fits on one page. */
export const MATRIX_PAGE = { pageSize: 100, colPageSize: 20 }

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

const year = z.string().regex(/^\d{4}$/, 'must be a four-digit year').transform(Number).pipe(z.number().min(1945, 'must be 1945 or later').max(2100, 'must be 2100 or earlier'))

export const cowExportQuery = z.object({ from: year.optional(), to: year.optional(), forums: codeList.optional() })
export type CowExportQuery = z.output<typeof cowExportQuery>

export const DEFAULT_OVERLAP_FORUMS = ['SCO', 'EAEU', 'CSTO', 'OTS']

export const overlapsQuery = z.object({
  forums: codeList.pipe(z.array(z.string()).min(1, 'choose at least one forum').max(10, 'at most 10 forums')).optional(),
  /** Which statuses count as belonging (default: member). */
  statuses: listOf(MEMBERSHIP_STATUSES, 'statuses').optional(),
  asOf: isoDay.optional(),
  /** The selected intersection, forum codes joined by & (e.g. SCO&CSTO). */
  sel: z.string().regex(/^[A-Za-z0-9+& ]{2,200}$/, 'must be forum codes joined by &').optional(),
})
export type OverlapsQuery = z.output<typeof overlapsQuery>

const singleCode = z
  .string()
  .transform((c) => c.trim().replace(/\s+/g, '+').toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9+]{2,12}$/, 'must be a party code like KAZ'))

export const DEFAULT_ALIGNMENT_PARTIES = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'ARM', 'AZE', 'GEO', 'AFG', 'RUS', 'CHN', 'TUR', 'IRN', 'IND', 'PAK', 'BLR', 'MNG', 'USA']

export const alignmentQuery = z.object({
  parties: codeList.pipe(z.array(z.string()).min(2, 'choose at least two parties').max(200, 'at most 200 parties')).optional(),
  asOf: isoDay.optional(),
  /** The pair whose score is charted year by year. */
  a: singleCode.optional(),
  b: singleCode.optional(),
  /** The party whose forum portfolio is shown. */
  party: singleCode.optional(),
})
export type AlignmentQuery = z.output<typeof alignmentQuery>

const partnerList = z
  .string()
  .transform((v) => v.split(',').map((c) => c.trim().replace(/\s+/g, '+')).filter(Boolean).map((c) => (/^forum:/i.test(c) ? `forum:${c.slice(6).toUpperCase()}` : c.toUpperCase())))
  .pipe(z.array(z.string().regex(/^(forum:)?[A-Z0-9+]{2,12}$/, 'must be party codes, WLD, or forum:CODE, separated by commas')).min(1, 'choose at least one partner').max(40, 'at most 40 partners'))

export const tradeQuery = z.object({
  reporters: codeList.pipe(z.array(z.string()).min(1, 'choose at least one reporter').max(20, 'at most 20 reporters')).optional(),
  partners: partnerList.optional(),
  flow: z.enum(['export', 'import', 'total'], { error: 'must be export, import or total' }).optional(),
  from: year.optional(),
  to: year.optional(),
  /** Page only: the value axis. */
  scale: z.enum(['linear', 'log'], { error: 'must be linear or log' }).optional(),
  /** Forums whose accessions, withdrawals and status changes of the reporters are marked. */
  markers: codeList.optional(),
})
export type TradeQuery = z.output<typeof tradeQuery>
export const DEFAULT_TRADE = { reporters: ['KAZ'], partners: ['CHN', 'RUS', 'WLD'], flow: 'total' as const, from: 1995 }

export const membershipQuery = z.object({
  asOf: isoDay.optional(),
  forums: codeList.optional(),
  parties: codeList.optional(),
})
export type MembershipQuery = z.output<typeof membershipQuery>

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
    if (!allowed.includes(key)) throw new ParamError(key || '(unnamed)', `unknown parameter; allowed: ${allowed.join(', ')}`)
    raw[key] = key in raw ? `${raw[key]},${value}` : value
  }
  const result = schema.safeParse(raw)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new ParamError(String(issue.path[0] ?? 'query'), issue.message)
  }
  return result.data
}
