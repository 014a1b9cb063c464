import Link from '@/components/ui/link'
import { Day } from '@/components/ui/day'
import { SourceLink } from '@/components/ui/source-link'
import { StatusBadge } from '@/components/ui/status-badge'
import type { MembershipInterval } from '@/lib/domain/types'
import { Table, type TableColumn } from './table'

/** Where an event is shown: its forum's events in its year, at the event. */
export function eventHref(e: { id: string; day: string; forumCode: string | null }): string {
  const q = new URLSearchParams({ ...(e.forumCode ? { forum: e.forumCode } : {}), year: e.day.slice(0, 4) })
  return `/events?${q}#event-${e.id}`
}

type Row = MembershipInterval
const partyColumn: TableColumn<Row> = {
  id: 'party',
  header: 'Party',
  cell: (m) => <Link href={`/parties/${encodeURIComponent(m.partyCode)}`}>{m.partyName}</Link>,
}
const forumColumn: TableColumn<Row> = {
  id: 'forum',
  header: 'Forum',
  cell: (m) => <Link href={`/forums/${encodeURIComponent(m.forumCode)}`}>{m.forumName}</Link>,
}
const COLUMNS: TableColumn<Row>[] = [
  { id: 'status', header: 'Status', cell: (m) => <StatusBadge status={m.status} /> },
  { id: 'from', header: 'From', nowrap: true, cell: (m) => <Day value={m.validFrom} precision={m.validFromPrecision} /> },
  {
    id: 'until',
    header: 'Until',
    nowrap: true,
    cell: (m) => (m.validTo ? <Day value={m.validTo} precision={m.validToPrecision} /> : <span className="muted">in force</span>),
  },
  {
    id: 'note',
    header: 'Note',
    className: 'note',
    cell: (m) => (
      <>
        {m.decidedAt ? (
          <span className="decided">
            Decided at <Link href={eventHref(m.decidedAt)}>{m.decidedAt.title}</Link> (<Day value={m.decidedAt.day} />
            ).{' '}
          </span>
        ) : null}
        {m.note}
      </>
    ),
  },
  { id: 'source', header: 'Source', cell: (m) => <SourceLink source={m.source} compact /> },
]

/** Membership intervals as a table; `show` picks the party or the forum column. */
export function MembershipHistory({ rows, show, caption }: { rows: MembershipInterval[]; show: 'party' | 'forum'; caption: string }) {
  return <Table caption={caption} columns={[show === 'party' ? partyColumn : forumColumn, ...COLUMNS]} rows={rows} rowKey={(m) => String(m.id)} />
}
