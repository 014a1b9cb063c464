import Link from '@/components/ui/link'
import { Day } from '@/components/ui/day'
import { SourceLink } from '@/components/ui/source-link'
import { StatusBadge } from '@/components/ui/status-badge'
import type { ApplicationSummary } from '@/lib/queries/applications'
import { Table, type TableColumn } from './table'

type Row = ApplicationSummary
const forum: TableColumn<Row> = { id: 'forum', header: 'Forum', cell: (a) => <Link href={`/forums/${encodeURIComponent(a.forumCode)}`}>{a.forumName}</Link> }
const party: TableColumn<Row> = { id: 'party', header: 'Party', cell: (a) => <Link href={`/parties/${encodeURIComponent(a.partyCode)}`}>{a.partyName}</Link> }
const rest: TableColumn<Row>[] = [
  { id: 'sought', header: 'Applied for', cell: (a) => <StatusBadge status={a.soughtStatus} /> },
  { id: 'applied', header: 'Applied', nowrap: true, cell: (a) => <Day value={a.applied} precision={a.appliedPrecision} /> },
  { id: 'note', header: 'Note', className: 'note', cell: (a) => a.note },
  { id: 'source', header: 'Source', cell: (a) => <SourceLink source={a.source} compact /> },
]

/** Applications for a status, as a table; `show` picks the party or the forum column. */
export function ApplicationList({ rows, show, caption }: { rows: ApplicationSummary[]; show: 'party' | 'forum' | 'both'; caption: string }) {
  const first = show === 'forum' ? [forum] : show === 'party' ? [party] : [party, forum]
  return (
    <Table
      caption={caption}
      className="applications"
      columns={[...first, ...rest]}
      rows={rows}
      rowKey={(a) => `${a.partyCode}-${a.forumCode}-${a.soughtStatus}-${a.applied}`}
    />
  )
}
