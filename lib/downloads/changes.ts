import { countChanges, type DatedChange } from '../transforms/changes'
import { dateAsKnown } from './events'
import { sourceCell } from './source-cell'
import { toCsv } from './csv'
import type { LocalNames } from '../i18n/names'
import { partyForumColumns } from './local-names'

/**
 * /api/changes.csv and /changes.csv (and the link on /changes): one row per change between the two
 * days, oldest first, as the page lists them.
 *
 * - `date`: as precise as known (2024-07-04, 2024-07 or 2024).
 * - `change`: joined, status-changed, left, applied or summit.
 * - `party_code`, `party_name`: whose change; for a summit, the party the filter asked for (empty
 *   without a party filter: a summit is the forum's, its hosts are in `detail`).
 * - `forum_code`, `forum_name`: where.
 * - `old_status`: the status before (empty for an accession and a summit; for an application, the
 *   status the party held the day before it applied, empty for none).
 * - `new_status`: the status after (empty for a departure and a summit; for an application, the
 *   status sought).
 * - `source`: the citation stating the change (the interval's, the application's or the event's):
 *   its address, or its title when it has none.
 * Appended after these, for summits:
 * - `detail`: the summit's title and place, and its hosts ("24th SCO summit (Astana, Kazakhstan);
 *   host: Kazakhstan").
 * - `role`: the party's role at the summit (host, participant, guest_of_honour, observer) when a
 *   party filter asked.
 * - `event_id`: the event's id (as in /api/events).
 */
export const CHANGES_CSV_COLUMNS = [
  'date',
  'change',
  'party_code',
  'party_name',
  'forum_code',
  'forum_name',
  'old_status',
  'new_status',
  'source',
  'detail',
  'role',
  'event_id',
] as const

/** A summit's title, place and hosts in words (the CSV's `detail`, the feed's summaries). */
export function summitDetail(c: DatedChange): string {
  if (!c.event) return ''
  const hosts = c.event.hosts.map((h) => h.name)
  return `${c.event.title}${c.event.place ? ` (${c.event.place})` : ''}${hosts.length ? `; ${hosts.length === 1 ? 'host' : 'hosts'}: ${hosts.join(', ')}` : ''}`
}

/** With `names` (the API's lang=ru): `party_name_ru`, `forum_name_ru` and `forum_short_name_ru` after the other columns. */
export function changesCsv(changes: readonly DatedChange[], names: LocalNames | null = null): string {
  const extra = partyForumColumns<DatedChange>(
    names,
    (c) => c.partyCode,
    (c) => c.forumCode,
  )
  return toCsv(
    [...CHANGES_CSV_COLUMNS, ...(extra?.header ?? [])],
    changes.map((c) => [
      dateAsKnown(c.day, c.precision),
      c.kind,
      c.partyCode ?? '',
      c.partyName ?? '',
      c.forumCode,
      c.forumName,
      c.previousStatus ?? '',
      c.status ?? '',
      sourceCell(c.source),
      summitDetail(c),
      c.role ?? '',
      c.event?.id ?? '',
      ...(extra?.cells(c) ?? []),
    ]),
  )
}

/** The query string of a /changes view (only what is set), for its links and downloads. */
export function changesSearch(q: { from?: string; to?: string; forum?: string | null; party?: string | null; kind?: string | null }): string {
  const params = new URLSearchParams()
  for (const key of ['from', 'to', 'forum', 'party', 'kind'] as const) {
    const v = q[key]
    if (v) params.set(key, v)
  }
  const s = params.toString()
  return s ? `?${s}` : ''
}

/** /api/changes: the view as JSON (the shape lib/api/responses.ts documents). */
export function changesJson(view: {
  from: string
  to: string
  forum: string | null
  party: string | null
  kind: string | null
  changes: readonly DatedChange[]
}) {
  return {
    query: { from: view.from, to: view.to, forum: view.forum, party: view.party, kind: view.kind },
    count: view.changes.length,
    counts: countChanges(view.changes),
    changes: view.changes.map((c) => ({
      date: c.day,
      precision: c.precision,
      change: c.kind,
      partyCode: c.partyCode,
      partyName: c.partyName,
      forumCode: c.forumCode,
      forumName: c.forumName,
      oldStatus: c.previousStatus,
      newStatus: c.status,
      note: c.note,
      source: c.source,
      event: c.event,
      role: c.role,
    })),
  }
}
