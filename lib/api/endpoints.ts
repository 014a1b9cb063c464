import type { z } from 'zod'
import {
  alignmentApiQuery,
  changesApiQuery,
  cowExportQuery,
  researchExportQuery,
  eventsApiQuery,
  matrixApiQuery,
  membershipApiQuery,
  noParameters,
  overlapsApiQuery,
  tradePartnersQuery,
  tradeApiQuery,
} from '../params'
import { EVENT_CSV_COLUMNS } from '../downloads/events'
import { CHANGES_CSV_COLUMNS } from '../downloads/changes'
import { CORRECTIONS_CSV_COLUMNS } from '../downloads/corrections'
import { ALIGNMENT_CSV_COLUMNS } from '../downloads/alignment'
import { APPLICATION_CSV_COLUMNS } from '../downloads/applications'
import { MEMBERSHIP_CSV_COLUMNS } from '../downloads/memberships'
import { OVERLAPS_CSV_COLUMNS } from '../downloads/overlaps'
import { TRADE_CSV_COLUMNS } from '../downloads/trade'
import { SOURCES_CSV_COLUMNS } from '../downloads/sources'
import { TRADE_EXPORT_COLUMNS } from '../downloads/trade-export'
import { DYAD_YEAR_COLUMNS, FORUM_YEAR_COLUMNS } from '../downloads/research-exports'
import {
  alignmentResponse,
  changesResponse,
  eventsResponse,
  matrixResponse,
  membershipsResponse,
  openApiResponse,
  overlapsResponse,
  tradePartnersResponse,
  tradeResponse,
} from './responses'

/**
 * Every public endpoint, once. /api/openapi.json and the /api page are generated from this list;
 * tests/e2e/api-docs.test.ts calls every example, and lib/api/endpoints.test.ts fails when a route
 * under app/api (admin routes excepted) is missing here or an entry names a route that doesn't exist.
 *
 * To add an endpoint, add one entry: its path, the very zod schema its route parses the query with
 * (from lib/params.ts), what it answers, an example request and a bad one, and the route module.
 */

export type RouteHandler = (request: Request) => Response | Promise<Response>

export type EndpointResponse =
  | { mediaType: 'application/json'; description: string; schema: z.ZodType }
  | {
      mediaType: 'text/csv'
      description: string
      /** The first columns of the header, in order (more may follow where `columnsNote` says so). */
      columns: readonly string[]
      columnsNote?: string
      /** What lang=ru adds after the columns (lib/params.ts langParam), where the endpoint takes lang. */
      langColumns?: string
      /** The example may answer the header alone (what curators did is nothing on a freshly seeded dataset). */
      mayBeEmpty?: boolean
    }

export interface Endpoint {
  /** The URL path, `/api/…`; also the folder of its route under app/. */
  path: `/api/${string}`
  method: 'GET'
  /** Groups endpoints on the /api page and in the document (OpenAPI tags). */
  tag: string
  summary: string
  description: string
  /** The zod schema the route validates its URL parameters with — the same export of lib/params.ts. */
  query: z.ZodObject
  response: EndpointResponse
  /** Whether it reads the database before answering, and so may answer 503 when it is down. */
  database: boolean
  /** The example request's query string ('' for none); it must answer 200. */
  example: string
  /** A query string the schema refuses; its 400 answer is generated into the document. */
  badExample: string
}

