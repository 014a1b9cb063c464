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
import { alignmentQuery, eventsQuery, matrixQuery, membershipQuery } from '../params'
import { parsedQuery } from './schema'

/**
 * The JSON bodies of the public API, as zod schemas: /api/openapi.json generates its response
 * schemas from these, and tests/e2e/api-docs.test.ts parses every documented example answer of the
 * running app with them (strict objects, so a field added or renamed in a route fails the test
 * until it is documented here).
 */

const day = isoDay.meta({ description: 'A calendar day, YYYY-MM-DD.' })
const status = z.enum(MEMBERSHIP_STATUSES)
const precision = z.enum(DATE_PRECISIONS).meta({ description: 'How precisely the date is known: a month or year date is stored as its first day.' })
const count = z.number().int().min(0)

const localName = z.strictObject({ name: z.string(), shortName: z.string() })
const localNames = z
  .strictObject({
    lang: z.enum(['ru']),
    forums: z.record(z.string(), localName).meta({ description: 'Forum code → its name and short name in lang, for the forums of the answer that have one.' }),
    parties: z.record(z.string(), localName).meta({ description: 'Party code → its name in lang, for the parties of the answer that have one.' }),
  })
  .optional()
  .meta({ description: 'Only with lang=ru: the Russian names of the parties and forums the answer names (codes and the other fields stay English).' })

const sourceRef = z
  .strictObject({
    id: z.string(),
    title: z.string(),
    publisher: z.string().nullable(),
    url: z.string().nullable(),
    published: z.string().nullable().meta({ description: 'As published: YYYY, YYYY-MM or YYYY-MM-DD.' }),
    kind: z.enum(SOURCE_KINDS),
  })
  .meta({ description: 'The citation a fact rests on.' })

const membershipInterval = z
  .strictObject({
    id: z.number().int(),
    partyCode: z.string(),
    partyName: z.string(),
    forumCode: z.string(),
    forumName: z.string(),
    status,
    validFrom: day,
    validFromPrecision: precision,
    validTo: day.nullable().meta({ description: 'The last day (inclusive); null while in force.' }),
    validToPrecision: precision.nullable(),
    note: z.string().nullable(),
    source: sourceRef,
    decidedAt: z
      .strictObject({ id: z.string(), title: z.string(), day, forumCode: z.string().nullable() })
      .nullable()
      .meta({ description: 'The summit that decided this interval, where the source says so.' }),
  })
  .meta({ description: 'One party in one forum with one status over a span of days.' })

const application = z
  .strictObject({
    partyCode: z.string(),
    partyName: z.string(),
    forumCode: z.string(),
    forumName: z.string(),
    soughtStatus: status,
    applied: day,
    appliedPrecision: precision,
    note: z.string().nullable(),
    source: sourceRef,
  })
  .meta({ description: 'A dated, sourced application for a status (not an interval of its own).' })

export const membershipsResponse = z.strictObject({
  query: parsedQuery(membershipQuery).meta({ description: 'The parameters as understood.' }),
  count,
  memberships: z.array(membershipInterval),
  applications: z.array(application).meta({ description: 'Applications of these parties to these forums made up to asOf (all, without asOf).' }),
  localNames,
})

// The interval in force, without what its row and column already give (codes and names) or an id.
const matrixCell = membershipInterval.omit({ id: true, partyCode: true, partyName: true, forumCode: true, forumName: true, decidedAt: true })

export const matrixResponse = z.strictObject({
  asOf: day,
  compareTo: day.nullable().meta({ description: 'The day the change marks compare with (a year earlier).' }),
  columns: z.array(
    z.strictObject({
      code: z.string(),
      name: z.string(),
      shortName: z.string(),
      kind: z.enum(FORUM_KINDS),
      founded: day,
      dissolved: day.nullable(),
      existence: z.enum(['active', 'not-yet-founded', 'dissolved']),
    }),
  ),
  rows: z.array(
    z.strictObject({
      code: z.string(),
      name: z.string(),
      shortName: z.string(),
      kind: z.enum(PARTY_KINDS),
      region: z.enum(REGIONS),
      cells: z.record(z.string(), matrixCell.nullable()).meta({ description: "Forum code → the party's interval in force on asOf, or null." }),
      changed: z.record(z.string(), status.nullable()).meta({ description: 'Forum codes whose status differs from compareTo → the status then.' }),
    }),
  ),
  summary: z.record(z.string(), z.record(status, count)).meta({ description: 'Forum code → how many rows hold each status.' }),
  sources: z.array(sourceRef),
  query: parsedQuery(matrixQuery).meta({ description: 'The parameters as understood.' }),
  localNames,
})

export const overlapsResponse = z.strictObject({
  asOf: day,
  statuses: z.array(status),
  forums: z.array(
    z.strictObject({
      code: z.string(),
      name: z.string(),
      shortName: z.string(),
      existence: z.enum(['active', 'not-yet-founded', 'dissolved']),
      size: count,
    }),
  ),
  intersections: z.array(
    z.strictObject({
      combination: z.string().meta({ description: 'The forum codes of this exclusive intersection, joined by &.' }),
      size: count,
      parties: z.array(z.string()),
    }),
  ),
  localNames,
})

