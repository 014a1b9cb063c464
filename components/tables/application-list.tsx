import { useTranslations } from 'next-intl'
import Link from '@/components/ui/link'
import { Day } from '@/components/ui/day'
import { InLanguage } from '@/components/ui/local-name'
import { SourceLink } from '@/components/ui/source-link'
import { StatusBadge } from '@/components/ui/status-badge'
import type { ApplicationSummary } from '@/lib/queries/applications'
import { Table, type TableColumn } from './table'

type Row = ApplicationSummary

/** Applications for a status, as a table; `show` picks the party or the forum column. Names come as the page gives them (in its language). */
export function ApplicationList({ rows, show, caption }: { rows: ApplicationSummary[]; show: 'party' | 'forum' | 'both'; caption: string }) {
  const t = useTranslations('tables')
  const forum: TableColumn<Row> = {
    id: 'forum',
    header: t('forum'),
    cell: (a) => <Link href={`/forums/${encodeURIComponent(a.forumCode)}`}>{a.forumName}</Link>,
  }
  const party: TableColumn<Row> = {
    id: 'party',
    header: t('party'),
    cell: (a) => <Link href={`/parties/${encodeURIComponent(a.partyCode)}`}>{a.partyName}</Link>,
  }
  const rest: TableColumn<Row>[] = [
    { id: 'sought', header: t('appliedFor'), cell: (a) => <StatusBadge status={a.soughtStatus} /> },
    { id: 'applied', header: t('applied'), nowrap: true, cell: (a) => <Day value={a.applied} precision={a.appliedPrecision} /> },
    { id: 'note', header: t('note'), className: 'note', cell: (a) => (a.note ? <InLanguage>{a.note}</InLanguage> : a.note) },
    { id: 'source', header: t('source'), cell: (a) => <SourceLink source={a.source} compact /> },
  ]
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
