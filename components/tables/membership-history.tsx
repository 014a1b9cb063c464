import type { NameBook } from '@/lib/i18n/names'
import { Name } from '@/components/ui/local-name'
import { useTranslations } from 'next-intl'
import Link from '@/components/ui/link'
import { Day } from '@/components/ui/day'
import { InLanguage } from '@/components/ui/local-name'
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

/** Membership intervals as a table; `show` picks the party or the forum column. Names come as the page gives them (in its language). */
export function MembershipHistory({
  rows,
  show,
  caption,
  names,
}: {
  rows: MembershipInterval[]
  show: 'party' | 'forum'
  caption: string
  /** The page's names: each shown in its language, an untranslated one marked English. */
  names?: NameBook
}) {
  const t = useTranslations('tables')
  const partyColumn: TableColumn<Row> = {
    id: 'party',
    header: t('party'),
    cell: (m) => (
      <Link href={`/parties/${encodeURIComponent(m.partyCode)}`}>
        {names ? <Name value={names.party(m.partyCode, { name: m.partyName, shortName: m.partyName })} /> : m.partyName}
      </Link>
    ),
  }
  const forumColumn: TableColumn<Row> = {
    id: 'forum',
    header: t('forum'),
    cell: (m) => (
      <Link href={`/forums/${encodeURIComponent(m.forumCode)}`}>
        {names ? <Name value={names.forum(m.forumCode, { name: m.forumName, shortName: m.forumName })} /> : m.forumName}
      </Link>
    ),
  }
  const columns: TableColumn<Row>[] = [
    { id: 'status', header: t('status'), cell: (m) => <StatusBadge status={m.status} /> },
    { id: 'from', header: t('from'), nowrap: true, cell: (m) => <Day value={m.validFrom} precision={m.validFromPrecision} /> },
    {
      id: 'until',
      header: t('until'),
      nowrap: true,
      cell: (m) => (m.validTo ? <Day value={m.validTo} precision={m.validToPrecision} /> : <span className="muted">{t('inForce')}</span>),
    },
    {
      id: 'note',
      header: t('note'),
      className: 'note',
      cell: (m) => (
        <>
          {m.decidedAt ? (
            <span className="decided">
              {t.rich('decidedAt', {
                // The event's title is the record's (English), marked as such on a page in another language.
                event: () => (
                  <Link href={eventHref(m.decidedAt!)}>
                    <InLanguage>{m.decidedAt!.title}</InLanguage>
                  </Link>
                ),
                day: () => <Day value={m.decidedAt!.day} />,
              })}{' '}
            </span>
          ) : null}
          {m.note ? <InLanguage>{m.note}</InLanguage> : m.note}
        </>
      ),
    },
    { id: 'source', header: t('source'), cell: (m) => <SourceLink source={m.source} compact /> },
  ]
  return <Table caption={caption} columns={[show === 'party' ? partyColumn : forumColumn, ...columns]} rows={rows} rowKey={(m) => String(m.id)} />
}