export const ENDPOINTS: Endpoint[] = [
  {
    path: '/api/memberships',
    method: 'GET',
    tag: 'Memberships',
    summary: 'Membership intervals, as JSON',
    description: 'Every membership interval (party, forum, status, dates, note, source), optionally only those in force on a day, of some forums or parties.',
    query: membershipApiQuery,
    response: { mediaType: 'application/json', description: 'The intervals, with the query as understood.', schema: membershipsResponse },
    database: true,
    example: '?asOf=2017-06-10&forums=SCO',
    badExample: '?asOf=2017-02-30',
  },
  {
    path: '/api/memberships.csv',
    method: 'GET',
    tag: 'Memberships',
    summary: 'Membership intervals, as CSV',
    description:
      "The CSV twin of /api/memberships. Dates are ISO; an empty valid_to means still in force; source is the citation's address (or its title when it has none). Both end days are included.",
    query: membershipApiQuery,
    response: {
      mediaType: 'text/csv',
      description: 'One row per interval.',
      columns: [...MEMBERSHIP_CSV_COLUMNS],
      langColumns: 'party_name_ru,forum_name_ru,forum_short_name_ru',
    },
    database: true,
    example: '?asOf=2017-06-10&forums=SCO',
    badExample: '?forums=S',
  },
  {
    path: '/api/applications.csv',
    method: 'GET',
    tag: 'Memberships',
    summary: 'Applications for a status, as CSV',
    description:
      'Dated, sourced applications (a party asking for membership, observer or partner status), made up to asOf; the status granted later, if any, is in /api/memberships.csv. applied_precision says whether the day, month or year is known.',
    query: membershipApiQuery,
    response: {
      mediaType: 'text/csv',
      description: 'One row per application.',
      columns: [...APPLICATION_CSV_COLUMNS],
      langColumns: 'party_name_ru,forum_name_ru,forum_short_name_ru',
    },
    database: true,
    example: '?forums=SCO',
    badExample: '?forums=S',
  },
  {
    path: '/api/matrix',
    method: 'GET',
    tag: 'Matrix',
    summary: 'The membership matrix on a day, as JSON',
    description:
      "Parties × forums on a day: each cell the party's interval in force (status, dates, note, source), the change marks against a year earlier, a per-forum count of each status, and every source cited.",
    query: matrixApiQuery,
    response: {
      mediaType: 'application/json',
      description: 'The whole matrix for these parameters (the /matrix page shows it a window of parties × forums at a time).',
      schema: matrixResponse,
    },
    database: true,
    example: '?asOf=2017-06-09&forums=SCO,CSTO,EAEU&parties=KAZ,UZB,RUS,IND',
    badExample: '?region=Atlantis',
  },
  {
    path: '/api/matrix.csv',
    method: 'GET',
    tag: 'Matrix',
    summary: 'The membership matrix on a day, as CSV',
    description:
      'The rows and columns of /matrix for the same parameters: each cell the status or empty. After one empty line follows a second table, source_id,title,publisher,url,published, with every source a cell cites.',
    query: matrixApiQuery,
    response: {
      mediaType: 'text/csv',
      description: 'The matrix, then its sources.',
      columns: ['party_code', 'party_name'],
      columnsNote: 'then one column per forum, named by its code',
      langColumns:
        'party_name_ru as the last column of the matrix; and a table forum_code,forum_name_ru,forum_short_name_ru between the sources and the about table',
    },
    database: true,
    example: '?asOf=2017-06-09&forums=SCO,CSTO,EAEU&parties=KAZ,UZB,RUS,IND',
    badExample: '?dir=up',
  },
  {
    path: '/api/overlaps',
    method: 'GET',
    tag: 'Overlaps',
    summary: 'Exclusive intersections of forums, as JSON',
    description: 'Each party counted once, in the exact set of the chosen forums it belongs to (with a status that counts) on a day.',
    query: overlapsApiQuery,
    response: { mediaType: 'application/json', description: 'The forums and their non-empty exclusive intersections.', schema: overlapsResponse },
    database: true,
    example: '?forums=SCO,EAEU,CSTO&asOf=2024-01-01',
    badExample: '?statuses=friend',
  },
  {
    path: '/api/overlaps.csv',
    method: 'GET',
    tag: 'Overlaps',
    summary: 'Exclusive intersections of forums, as CSV',
    description:
      'One row per non-empty exclusive intersection: the forum codes joined by & in the requested order, its size, and its party codes sorted and joined by a space.',
    query: overlapsApiQuery,
    response: {
      mediaType: 'text/csv',
      description: 'One row per intersection.',
      columns: [...OVERLAPS_CSV_COLUMNS],
      langColumns: 'forum_short_names_ru (joined by " & "),party_names_ru (joined by "; ")',
    },
    database: true,
    example: '?forums=SCO,EAEU,CSTO&asOf=2024-01-01',
    badExample: '?asOf=2024-13-01',
  },
  {
    path: '/api/alignment',
    method: 'GET',
    tag: 'Alignment',
    summary: 'How alike parties’ forum portfolios are, as JSON',
    description:
      'A weighted Jaccard score for every pair of parties on a day (member 1; observer, partner, associate 0.5; suspended 0.25), in cluster order; with a and b, the pair’s score year by year; with party, its portfolio year by year.',
    query: alignmentApiQuery,
    response: { mediaType: 'application/json', description: 'The similarity matrix, and the series asked for.', schema: alignmentResponse },
    database: true,
    example: '?parties=KAZ,UZB,KGZ,RUS&asOf=2024-01-01&a=KAZ&b=UZB&party=UZB',
    badExample: '?parties=KAZ',
  },
  {
    path: '/api/alignment.csv',
    method: 'GET',
    tag: 'Alignment',
    summary: 'Pairwise alignment scores, as CSV',
    description: 'Every unordered pair of the chosen parties, in cluster order, with the number of forums they share and their score (4 decimals).',
    query: alignmentApiQuery,
    response: { mediaType: 'text/csv', description: 'One row per pair.', columns: [...ALIGNMENT_CSV_COLUMNS], langColumns: 'party_a_name_ru,party_b_name_ru' },
    database: true,
    example: '?parties=KAZ,UZB,KGZ,RUS&asOf=2024-01-01',
    badExample: '?asOf=yesterday',
  },
  {
    path: '/api/trade',
    method: 'GET',
    tag: 'Trade',
    summary: 'Merchandise trade by reporter and partner, as JSON',
    description:
      "IMF DOTS figures as reported by each reporter (exports FOB, imports CIF), in US dollars as exact decimals; forum aggregates (forum:SCO) sum the forum's members year by year and say which members they cover. A year without a figure has no point (never a zero). With the membership markers and the sources.",
    query: tradeApiQuery,
    response: { mediaType: 'application/json', description: 'The points, markers and sources.', schema: tradeResponse },
    database: true,
    example: '?reporters=KAZ&partners=CHN,RUS,forum:EAEU&flow=total&from=2015&to=2020',
    badExample: '?flow=both',
  },
  {
    path: '/api/trade/partners',
    method: 'GET',
    tag: 'Trade',
    summary: "A reporter's partners ranked by share of trade, and its partner concentration (HHI) by year",
    description:
      "For one reporter and flow: its partners (countries, and the EU as one) ranked by share of its trade with the World in a year, and the Herfindahl–Hirschman index of those shares for every year that has one. A year's World figure and partner figures come from one source (never one office's figure divided by another's); statistical groups (CA5) are not partners, and an EU member is left out when the EU is ranked, so nothing counts twice. The index covers the partners in the dataset only, so it is a lower bound; `covered` says how much of the World total they account for.",
    query: tradePartnersQuery,
    response: { mediaType: 'application/json', description: 'The ranking, the concentration series and the sources.', schema: tradePartnersResponse },
    database: true,
    example: '?reporter=KAZ&year=2020&flow=total',
    badExample: '?reporter=KAZ&year=1800',
  },
  {
    path: '/api/trade.csv',
    method: 'GET',
    tag: 'Trade',
    summary: 'Merchandise trade by reporter and partner, as CSV',
    description:
      'The points of /api/trade: value_usd in US dollars as a plain decimal, computed exactly; forum aggregates appear as forum:CODE; source is the source id(s), space-separated.',
    query: tradeApiQuery,
    response: {
      mediaType: 'text/csv',
      description: 'One row per reporter, partner, year and flow.',
      columns: TRADE_CSV_COLUMNS,
      langColumns: "reporter_name_ru,partner_name_ru (a forum aggregate: the forum's name)",
    },
    database: true,
    example: '?reporters=KAZ&partners=CHN,RUS&flow=total&from=2015&to=2020',
    badExample: '?from=20x0',
  },
  {
    path: '/api/events',
    method: 'GET',
    tag: 'Events',
    summary: 'Summits and meetings with their attendees, as JSON',
    description:
      'Events oldest first, each with its date (as precisely as known), place, forum, attendees and their roles, note and source; filtered by forum, party (in a role, with role), year or a range of years.',
    query: eventsApiQuery,
    response: { mediaType: 'application/json', description: 'The events, with the query as understood.', schema: eventsResponse },
    database: true,
    example: '?forum=OTS&from=2021&to=2022',
    badExample: '?role=chair',
  },
  {
    path: '/api/events.csv',
    method: 'GET',
    tag: 'Events',
    summary: 'Summits and meetings, one row per attendance, as CSV',
    description:
      "The CSV twin of /api/events: one row per attendance (an event without recorded attendees gives one row with empty party_code and role). event_date is as precise as known (2024-07-06, 2009-04 or 2011); source is the attendance's own citation when it has one, else the event's: its address, or its title when it has none.",
    query: eventsApiQuery,
    response: {
      mediaType: 'text/csv',
      description: 'One row per attendance.',
      columns: [...EVENT_CSV_COLUMNS],
      langColumns: 'forum_name_ru,forum_short_name_ru,party_name_ru',
    },
    database: true,
    example: '?party=KAZ&role=host',
    badExample: '?year=20x4',
  },
  {
    path: '/api/changes',
    method: 'GET',
    tag: 'Changes',
    summary: 'What changed between two days, as JSON',
    description:
      "Accessions, status changes, departures, applications and summits whose day falls after from and on or before to (of the world, not of the database: the standing on from plus the membership changes is the standing on to), oldest first, each with its source (the membership interval's, the application's or the event's); filtered by forum, party (its own changes and applications, and the summits it attended or hosted) and kind (membership, application or summit). A departure is dated the day after the interval's last day; a summit is a summit or meeting of a forum (ministerials and signings are on /api/events). /changes.atom is a feed of the newest 50 with the same forum, party and kind filters.",
    query: changesApiQuery,
    response: { mediaType: 'application/json', description: 'The changes, with the query as understood.', schema: changesResponse },
    database: true,
    example: '?from=2014-01-01&to=2016-01-01&forum=EAEU',
    badExample: '?from=2020-13-01',
  },
  {
    path: '/api/changes.csv',
    method: 'GET',
    tag: 'Changes',
    summary: 'What changed between two days, one row per change, as CSV',
    description:
      "The CSV twin of /api/changes; /changes.csv answers the same. date is as precise as known (2024-07-06, 2009-04 or 2011); change is joined, status-changed, left, applied or summit; party_code and party_name are empty for a summit without a party filter; old_status is empty for an accession and a summit, and for an application is the status held the day before it; new_status is empty for a departure and a summit, and for an application is the status sought; source is the address of the change's source, or its title when it has none. Appended for summits: detail (title, place and hosts), role (the filtered party's role at it) and event_id.",
    query: changesApiQuery,
    response: {
      mediaType: 'text/csv',
      description: 'One row per change.',
      columns: [...CHANGES_CSV_COLUMNS],
      langColumns: 'party_name_ru,forum_name_ru,forum_short_name_ru',
    },
    database: true,
    example: '?from=2000-01-01&to=2010-01-01&party=UZB',
    badExample: '?forum=S',
  },
  {
    path: '/api/corrections.csv',
    method: 'GET',
    tag: 'Changes',
    summary: 'Curated corrections to the data (what, when, why), one row per field changed, as CSV',
    description:
      "The public part of the audit trail, newest first: each correction a curator made to the data (not a change of the world: those are /api/changes), with when it was made (at, UTC), what record (entity, entity_id, party_code, forum_code, what), each field's old_value and new_value, an import's counts (summary) and the curator's reason. Who made it is never included. A correction without field changes (an import) gives one row with empty field; reverts and reverted_by link a revert and the correction it undid. The page /changes/corrections shows the same, with the corrections to the shipped dataset (prisma/data/CORRECTIONS-*.md).",
    query: noParameters,
    response: { mediaType: 'text/csv', description: 'One row per field changed.', columns: [...CORRECTIONS_CSV_COLUMNS], mayBeEmpty: true },
    database: true,
    example: '',
    badExample: '?curator=someone',
  },
  {
    path: '/api/export/cow-igo.csv',
    method: 'GET',
    tag: 'Exports',
    summary: 'Memberships in the Correlates of War IGO state-year layout',
    description:
      'One row per state (and territory) and year; the status read on 31 December (today for the current year) coded as COW does: 1 full member (also suspended), 2 associate, 3 observer or partner, 0 none or applicant, -9 the forum did not exist. ccode is empty where our extract of COW has no state code.',
    query: cowExportQuery,
    response: {
      mediaType: 'text/csv',
      description: 'One row per state and year.',
      columns: ['ccode', 'iso3', 'state', 'year'],
      columnsNote: 'then one column per forum, named by its code',
    },
    database: true,
    example: '?from=2016&to=2018&forums=SCO,CSTO',
    badExample: '?from=1800',
  },
  {
    path: '/api/export/dyad-year.csv',
    method: 'GET',
    tag: 'Exports',
    summary: 'Joint memberships of every pair of states, year by year (dyad-year)',
    description:
      'One row per unordered pair of states with a COW code (ccode1 < ccode2) per year, streamed; statuses read as in the COW state-year export (31 December, today for the current year, a dissolved forum on its last day). joint_member: 1 when both are full members (COW code 1, also suspended) of at least one selected forum; joint_any: 1 when both hold member, associate, observer or partner status (COW 1–3) in at least one same forum; alignment_score: the /alignment weighted Jaccard index over the selected forums, 4 decimals, empty when neither holds any status in them. Merge on ccode1, ccode2, year.',
    query: researchExportQuery,
    response: { mediaType: 'text/csv', description: 'One row per pair of states and year, ordered by ccode1, ccode2, year.', columns: [...DYAD_YEAR_COLUMNS] },
    database: true,
    example: '?from=2016&to=2016&forums=EAEU',
    badExample: '?forums=E',
  },
  {
    path: '/api/export/forum-year.csv',
    method: 'GET',
    tag: 'Exports',
    summary: 'Parties per status, for each forum and year (forum-year)',
    description:
      'One row per forum per year it existed in the range, statuses read as in the COW state-year export; each count is of parties of every kind (states, territories, and organisations where a forum admits them) holding that status. members + suspended equals the states coded 1 in cow-igo.csv where every party is a state.',
    query: researchExportQuery,
    response: {
      mediaType: 'text/csv',
      description: 'One row per forum and year, forums in the order given (default order otherwise), then by year.',
      columns: [...FORUM_YEAR_COLUMNS],
    },
    database: true,
    example: '?from=2015&to=2017&forums=EAEU',
    badExample: '?to=26',
  },
  {
    path: '/api/export/trade.csv',
    method: 'GET',
    tag: 'Exports',
    summary: 'Every trade figure, streamed',
    description:
      'All stored trade figures as one CSV, streamed in constant memory (it takes no parameters; use /api/trade.csv to choose). estimated marks IMF estimates. It reads the database while streaming, so an outage cuts the download short instead of answering 503.',
    query: noParameters,
    response: {
      mediaType: 'text/csv',
      description: 'One row per stored figure, by id.',
      columns: [...TRADE_EXPORT_COLUMNS],
    },
    database: false,
    example: '',
    badExample: '?reporters=KAZ',
  },
  {
    path: '/api/export/sources.csv',
    method: 'GET',
    tag: 'Exports',
    summary: 'Every source of the dataset',
    description:
      'Every citation: its id (as the other downloads name it), title, publisher, address, publication date (as precise as known), kind (official, news, statistics, dataset, reference, seed), the note on what it states, and how many facts cite it.',
    query: noParameters,
    response: { mediaType: 'text/csv', description: 'One row per source.', columns: [...SOURCES_CSV_COLUMNS] },
    database: true,
    example: '',
    badExample: '?kind=news',
  },
  {
    path: '/api/openapi.json',
    method: 'GET',
    tag: 'About the API',
    summary: 'This API, as an OpenAPI 3.1 document',
    description: 'Generated from the same zod schemas that validate the requests (lib/params.ts) and describe the answers (lib/api/responses.ts).',
    query: noParameters,
    response: { mediaType: 'application/json', description: 'The OpenAPI document.', schema: openApiResponse },
    database: false,
    example: '',
    badExample: '?format=yaml',
  },
]
