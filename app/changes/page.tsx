import { languageAlternates } from '@/lib/i18n/alternates'
import { requestUrl } from '@/lib/share/request-url'
import { DownloadLinks } from '@/components/ui/download-links'
import type { Metadata } from 'next'
import { Fragment, type ReactNode } from 'react'
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
import { changesFeedQuery, changesQuery, parseQuery, toSearchParams } from '@/lib/params'
import { withoutEmpty } from '@/lib/search-params'
import { getChangeChoices, queryChanges } from '@/lib/queries/changes'
import { changeAnchor, countChanges, type DatedChange } from '@/lib/transforms/changes'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** The page's head, with its Atom feed: the newest changes with the same forum, party and kind. */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = toSearchParams(withoutEmpty(await searchParams))
  const url = await requestUrl()
  let feed = '/changes.atom'
  try {
    const { forum, party, kind } = parseQuery(changesFeedQuery, new URLSearchParams([...params].filter(([k]) => k !== 'from' && k !== 'to')))
    feed = `/changes.atom${changesSearch({ forum, party, kind })}`
  } catch {
    // a bad parameter: the page says so; the feed offered is every change
  }
  return {
    title: 'What changed',
    description:
      'Accessions, changes of status, departures, applications and summits in the forums of Central Asia, the South Caucasus and Afghanistan between two dates, with sources.',
    alternates: {
      types: { 'application/atom+xml': [{ url: feed, title: 'forum-atlas: what changed (Atom)' }] },
      // This page's own alternates replace the layout's: its languages too.
      ...(url ? { languages: languageAlternates(url) } : {}),
    },
  }
}

const word = (s: MembershipStatus) => STATUS_LABELS[s].toLowerCase()
const withArticle = (s: MembershipStatus) => `${/^[aeiou]/.test(word(s)) ? 'an' : 'a'} ${word(s)}`
const ROLE_WORDS: Record<string, string> = { host: 'host', participant: 'participant', guest_of_honour: 'guest of honour', observer: 'observer' }

/** "Joined as member", "Observer → member", "Left (was member)", "Applied to become a member (was observer)", "Summit: …". */
function changeWords(c: DatedChange): ReactNode {
  if (c.kind === 'joined') return `Joined as ${word(c.status!)}`
  if (c.kind === 'left') return `Left (was ${word(c.previousStatus!)})`
  if (c.kind === 'applied') return `Applied to become ${withArticle(c.status!)}${c.previousStatus ? ` (was ${word(c.previousStatus)})` : ''}`
  if (c.kind === 'summit') {
    const e = c.event!
    return (
      <>
        {e.kind === 'summit' ? 'Summit' : 'Meeting'}: {e.title}
        {e.place ? <span className="muted">, {e.place}</span> : null}
        {c.role ? ` (${ROLE_WORDS[c.role] ?? c.role})` : null}
      </>
    )
  }
  return `${STATUS_LABELS[c.previousStatus!]} → ${word(c.status!)}`
}

/** A summit without a party filter is the forum's: its hosts name the row. */
function whoCell(c: DatedChange): ReactNode {
  if (c.partyCode) return <Link href={`/parties/${c.partyCode}`}>{c.partyName}</Link>
  const hosts = c.event?.hosts ?? []
  if (!hosts.length) return <span className="muted">—</span>
  return (
    <>
      {hosts.map((h, i) => (
        <Fragment key={h.code}>
          {i ? ', ' : ''}
          <Link href={`/parties/${h.code}`}>{h.name}</Link>
        </Fragment>
      ))}{' '}
      <span className="muted">(host)</span>
    </>
  )
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

const COLUMNS: TableColumn<DatedChange>[] = [
  { id: 'date', header: 'Date', nowrap: true, cell: (c) => <Day value={c.day} precision={c.precision} /> },
  { id: 'party', header: 'Party', cell: whoCell },
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
  { id: 'source', header: 'Source', cell: (c) => <SourceLink source={c.source} compact /> },
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
        Accessions, changes of status, departures, applications and summits between two dates — dates of the world, not of this database — each with its source.
        The standing on the first date plus the accessions, changes of status and departures is the standing on the second.
      </p>
      <ParamNotice problem={problem} />
      <FutureDateNotice asOf={view.to} />
      <ChangesControls
        values={{ from: view.from, to: view.to, forum: view.forum ?? '', party: view.party ?? '', kind: view.kind ?? '' }}
        forums={choices.forums}
        parties={choices.parties}
        today={today}
      />
      <p className="result-count">
        <strong data-count={view.changes.length}>{plural(view.changes.length, 'change', 'changes')}</strong> {scope ? `${scope} ` : ''}after{' '}
        {formatDay(view.from)}, up to {formatDay(view.to)}: {plural(counts.joined, 'accession', 'accessions')},{' '}
        {plural(counts['status-changed'], 'change of status', 'changes of status')}, {plural(counts.left, 'departure', 'departures')},{' '}
        {plural(counts.applied, 'application', 'applications')}, {plural(counts.summit, 'summit', 'summits')}
        <DownloadLinks csv={`/changes.csv${search}`} json={`/api/changes${search}`} />
        {' · '}
        <a className="feed-link" href={`/changes.atom${changesSearch({ forum: view.forum, party: view.party, kind: view.kind })}`} type="application/atom+xml">
          Atom feed
        </a>
      </p>
      <p className="muted compare-links">
        The two states: the matrix on <Link href={matrixOn(view.from)}>{formatDay(view.from)}</Link> and on{' '}
        <Link href={matrixOn(view.to)}>{formatDay(view.to)}</Link>; the map{view.forum ? '' : ' of SCO'} on{' '}
        <Link href={mapOn(view.from)}>{formatDay(view.from)}</Link> and on <Link href={mapOn(view.to)}>{formatDay(view.to)}</Link>. Corrections to the data
        itself (what a curator changed, when and why) are not changes of the world: they are listed under <Link href="/changes/corrections">corrections</Link>.
      </p>
      <Table
        id="changes-table"
        caption={`Changes ${scope ? `${scope} ` : ''}after ${formatDay(view.from)}, up to ${formatDay(view.to)}`}
        label="Changes"
        columns={COLUMNS}
        rows={view.changes}
        rowHeader="party"
        rowKey={changeAnchor}
        rowProps={(c) => ({ id: changeAnchor(c), 'data-party': c.partyCode ?? '', 'data-forum': c.forumCode })}
        empty="Nothing changed between these dates for this choice: widen the dates, or choose any forum or party."
      />
    </div>
  )
}
