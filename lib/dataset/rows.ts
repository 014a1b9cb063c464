import { isoDay } from '../domain/day'
import { z } from 'zod'
import {
  ATTENDANCE_ROLES,
  DATE_PRECISIONS,
  EVENT_KINDS,
  FORUM_KINDS,
  MEMBERSHIP_STATUSES,
  PARTY_KINDS,
  REGIONS,
  SOURCE_KINDS,
  TRADE_FLOWS,
  TRADE_MEASURES,
} from '../domain/vocabulary'

/** zod schemas for one row of each dataset file (layouts in prisma/data/README.md). */

const text = z.string().trim().min(1, 'must not be empty')
const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? null : v))
const isoDate = z.string().trim().pipe(isoDay)
const optionalIsoDate = z.union([z.literal('').transform(() => null), isoDate])
const precision = z.enum(DATE_PRECISIONS, { error: `must be one of ${DATE_PRECISIONS.join(', ')}` })
const optionalPrecision = z.union([z.literal('').transform(() => null), precision])
const code = z
  .string()
  .trim()
  .regex(/^[A-Z0-9+]{2,12}$/, 'must be an upper-case code (letters, digits, +)')
const optionalCode = z.union([z.literal('').transform(() => null), code])
const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lower-case slug (a-z, 0-9, -)')
const optionalSlug = z.union([z.literal('').transform(() => null), slug])
const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `must be one of ${values.join(', ')}` })

/** Hosts that copy other sites (Wikipedia mirrors) or are not the publisher's public site (staging). */
const UNCITABLE_HOSTS = /(^|\.)(wikimili\.com|amansaja\.com|movatter\.jp|iiab\.me|wikiwand\.com|wiki2\.org|dbpedia\.org)$|(^|[.-])(staging|test)[.-]/i

export const sourceRow = z.object({
  id: slug,
  title: text,
  publisher: optionalText,
  url: z.union([
    z.literal('').transform(() => null),
    z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .refine((u) => !UNCITABLE_HOSTS.test(new URL(u).hostname), 'points at a mirror or a staging host: cite the publisher itself'),
  ]),
  published: z.union([z.literal('').transform(() => null), z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')]),
  kind: oneOf(SOURCE_KINDS),
  note: optionalText,
})

export const partyRow = z.object({
  code,
  name: text,
  short_name: text,
  kind: oneOf(PARTY_KINDS),
  region: oneOf(REGIONS),
})

export const forumRow = z.object({
  code,
  name: text,
  short_name: text,
  kind: oneOf(FORUM_KINDS),
  founded: isoDate,
  founded_precision: precision,
  dissolved: optionalIsoDate,
  dissolved_precision: optionalPrecision,
  predecessor_code: optionalCode,
  headquarters: optionalText,
  description: text,
  source_id: slug,
})

export const membershipRow = z.object({
  party_code: code,
  forum_code: code,
  status: oneOf(MEMBERSHIP_STATUSES),
  valid_from: isoDate,
  from_precision: precision,
  valid_to: optionalIsoDate,
  to_precision: optionalPrecision,
  note: optionalText,
  source_id: slug,
  decided_at_event: optionalSlug,
})

export const applicationRow = z.object({
  party_code: code,
  forum_code: code,
  sought_status: oneOf(MEMBERSHIP_STATUSES),
  applied: isoDate,
  applied_precision: precision,
  note: optionalText,
  source_id: slug,
})

export const eventRow = z.object({
  id: slug,
  forum_code: optionalCode,
  kind: oneOf(EVENT_KINDS),
  start_date: isoDate,
  end_date: optionalIsoDate,
  date_precision: precision,
  place: optionalText,
  title: text,
  note: optionalText,
  source_id: slug,
})

export const attendanceRow = z.object({
  event_id: slug,
  party_code: code,
  role: oneOf(ATTENDANCE_ROLES),
  note: optionalText,
  source_id: optionalSlug,
})

export const tradeRow = z.object({
  reporter_code: code,
  partner_code: code,
  year: z
    .string()
    .trim()
    .regex(/^\d{4}$/, 'must be a four-digit year')
    .transform(Number),
  flow: oneOf(TRADE_FLOWS),
  value_usd: z
    .string()
    .trim()
    .regex(/^\d+(\.\d{1,2})?$/, 'must be a plain non-negative decimal in US$ (at most 2 decimals)'),
  estimated: z.enum(['true', 'false', ''], { error: 'must be true, false or empty' }).transform((v) => v === 'true'),
  note: optionalText,
  source_id: slug,
  measure: z.union([z.literal('').transform(() => 'goods' as const), oneOf(TRADE_MEASURES)]),
  published_value: optionalText,
  published_unit: optionalText,
})

/** A forum's or party's name in another language (prisma/data/names/), with its source. */
export const localizedNameRow = z.object({
  lang: oneOf(['ru'] as const),
  kind: oneOf(['forum', 'party'] as const),
  code,
  name: text,
  short_name: text,
  source_id: slug,
  note: optionalText,
})

/** A term an organization uses for a status (prisma/data/glossary/); forum_code empty = a general term. */
export const statusTermRow = z.object({
  lang: oneOf(['ru'] as const),
  status: oneOf(MEMBERSHIP_STATUSES),
  forum_code: optionalCode,
  term: text,
  source_id: slug,
  note: optionalText,
})

export type SourceRow = z.output<typeof sourceRow>
export type LocalizedNameRow = z.output<typeof localizedNameRow>
export type StatusTermRow = z.output<typeof statusTermRow>
export type PartyRow = z.output<typeof partyRow>
export type ForumRow = z.output<typeof forumRow>
export type MembershipRow = z.output<typeof membershipRow>
export type ApplicationRow = z.output<typeof applicationRow>
export type EventRow = z.output<typeof eventRow>
export type AttendanceRow = z.output<typeof attendanceRow>
export type TradeRow = z.output<typeof tradeRow>

/** Columns a file may leave out (they were added later; files written before stay valid). */
const OPTIONAL_TRAILING = new Set(['decided_at_event', 'measure', 'published_value', 'published_unit'])

/**
 * The columns a file with this header provides, when it is the schema's header or that header
 * without its optional trailing columns; null otherwise. Missing optional cells read as empty.
 */
export function acceptedColumns(expected: string[], header: string[]): string[] | null {
  if (header.join(',') === expected.join(',')) return expected
  let required = expected.length
  while (required > 0 && OPTIONAL_TRAILING.has(expected[required - 1])) required--
  return required < expected.length && header.join(',') === expected.slice(0, required).join(',') ? expected.slice(0, required) : null
}