const portfolioPoint = z.strictObject({
  year: z.number().int(),
  day,
  ...Object.fromEntries(MEMBERSHIP_STATUSES.map((s) => [s, count])),
  ...Object.fromEntries(FORUM_KINDS.map((k) => [`kind:${k}`, count])),
})

export const alignmentResponse = z.strictObject({
  asOf: day,
  matrix: z.strictObject({
    parties: z.array(z.string()).meta({ description: 'Party codes in cluster order.' }),
    scores: z.array(z.array(z.number().min(0).max(1))).meta({ description: 'Weighted Jaccard scores, in the order of parties.' }),
    shared: z.array(z.array(count)).meta({ description: 'Forums both parties belong to.' }),
  }),
  names: z.record(z.string(), z.string()),
  pair: z
    .strictObject({
      a: z.string(),
      b: z.string(),
      series: z.array(
        z.strictObject({
          year: z.number().int(),
          day,
          score: z.number().min(0).max(1),
          shared: count,
          changes: z.array(
            z.strictObject({
              day,
              partyCode: z.string(),
              forumCode: z.string(),
              kind: z.enum(['joined', 'status-changed', 'left']),
              status,
              previousStatus: status.nullable(),
            }),
          ),
        }),
      ),
    })
    .nullable()
    .meta({ description: 'With a and b: their score on 31 December of each year since 1991.' }),
  portfolio: z
    .strictObject({ party: z.string(), series: z.array(portfolioPoint) })
    .nullable()
    .meta({ description: 'With party: in how many forums it held each status, and of each kind, year by year.' }),
  ranking: z
    .strictObject({
      party: z.string(),
      rows: z.array(z.strictObject({ party: z.string(), score: z.number().min(0).max(1), shared: count })),
    })
    .meta({ description: 'Every party with a membership against `rank`, most aligned first (then more shared forums, then by code).' }),
  forumNames: z.record(z.string(), z.string()),
  sources: z.record(z.string(), sourceRef).meta({ description: 'Source id → the source, for every interval the view rests on.' }),
  sourceIds: z
    .strictObject({ matrix: z.array(z.string()), pair: z.array(z.string()), portfolio: z.array(z.string()) })
    .meta({ description: 'The source ids behind the heatmap, the pair series and the portfolio: one per interval used, repeats kept.' }),
  query: parsedQuery(alignmentQuery).meta({ description: 'The parameters as understood.' }),
  localNames,
})

export const tradeResponse = z.strictObject({
  reporters: z.array(z.string()),
  partners: z.array(z.string()),
  flow: z.enum(TRADE_FLOWS),
  from: z.number().int(),
  to: z.number().int(),
  reportedBy: z
    .enum(['reporter', 'partner', 'both'])
    .meta({ description: "Whose statistics the points are: the reporters' own, the partners' mirror figures, or both." }),
  points: z.array(
    z.strictObject({
      reporter: z.string(),
      partner: z.string().meta({ description: 'A party code, WLD, or forum:CODE.' }),
      year: z.number().int(),
      flow: z.enum(TRADE_FLOWS),
      measure: z
        .enum(TRADE_MEASURES)
        .meta({ description: 'goods (merchandise) or goods_services (a headline turnover that includes services); never mixed in one series.' }),
      valueUsd: z
        .string()
        .regex(/^-?\d+(\.\d+)?$/)
        .meta({ description: 'US dollars, an exact decimal.' }),
      estimated: z.boolean(),
      computed: z.boolean().optional().meta({ description: 'A total computed as exports + imports of one publisher (not a published total).' }),
      reportedBy: z.string().optional().meta({ description: "Mirror figures: the partner whose statistics these are (absent: the reporter's own)." }),
      sources: z.array(z.string()),
      members: z.array(z.string()).optional().meta({ description: 'For forum:CODE: the members the sum covers.' }),
      missing: z.array(z.string()).optional().meta({ description: 'For forum:CODE: the members without a figure.' }),
    }),
  ),
  markers: z.array(
    z.strictObject({
      day,
      precision,
      year: z.number().int(),
      reporter: z.string(),
      forumCode: z.string(),
      kind: z.enum(['joined', 'status-changed', 'left']),
      status,
      label: z.string().meta({ description: 'What happened, with the reporter by name: "Kazakhstan joins EAEU as member".' }),
      sourceId: z.string().meta({ description: 'The source of the membership interval behind the marker.' }),
    }),
  ),
  sources: z.record(z.string(), sourceRef).meta({ description: 'Source id → the source.' }),
  localNames,
})

const usd = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .meta({ description: 'US dollars, an exact decimal.' })

