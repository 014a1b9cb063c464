import type { Dataset } from '../dataset/load'
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
import type { CsvCell } from '../downloads/csv'

/**
 * The tables of a data release: one CSV per kind of fact, every file of a prisma/data folder joined
 * and sorted by the table's key, so the same facts always give the same bytes whichever file holds a
 * row. Each column is defined once with what the codebook says about it (type, meaning, allowed
 * values), so the codebook cannot miss a column.
 */

export type ColumnType = 'text' | 'code' | 'date' | 'year' | 'decimal' | 'boolean' | 'url' | 'enum'

export interface ReleaseColumn<Row> {
  name: string
  type: ColumnType
  meaning: string
  /** The closed list of values, for `enum` (and `boolean`) columns. */
  allowed?: readonly string[]
  /** May the cell be empty? */
  optional?: boolean
  value: (row: Row) => CsvCell
}

export interface ReleaseTable<Row = unknown> {
  /** The file name inside the release. */
  file: string
  meaning: string
  columns: ReleaseColumn<Row>[]
  rows: Row[]
}

type RowOf<K extends keyof Dataset> = Dataset[K][number]

const PRECISION = 'how precisely the date before it is known: to the day, or only to the month or year (then the date is the first day of that month or year)'

function precisionColumn<Row>(name: string, value: (r: Row) => CsvCell, optional = false): ReleaseColumn<Row> {
  return { name, type: 'enum', meaning: PRECISION, allowed: DATE_PRECISIONS, optional, value }
}

function sourceColumn<Row extends { source_id: string | null }>(optional = false): ReleaseColumn<Row> {
  return { name: 'source_id', type: 'code', meaning: 'the source that states this fact: an `id` of sources.csv', optional, value: (r) => r.source_id }
}

const byKeys =
  <Row>(...keys: ((r: Row) => string | number | null)[]) =>
  (a: Row, b: Row) => {
    for (const key of keys) {
      const x = key(a) ?? ''
      const y = key(b) ?? ''
      if (x < y) return -1
      if (x > y) return 1
    }
    return 0
  }

function table<K extends keyof Dataset>(
  dataset: Dataset,
  kind: K,
  file: string,
  meaning: string,
  columns: ReleaseColumn<RowOf<K>>[],
  order: (a: RowOf<K>, b: RowOf<K>) => number,
): ReleaseTable<RowOf<K>> {
  return { file, meaning, columns, rows: [...(dataset[kind] as RowOf<K>[])].sort(order) }
}

