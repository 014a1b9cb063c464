import { sourceCell } from './source-cell'
import { toCsv, type CsvCell } from './csv'
import type { Precision } from '../dates'
import type { EventSummary } from '../domain/types'
import type { LocalNames } from '../i18n/names'
import { forumName, forumShortName, nameColumns, partyName } from './local-names'

/**
 * The events download, shared by the API route and the page's link: one row per attendance, in
 * the order of the page (events oldest first, attendees hosts first). An event with no recorded
 * attendee still gets one row, with empty party_code and role. `source` is the attendance's own
 * citation when it has one, else the event's; like memberships.csv it is the source's address, or
 * its title (and publisher) for the seed documents that have none — each row carries its citation,
 * so no sources block follows the table.
 */
export const EVENT_CSV_COLUMNS = ['event_date', 'forum_code', 'title', 'place', 'party_code', 'role', 'source'] as const

/** An ISO 8601 date only as precise as it is known: 2024-07-04, 2024-07 or 2024. */
export function dateAsKnown(day: string, precision: Precision): string {
  return precision === 'year' ? day.slice(0, 4) : precision === 'month' ? day.slice(0, 7) : day
}

export function eventCsvRows(events: readonly EventSummary[]): CsvCell[][] {
  return events.flatMap((e) => {
    const common = [dateAsKnown(e.startDate, e.datePrecision), e.forumCode ?? '', e.title, e.place ?? '']
    if (e.attendees.length === 0) return [[...common, '', '', sourceCell(e.source)]]
    return e.attendees.map((a) => [...common, a.partyCode, a.role, sourceCell(a.source ?? e.source)])
  })
}

/** With `names` (the API's lang=ru): `forum_name_ru`, `forum_short_name_ru` and `party_name_ru` after the other columns. */
export function eventsCsv(events: readonly EventSummary[], names: LocalNames | null = null): string {
  if (!names) return toCsv(EVENT_CSV_COLUMNS, eventCsvRows(events))
  const c = nameColumns(names)
  const rows = events.flatMap((e) => {
    const forum = [forumName(names, e.forumCode), forumShortName(names, e.forumCode)]
    return e.attendees.length === 0 ? [[...forum, '']] : e.attendees.map((a) => [...forum, partyName(names, a.partyCode)])
  })
  return toCsv(
    [...EVENT_CSV_COLUMNS, c.forumName, c.forumShortName, c.party()],
    eventCsvRows(events).map((row, i) => [...row, ...rows[i]]),
  )
}

/** The query string of a filtered view, without empty values, for links to the page and the downloads. */
export function eventsSearch(q: Partial<Record<'forum' | 'party' | 'year' | 'from' | 'to' | 'role' | 'kind', string | number | undefined>>): string {
  const params = new URLSearchParams()
  for (const key of ['forum', 'party', 'year', 'from', 'to', 'role', 'kind'] as const) {
    const v = q[key]
    if (v !== undefined && v !== '') params.set(key, String(v))
  }
  const s = params.toString()
  return s ? `?${s}` : ''
}
