import { countChanges, type DatedChange } from '../transforms/changes'
import { dateAsKnown } from './events'
import { sourceCell } from './source-cell'
import { toCsv } from './csv'

/**
 * /api/changes.csv (and the link on /changes): one row per change between the two days, oldest
 * first, as the page lists them. `date` is as precise as known (2024-07-04, 2024-07 or 2024);
 * `change` is joined, status-changed or left; `old_status` is empty for an accession and
 * `new_status` for a departure; `source` is the citation of the interval that starts (or ends).
 */
export const CHANGES_CSV_COLUMNS = ['date', 'change', 'party_code', 'party_name', 'forum_code', 'forum_name', 'old_status', 'new_status', 'source'] as const

export function changesCsv(changes: readonly DatedChange[]): string {
  return toCsv(
    CHANGES_CSV_COLUMNS,
    changes.map((c) => [
      dateAsKnown(c.day, c.precision),
      c.kind,
      c.partyCode,
      c.partyName,
      c.forumCode,
      c.forumName,
      c.previousStatus ?? '',
      c.status ?? '',
      sourceCell(c.interval.source),
    ]),
  )
}

/** The query string of a /changes view (only what is set), for its links and downloads. */
export function changesSearch(q: { from?: string; to?: string; forum?: string | null; party?: string | null }): string {
  const params = new URLSearchParams()
  for (const key of ['from', 'to', 'forum', 'party'] as const) {
    const v = q[key]
    if (v) params.set(key, v)
  }
  const s = params.toString()
  return s ? `?${s}` : ''
}

/** /api/changes: the view as JSON (the shape lib/api/responses.ts documents). */
export function changesJson(view: { from: string; to: string; forum: string | null; party: string | null; changes: readonly DatedChange[] }) {
  return {
    query: { from: view.from, to: view.to, forum: view.forum, party: view.party },
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
      note: c.interval.note,
      source: c.interval.source,
    })),
  }
}
