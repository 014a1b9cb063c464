// The closed vocabularies of the data model, shared by the dataset loader, URL parameters and UI.
// They mirror the enums in prisma/schema.prisma (tests/db/schema-matches-migrations.test.ts checks it).

export const MEMBERSHIP_STATUSES = ['member', 'observer', 'partner', 'associate', 'applicant', 'suspended'] as const
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number]

export const PARTY_KINDS = ['state', 'territory', 'bloc', 'organization', 'aggregate'] as const
export const FORUM_KINDS = ['treaty_organization', 'summit_format', 'dialogue_platform', 'process'] as const
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const
export const SOURCE_KINDS = ['seed', 'official', 'news', 'reference', 'dataset', 'statistics'] as const
export const EVENT_KINDS = ['summit', 'ministerial', 'signing', 'meeting'] as const
export const ATTENDANCE_ROLES = ['host', 'participant', 'guest_of_honour', 'observer'] as const
export const TRADE_FLOWS = ['export', 'import', 'total'] as const

export const REGIONS = [
  'Central Asia',
  'South Caucasus',
  'South Asia',
  'East Asia',
  'Southeast Asia',
  'Middle East',
  'North Africa',
  'Sub-Saharan Africa',
  'Eastern Europe',
  'Europe',
  'Americas',
  'Oceania',
  'Global',
] as const

export const FORUM_KIND_LABELS: Record<(typeof FORUM_KINDS)[number], string> = {
  treaty_organization: 'Treaty organization',
  summit_format: 'Summit format',
  dialogue_platform: 'Dialogue platform',
  process: 'Process',
}

/** Statuses as a group of parties: "Members", "Observers", but "Suspended" (not "Suspendeds"). */
export const STATUS_PLURALS: Record<MembershipStatus, string> = {
  member: 'Members',
  observer: 'Observers',
  partner: 'Partners',
  associate: 'Associates',
  applicant: 'Applicants',
  suspended: 'Suspended',
}

export const FORUM_KIND_PLURALS: Record<(typeof FORUM_KINDS)[number], string> = {
  treaty_organization: 'Treaty organizations',
  summit_format: 'Summit formats',
  dialogue_platform: 'Dialogue platforms',
  process: 'Processes',
}

export const STATUS_LABELS: Record<MembershipStatus, string> = {
  member: 'Member',
  observer: 'Observer',
  partner: 'Partner',
  associate: 'Associate',
  applicant: 'Applicant',
  suspended: 'Suspended',
}

export const TRADE_MEASURES = ['goods', 'goods_services'] as const
export type TradeMeasure = (typeof TRADE_MEASURES)[number]