/** Every table of a release, in the order the codebook lists them. */
export function releaseTables(dataset: Dataset): ReleaseTable[] {
  const tables = [
    table(
      dataset,
      'parties',
      'parties.csv',
      'who can belong to a forum: states, territories, blocs, organizations, and statistical aggregates used as trade partners',
      [
        {
          name: 'code',
          type: 'code',
          meaning: 'ISO 3166-1 alpha-3 for states; a usual short code for blocs and organizations (EU, GCC); WLD World, CA5 the five Central Asian states',
          value: (r) => r.code,
        },
        { name: 'name', type: 'text', meaning: 'the name in English', value: (r) => r.name },
        { name: 'short_name', type: 'text', meaning: 'the short label the dashboard shows', value: (r) => r.short_name },
        { name: 'kind', type: 'enum', meaning: 'what the party is', allowed: PARTY_KINDS, value: (r) => r.kind },
        { name: 'region', type: 'enum', meaning: 'the region the dashboard groups it in', allowed: REGIONS, value: (r) => r.region },
      ],
      byKeys((r) => r.code),
    ),
    table(
      dataset,
      'forums',
      'forums.csv',
      'the multilateral forums: treaty organizations, summit formats, dialogue platforms and processes',
      [
        { name: 'code', type: 'code', meaning: 'the forum’s code in the dashboard (SCO, EAEU, C5+US…)', value: (r) => r.code },
        { name: 'name', type: 'text', meaning: 'the full name in English', value: (r) => r.name },
        { name: 'short_name', type: 'text', meaning: 'the short label the dashboard shows', value: (r) => r.short_name },
        { name: 'kind', type: 'enum', meaning: 'what kind of forum it is', allowed: FORUM_KINDS, value: (r) => r.kind },
        { name: 'founded', type: 'date', meaning: 'the day it was founded (YYYY-MM-DD)', value: (r) => r.founded },
        precisionColumn('founded_precision', (r) => r.founded_precision),
        { name: 'dissolved', type: 'date', meaning: 'the day it was dissolved; empty while it exists', optional: true, value: (r) => r.dissolved },
        precisionColumn('dissolved_precision', (r) => r.dissolved_precision, true),
        {
          name: 'predecessor_code',
          type: 'code',
          meaning: 'the forum this one continues (a `code` of this file); empty if none',
          optional: true,
          value: (r) => r.predecessor_code,
        },
        { name: 'headquarters', type: 'text', meaning: 'the seat of its secretariat, if it has one', optional: true, value: (r) => r.headquarters },
        { name: 'description', type: 'text', meaning: 'one or two sentences on what it is', value: (r) => r.description },
        sourceColumn(),
      ],
      byKeys((r) => r.code),
    ),
    table(
      dataset,
      'memberships',
      'memberships.csv',
      'who held which status in which forum, from when to when: one row per interval, inclusive at both ends; a status change ends one interval the day before the next begins',
      [
        { name: 'party_code', type: 'code', meaning: 'the party (a `code` of parties.csv)', value: (r) => r.party_code },
        { name: 'forum_code', type: 'code', meaning: 'the forum (a `code` of forums.csv)', value: (r) => r.forum_code },
        {
          name: 'status',
          type: 'enum',
          meaning:
            'the status held: member (participants of a summit format are members), observer, partner (dialogue partner), associate, applicant, suspended (participation frozen while still formally inside)',
          allowed: MEMBERSHIP_STATUSES,
          value: (r) => r.status,
        },
        { name: 'valid_from', type: 'date', meaning: 'the first day of the interval', value: (r) => r.valid_from },
        precisionColumn('from_precision', (r) => r.from_precision),
        { name: 'valid_to', type: 'date', meaning: 'the last day of the interval; empty while in force', optional: true, value: (r) => r.valid_to },
        precisionColumn('to_precision', (r) => r.to_precision, true),
        {
          name: 'note',
          type: 'text',
          meaning: 'what the dates are (signature, ratification, entry into force, summit decision) and what a reader should know',
          optional: true,
          value: (r) => r.note,
        },
        sourceColumn(),
        {
          name: 'decided_at_event',
          type: 'code',
          meaning: 'the summit that decided this interval (an `id` of events.csv), where the source says so',
          optional: true,
          value: (r) => r.decided_at_event,
        },
      ],
      byKeys(
        (r) => r.forum_code,
        (r) => r.party_code,
        (r) => r.valid_from,
        (r) => r.status,
      ),
    ),
    table(
      dataset,
      'applications',
      'applications.csv',
      'requests for a status: a dated fact that a party applied, not an interval (the party keeps its status meanwhile)',
      [
        { name: 'party_code', type: 'code', meaning: 'the party that applied (a `code` of parties.csv)', value: (r) => r.party_code },
        { name: 'forum_code', type: 'code', meaning: 'the forum (a `code` of forums.csv)', value: (r) => r.forum_code },
        { name: 'sought_status', type: 'enum', meaning: 'the status applied for', allowed: MEMBERSHIP_STATUSES, value: (r) => r.sought_status },
        { name: 'applied', type: 'date', meaning: 'the day the application was made or first reported (the note says which)', value: (r) => r.applied },
        precisionColumn('applied_precision', (r) => r.applied_precision),
        { name: 'note', type: 'text', meaning: 'what the date is and what a reader should know', optional: true, value: (r) => r.note },
        sourceColumn(),
      ],
      byKeys(
        (r) => r.forum_code,
        (r) => r.party_code,
        (r) => r.applied,
        (r) => r.sought_status,
      ),
    ),
    table(
      dataset,
      'events',
      'events.csv',
      'summits, ministerial meetings, signings and other meetings',
      [
        { name: 'id', type: 'code', meaning: 'the event’s id (referred to by attendance.csv and memberships.csv)', value: (r) => r.id },
        {
          name: 'forum_code',
          type: 'code',
          meaning: 'the forum it belongs to (a `code` of forums.csv); empty for an event outside any forum',
          optional: true,
          value: (r) => r.forum_code,
        },
        { name: 'kind', type: 'enum', meaning: 'what kind of event', allowed: EVENT_KINDS, value: (r) => r.kind },
        { name: 'start_date', type: 'date', meaning: 'its first day', value: (r) => r.start_date },
        { name: 'end_date', type: 'date', meaning: 'its last day, when it lasted more than one', optional: true, value: (r) => r.end_date },
        precisionColumn('date_precision', (r) => r.date_precision),
        { name: 'place', type: 'text', meaning: 'where it was held', optional: true, value: (r) => r.place },
        { name: 'title', type: 'text', meaning: 'its name', value: (r) => r.title },
        { name: 'note', type: 'text', meaning: 'what a reader should know', optional: true, value: (r) => r.note },
        sourceColumn(),
      ],
      byKeys(
        (r) => r.start_date,
        (r) => r.id,
      ),
    ),
    table(
      dataset,
      'attendance',
      'attendance.csv',
      'who took part in an event, in which role',
      [
        { name: 'event_id', type: 'code', meaning: 'the event (an `id` of events.csv)', value: (r) => r.event_id },
        { name: 'party_code', type: 'code', meaning: 'the party (a `code` of parties.csv)', value: (r) => r.party_code },
        { name: 'role', type: 'enum', meaning: 'its role at the event', allowed: ATTENDANCE_ROLES, value: (r) => r.role },
        { name: 'note', type: 'text', meaning: 'who represented it, or what a reader should know', optional: true, value: (r) => r.note },
        { ...sourceColumn<RowOf<'attendance'>>(true), meaning: 'the source that states the attendance; empty when it is the event’s own source' },
      ],
      byKeys(
        (r) => r.event_id,
        (r) => r.party_code,
        (r) => r.role,
      ),
    ),
    table(
      dataset,
      'trade',
      'trade.csv',
      'trade in goods (or goods and services, where an office publishes only that) by reporter, partner, year and flow, in US dollars',
      [
        { name: 'reporter_code', type: 'code', meaning: 'the party whose trade it is (a `code` of parties.csv)', value: (r) => r.reporter_code },
        { name: 'partner_code', type: 'code', meaning: 'the partner (a `code` of parties.csv; WLD the world)', value: (r) => r.partner_code },
        { name: 'year', type: 'year', meaning: 'the calendar year', value: (r) => r.year },
        {
          name: 'flow',
          type: 'enum',
          meaning: 'export, import, or total (exports plus imports, for figures published only as a turnover)',
          allowed: TRADE_FLOWS,
          value: (r) => r.flow,
        },
        {
          name: 'measure',
          type: 'enum',
          meaning: 'goods (merchandise) or goods_services; figures of different measures are never joined in a series',
          allowed: TRADE_MEASURES,
          value: (r) => r.measure,
        },
        { name: 'value_usd', type: 'decimal', meaning: 'the value in US dollars (not millions)', value: (r) => r.value_usd },
        {
          name: 'estimated',
          type: 'boolean',
          meaning: 'true when the publisher marks the figure as its estimate',
          allowed: ['true', 'false'],
          value: (r) => (r.estimated ? 'true' : 'false'),
        },
        {
          name: 'published_value',
          type: 'text',
          meaning: 'the figure as the publisher printed it, when it was converted',
          optional: true,
          value: (r) => r.published_value,
        },
        {
          name: 'published_unit',
          type: 'text',
          meaning: 'the unit of published_value as the publisher gave it (e.g. "billion USD")',
          optional: true,
          value: (r) => r.published_unit,
        },
        { name: 'note', type: 'text', meaning: 'what a reader should know about the figure', optional: true, value: (r) => r.note },
        sourceColumn(),
      ],
      byKeys(
        (r) => r.reporter_code,
        (r) => r.partner_code,
        (r) => r.year,
        (r) => r.flow,
        (r) => r.measure,
        (r) => r.source_id,
      ),
    ),
    table(
      dataset,
      'names',
      'names.csv',
      'names of forums and parties in other languages than English, each with its source (states take the ISO country names; see the README)',
      [
        { name: 'lang', type: 'enum', meaning: 'the language (ISO 639-1)', allowed: ['ru'], value: (r) => r.lang },
        {
          name: 'kind',
          type: 'enum',
          meaning: 'what is named: a forum (a `code` of forums.csv) or a party (of parties.csv)',
          allowed: ['forum', 'party'],
          value: (r) => r.kind,
        },
        { name: 'code', type: 'code', meaning: 'the forum’s or party’s code', value: (r) => r.code },
        { name: 'name', type: 'text', meaning: 'the official full name in that language, as the source prints it', value: (r) => r.name },
        { name: 'short_name', type: 'text', meaning: 'the abbreviation or short label the dashboard shows in that language', value: (r) => r.short_name },
        sourceColumn(),
        { name: 'note', type: 'text', meaning: 'the words the source prints, other official forms, renamings', optional: true, value: (r) => r.note },
      ],
      byKeys(
        (r) => r.lang,
        (r) => r.kind,
        (r) => r.code,
      ),
    ),
    table(
      dataset,
      'statusTerms',
      'status-terms.csv',
      'the terms organizations use for each status, by language (the glossary)',
      [
        { name: 'lang', type: 'enum', meaning: 'the language (ISO 639-1)', allowed: ['ru'], value: (r) => r.lang },
        { name: 'status', type: 'enum', meaning: 'the dashboard’s status the term names', allowed: MEMBERSHIP_STATUSES, value: (r) => r.status },
        { name: 'forum_code', type: 'code', meaning: 'the forum whose term it is; empty for a general term', optional: true, value: (r) => r.forum_code },
        { name: 'term', type: 'text', meaning: 'the term, as the source prints it', value: (r) => r.term },
        sourceColumn(),
        { name: 'note', type: 'text', meaning: 'its legal scope and what a reader should know', optional: true, value: (r) => r.note },
      ],
      byKeys(
        (r) => r.lang,
        (r) => r.status,
        (r) => r.forum_code,
        (r) => r.term,
      ),
    ),
    table(
      dataset,
      'sources',
      'sources.csv',
      'the citations: every fact above names one by its id',
      [
        { name: 'id', type: 'code', meaning: 'the source’s id', value: (r) => r.id },
        { name: 'title', type: 'text', meaning: 'its title', value: (r) => r.title },
        { name: 'publisher', type: 'text', meaning: 'who published it', optional: true, value: (r) => r.publisher },
        {
          name: 'url',
          type: 'url',
          meaning: 'the address that states the fact; empty only for printed works and the seed documents',
          optional: true,
          value: (r) => r.url,
        },
        { name: 'published', type: 'text', meaning: 'when it was published: YYYY-MM-DD, YYYY-MM or YYYY', optional: true, value: (r) => r.published },
        {
          name: 'kind',
          type: 'enum',
          meaning: 'official (the organization’s or a government’s own), news, reference, dataset, statistics, or seed (the documents the project began from)',
          allowed: SOURCE_KINDS,
          value: (r) => r.kind,
        },
        { name: 'note', type: 'text', meaning: 'what a reader should know about the source', optional: true, value: (r) => r.note },
      ],
      byKeys((r) => r.id),
    ),
  ]
  return tables as ReleaseTable[]
}