export const tradePartnersResponse = z.strictObject({
  reporter: z.string(),
  flow: z.enum(TRADE_FLOWS),
  year: z.number().int().nullable().meta({ description: 'The year of the ranking; null when the reporter has none.' }),
  years: z.array(z.number().int()).meta({ description: 'Years that have a ranking, oldest first.' }),
  ranking: z
    .strictObject({
      year: z.number().int(),
      source: z.string().meta({ description: 'The source of the World figure and of every partner figure ranked (one publisher).' }),
      worldUsd: usd,
      partners: z.array(
        z.strictObject({
          partner: z.string().meta({
            description: 'A country, or a bloc that trades as one (EU; its members are then left out). Statistical groups (WLD, CA5) are not partners.',
          }),
          rank: z.number().int(),
          valueUsd: usd,
          share: z.number().meta({ description: "Percent of the reporter's trade with the World in the same flow, year and source." }),
          estimated: z.boolean(),
          computed: z.boolean().optional().meta({ description: 'A total computed as exports + imports of one publisher.' }),
        }),
      ),
    })
    .nullable(),
  concentration: z.array(
    z.strictObject({
      year: z.number().int(),
      hhi: z.number().meta({
        description: 'Herfindahl–Hirschman index, Σ share² with shares in percent: 0 to 10,000. Over the partners in the dataset only, so a lower bound.',
      }),
      partners: z.number().int().meta({ description: 'Partners with a figure that year.' }),
      covered: z.number().meta({ description: 'Percent of trade with the World those partners account for.' }),
      source: z.string(),
    }),
  ),
  sources: z.record(z.string(), sourceRef).meta({ description: 'Source id → the source.' }),
})

export const openApiResponse = z
  .looseObject({ openapi: z.literal('3.1.0'), info: z.looseObject({ title: z.string(), version: z.string() }), paths: z.record(z.string(), z.unknown()) })
  .meta({ description: 'An OpenAPI 3.1 document.' })

/** Parts shared by several answers, given their own names in the document's components. */
export const SHARED_SCHEMAS = { Source: sourceRef, MembershipInterval: membershipInterval } as const

const eventSummary = z
  .strictObject({
    id: z.string(),
    forumCode: z.string().nullable().meta({ description: 'null for a meeting outside any forum.' }),
    forumName: z.string().nullable(),
    kind: z.enum(EVENT_KINDS),
    startDate: day,
    endDate: day.nullable(),
    datePrecision: precision,
    place: z.string().nullable(),
    title: z.string(),
    note: z.string().nullable(),
    source: sourceRef,
    attendees: z.array(
      z.strictObject({
        partyCode: z.string(),
        partyName: z.string(),
        role: z.enum(ATTENDANCE_ROLES),
        note: z.string().nullable(),
        source: sourceRef.nullable().meta({ description: "The attendance's own citation; null when the event's source covers it." }),
      }),
    ),
    decisions: z
      .array(z.strictObject({ partyCode: z.string(), partyName: z.string(), forumCode: z.string(), status, from: day, fromPrecision: precision }))
      .meta({ description: 'The memberships whose source says this event decided them (an accession, a change of status), in date order.' }),
  })
  .meta({ description: 'A summit or meeting with its attendees and their roles, and the memberships it decided.' })

export const eventsResponse = z.strictObject({
  query: parsedQuery(eventsQuery).meta({ description: 'The parameters as understood.' }),
  count,
  events: z.array(eventSummary),
  localNames,
})

const changeKind = z.enum(['joined', 'status-changed', 'left', 'applied', 'summit'])

export const changesResponse = z.strictObject({
  query: z
    .strictObject({
      from: day,
      to: day,
      forum: z.string().nullable(),
      party: z.string().nullable(),
      kind: z.enum(['membership', 'application', 'summit']).nullable(),
    })
    .meta({ description: 'The parameters as understood, with the defaults filled in.' }),
  count,
  counts: z.strictObject({ joined: count, 'status-changed': count, left: count, applied: count, summit: count }),
  changes: z.array(
    z
      .strictObject({
        date: day,
        precision: precision,
        change: changeKind.meta({
          description:
            'joined (from no status), status-changed (from one status to another), left (to no status), applied (an application for newStatus), summit (a summit or meeting of the forum).',
        }),
        partyCode: z.string().nullable().meta({ description: 'null for a summit when no party was asked for (a summit is the forum’s; see event.hosts).' }),
        partyName: z.string().nullable(),
        forumCode: z.string(),
        forumName: z.string(),
        oldStatus: status
          .nullable()
          .meta({ description: 'null for an accession and a summit; for an application, the status held the day before it (null: none).' }),
        newStatus: status.nullable().meta({ description: 'null for a departure and a summit; for an application, the status sought.' }),
        note: z.string().nullable(),
        source: sourceRef,
        event: z
          .strictObject({
            id: z.string(),
            kind: z.string().meta({ description: 'summit or meeting.' }),
            title: z.string(),
            place: z.string().nullable(),
            endDate: day.nullable(),
            hosts: z.array(z.strictObject({ code: z.string(), name: z.string() })),
          })
          .nullable()
          .meta({ description: 'The summit or meeting, for a summit; null otherwise.' }),
        role: z.string().nullable().meta({ description: "For a summit with a party filter: the party's role (host, participant, guest_of_honour, observer)." }),
      })
      .meta({
        description:
          "A dated, sourced change: the start (or end) of a membership interval with that interval's source, an application with its source, or a summit with the event's source.",
      }),
  ),
  localNames,
})
