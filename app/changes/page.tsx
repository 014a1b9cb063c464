import { DownloadLinks } from '@/components/ui/download-links'
import type { Metadata } from 'next'
import { ChangesControls } from '@/components/changes/changes-controls'
import { Table, type TableColumn } from '@/components/tables/table'
import { Day } from '@/components/ui/day'
import { FutureDateNotice } from '@/components/ui/future-date-notice'
import Link from '@/components/ui/link'
import { ParamNotice } from '@/components/ui/param-notice'
import { SourceLink } from '@/components/ui/source-link'
import { formatDay, todayIso } from '@/lib/dates'
import { changesSearch } from '@/lib/downloads/changes'
import { STATUS_LABELS, type MembershipStatus } from '@/lib/domain/vocabulary'
import { loadWithFallback } from '@/lib/page-query'
import { changesQuery } from '@/lib/params'
import { withoutEmpty } from '@/lib/search-params'
import { getChangeChoices, queryChanges } from '@/lib/queries/changes'
import { countChanges, type DatedChange } from '@/lib/transforms/changes'

export const metadata: Metadata = {
  title: 'What changed',
  description:
    'Accessions, changes of status and departures in the forums of Central Asia, the South Caucasus and Afghanistan between two dates, with sources.',
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const word = (s: MembershipStatus) => STATUS_LABELS[s].toLowerCase()

/** "Joined as member", "Observer → member", "Left (was member)". */
function changeWords(c: DatedChange): string {
  if (c.kind === 'joined') return `Joined as ${word(c.status!)}`
  if (c.kind === 'left') return `Left (was ${word(c.previousStatus!)})`
  return `${STATUS_LABELS[c.previousStatus!]} → ${word(c.status!)}`
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

const COLUMNS: TableColumn<DatedChange>[] = [
  { id: 'date', header: 'Date', nowrap: true, cell: (c) => <Day value={c.day} precision={c.precision} /> },
  { id: 'party', header: 'Party', cell: (c) => <Link href={`/parties/${c.partyCode}`}>{c.partyName}</Link> },
  {
    id: 'forum',
    header: 'Forum',
    cell: (c) => (
      <>
        <Link href={`/forums/${encodeURIComponent(c.forumCode)}`}>{c.forumName}</Link> <span className="muted">{c.forumCode}</span>
      </>
    ),
  },
  { id: 'change', header: 'Change', cell: (c) => changeWords(c), cellProps: (c) => ({ 'data-change': c.kind }) },
  { id: 'source', header: 'Source', cell: (c) => <SourceLink source={c.interval.source} compact /> },
]

export default async function ChangesPage({ searchParams }: Props) {
  const [{ view, problem }, choices] = await Promise.all([loadWithFallback(changesQuery, withoutEmpty(await searchParams), queryChanges), getChangeChoices()])
  const today = todayIso()
  const counts = countChanges(view.changes)
  const forumName = choices.forums.find((f) => f.code === view.forum)?.name
  const partyName = choices.parties.find((p) => p.code === view.party)?.name
  const search = changesSearch(view)
  const scope = [forumName ? `in ${forumName}` : null, partyName ? `of ${partyName}` : null].filter(Boolean).join(' ')
  // The same choice on the matrix and the map, on either day, to see the two states side by side.
  const matrixOn = (day: string) => `/matrix?asOf=${day}${view.forum ? `&forums=${encodeURIComponent(view.forum)}` : ''}`
  const mapOn = (day: string) => `/map?forum=${encodeURIComponent(view.forum ?? 'SCO')}&asOf=${day}`
  return (
    <div className="changes-page">
      <h1>What changed</h1>
      <p className="lede">
        Accessions, changes of status and departures between two dates — dates of the world, not of this database — each with the source of the membership it
        starts or ends. The standing on the first date plus these changes is the standing on the second.
      </p>
      <ParamNotice problem={problem} />
      <FutureDateNotice asOf={view.to} />
      <ChangesControls
        values={{ from: view.from, to: view.to, forum: view.forum ?? '', party: view.party ?? '' }}
        forums={choices.forums}
        parties={choices.parties}
        today={today}
      />
      <p className="result-count">
        <strong data-count={view.changes.length}>{plural(view.changes.length, 'change', 'changes')}</strong> {scope ? `${scope} ` : ''}after{' '}
        {formatDay(view.from)}, up to {formatDay(view.to)}: {plural(counts.joined, 'accession', 'accessions')},{' '}
        {plural(counts['status-changed'], 'change of status', 'changes of status')}, {plural(counts.left, 'departure', 'departures')}
        <DownloadLinks csv={`/api/changes.csv${search}`} json={`/api/changes${search}`} />
      </p>
      <p className="muted compare-links">
        The two states: the matrix on <Link href={matrixOn(view.from)}>{formatDay(view.from)}</Link> and on{' '}
        <Link href={matrixOn(view.to)}>{formatDay(view.to)}</Link>; the map{view.forum ? '' : ' of SCO'} on{' '}
        <Link href={mapOn(view.from)}>{formatDay(view.from)}</Link> and on <Link href={mapOn(view.to)}>{formatDay(view.to)}</Link>.
      </p>
      <Table
        id="changes-table"
        caption={`Changes ${scope ? `${scope} ` : ''}after ${formatDay(view.from)}, up to ${formatDay(view.to)}`}
        label="Changes"
        columns={COLUMNS}
        rows={view.changes}
        rowHeader="party"
        rowKey={(c) => `${c.day}-${c.forumCode}-${c.partyCode}-${c.kind}`}
        rowProps={(c) => ({ 'data-party': c.partyCode, 'data-forum': c.forumCode })}
        empty="Nothing changed between these dates for this choice: widen the dates, or choose any forum or party."
      />
    </div>
  )
}
