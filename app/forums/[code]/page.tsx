import type { Metadata } from 'next'
import { CiteThis } from '@/components/ui/cite-this'
import { viewMetadata } from '@/lib/share/metadata'
import { codeFromSegment } from '@/lib/route-code'
import Link from '@/components/ui/link'
import { notFound } from 'next/navigation'
import { EventList } from '@/components/tables/event-list'
import { eventHref, MembershipHistory } from '@/components/tables/membership-history'
import { Day } from '@/components/ui/day'
import { SourceLink } from '@/components/ui/source-link'
import { StatusBadge } from '@/components/ui/status-badge'
import { formatDay, todayIso } from '@/lib/dates'
import { FORUM_KIND_LABELS, STATUS_LABELS, STATUS_PLURALS } from '@/lib/domain/vocabulary'
import { getForum } from '@/lib/queries/forums'
import { listApplications } from '@/lib/queries/applications'
import { ApplicationList } from '@/components/tables/application-list'
import { lastUpdated } from '@/lib/queries/admin'
import { groupByStatus, inForce } from '@/lib/transforms/as-of'
import { countsByYear, membershipChanges } from '@/lib/transforms/timeline'
import { MembershipAreaChart } from '@/components/charts/membership-area-chart'
import { MEMBERSHIP_STATUSES } from '@/lib/domain/vocabulary'
import { ChartData } from '@/components/charts/chart-data'
import { ChartFrame } from '@/components/charts/chart-frame'
import { chartFileBase } from '@/lib/chart-image/filename'
import { sourceLine } from '@/lib/chart-image/source-line'

type Props = { params: Promise<{ code: string }> }

const getForumOrNull = async (segment: string) => {
  const code = codeFromSegment(segment)
  return code === null ? null : getForum(code)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const forum = await getForumOrNull((await params).code)
  return forum ? viewMetadata({ title: `${forum.shortName} — ${forum.name}`, description: forum.description }) : { title: 'Forum not found' }
}

export default async function ForumPage({ params }: Props) {
  const forum = await getForumOrNull((await params).code)
  if (!forum) notFound()
  const today = todayIso()
  const [updated, applications] = await Promise.all([lastUpdated({ forumCode: forum.code }), listApplications({ forums: [forum.code] })])
  const current = groupByStatus(inForce(forum.memberships, today))
  const csv = `/api/memberships.csv?forums=${encodeURIComponent(forum.code)}`
  const firstYear = Number((forum.memberships[0]?.validFrom ?? forum.founded).slice(0, 4))
  const lastDay = forum.dissolved && forum.dissolved < today ? forum.dissolved : today
  const series = countsByYear(forum.memberships, Math.min(firstYear, Number(forum.founded.slice(0, 4))), lastDay)
  const shownStatuses = MEMBERSHIP_STATUSES.filter((s) => series.some((row) => row[s] > 0))
  const changes = membershipChanges(forum.memberships, today)
  const names = new Map(forum.memberships.map((m) => [m.partyCode, m.partyName]))
  const timeline = [
    ...changes.map((c) => ({ day: c.day, kind: 'change' as const, change: c })),
    ...forum.events.map((e) => ({ day: e.startDate, kind: 'event' as const, event: e })),
    ...applications.map((a) => ({ day: a.applied, kind: 'application' as const, application: a })),
  ].sort((a, b) => a.day.localeCompare(b.day))
  return (
    <>
      <p className="kicker">
        {FORUM_KIND_LABELS[forum.kind as keyof typeof FORUM_KIND_LABELS]} · {forum.code}
      </p>
      <div className="view-head">
        <h1>{forum.name}</h1>
        <CiteThis title={`${forum.name}: members, statuses and history`} path={`/forums/${encodeURIComponent(forum.code)}`} />
      </div>
      <p className="updated" data-last-updated={updated ?? ''}>
        Last updated: {updated ? <>{formatDay(updated.slice(0, 10))} (curated change)</> : 'as shipped in the dataset (prisma/data)'}
      </p>
      <p className="lede">{forum.description}</p>
      <dl className="facts">
        <dt>Founded</dt>
        <dd>
          <Day value={forum.founded} precision={forum.foundedPrecision} />
        </dd>
        {forum.dissolved ? (
          <>
            <dt>Dissolved</dt>
            <dd>
              <Day value={forum.dissolved} precision={forum.dissolvedPrecision} />
            </dd>
          </>
        ) : null}
        {forum.headquarters ? (
          <>
            <dt>Headquarters / secretariat</dt>
            <dd>{forum.headquarters}</dd>
          </>
        ) : null}
        {forum.predecessor ? (
          <>
            <dt>Predecessor</dt>
            <dd>
              <Link href={`/forums/${encodeURIComponent(forum.predecessor.code)}`}>{forum.predecessor.name}</Link>
            </dd>
          </>
        ) : null}
        {forum.successors.length ? (
          <>
            <dt>Succeeded by</dt>
            <dd>
              {forum.successors.map((s) => (
                <Link key={s.code} href={`/forums/${encodeURIComponent(s.code)}`}>
                  {s.name}
                </Link>
              ))}
            </dd>
          </>
        ) : null}
        <dt>Source</dt>
        <dd>
          <SourceLink source={forum.source} />
        </dd>
      </dl>

      <h2>{forum.dissolved ? 'Standing when it was dissolved' : `Standing today`}</h2>
      {forum.dissolved ? (
        <p className="muted">{forum.name} no longer exists; see the history below.</p>
      ) : current.length === 0 ? (
        <p className="muted">
          No participant is recorded as of <Day value={today} />.
        </p>
      ) : (
        <div className="status-groups">
          {current.map((group) => (
            <section key={group.status} className="status-group" aria-label={STATUS_PLURALS[group.status]}>
              <h3>
                <StatusBadge status={group.status} /> {group.rows.length}
              </h3>
              <ul>
                {group.rows.map((m) => (
                  <li key={m.id}>
                    <Link href={`/parties/${encodeURIComponent(m.partyCode)}`}>{m.partyName}</Link>
                    <span className="since">
                      since <Day value={m.validFrom} precision={m.validFromPrecision} />
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}

      <h2>Membership over time</h2>
      {series.length ? (
        <ChartFrame
          title={`${forum.shortName}: participants by status, per year`}
          period={`${series[0].year}–${series[series.length - 1].year}, on 31 December of each year (${series[series.length - 1].year}: ${formatDay(lastDay)})`}
          source={sourceLine(forum.memberships.map((m) => m.source))}
          filename={chartFileBase({ chart: 'forum', subject: [forum.code], period: `${series[0].year}-${series[series.length - 1].year}` })}
        >
          <MembershipAreaChart data={series} statuses={shownStatuses} title={`${forum.shortName}: participants by status, per year`} />
        </ChartFrame>
      ) : null}
      <ChartData
        caption={
          <>
            {forum.shortName}: participants by status on 31 December of each year (the last row: {formatDay(lastDay)})
          </>
        }
        head={['Year', ...shownStatuses.map((s) => STATUS_LABELS[s])]}
        rows={series.map((row) => ({ key: String(row.year), label: row.year, cells: shownStatuses.map((s) => row[s]) }))}
      />

      <h2>Timeline</h2>
      <p className="muted">Accessions, status changes, departures and applications, with the forum&rsquo;s summits and meetings.</p>
      <ol className="changes">
        {timeline.map((item) =>
          item.kind === 'change' ? (
            <li key={`c-${item.change.partyCode}-${item.change.day}-${item.change.kind}`}>
              <span className="event-date">
                <Day
                  value={item.day}
                  precision={item.change.kind === 'left' ? item.change.interval.validToPrecision : item.change.interval.validFromPrecision}
                />
              </span>
              <span>
                <Link href={`/parties/${encodeURIComponent(item.change.partyCode)}`}>{names.get(item.change.partyCode)}</Link>{' '}
                {item.change.kind === 'joined' ? (
                  <>
                    joins as <StatusBadge status={item.change.status} />
                  </>
                ) : item.change.kind === 'left' ? (
                  <>leaves (was {STATUS_LABELS[item.change.status].toLowerCase()})</>
                ) : (
                  <>
                    {STATUS_LABELS[item.change.previousStatus!].toLowerCase()} → <StatusBadge status={item.change.status} />
                  </>
                )}{' '}
                {item.change.interval.decidedAt && item.change.kind !== 'left' ? (
                  <>
                    {' '}
                    (decided at <Link href={eventHref(item.change.interval.decidedAt)}>{item.change.interval.decidedAt.title}</Link>)
                  </>
                ) : null}
                <span className="muted">
                  {' '}
                  · <SourceLink source={item.change.interval.source} compact />
                </span>
              </span>
            </li>
          ) : item.kind === 'application' ? (
            <li key={`a-${item.application.partyCode}-${item.application.soughtStatus}-${item.day}`} className="application">
              <span className="event-date">
                <Day value={item.day} precision={item.application.appliedPrecision} />
              </span>
              <span>
                <Link href={`/parties/${encodeURIComponent(item.application.partyCode)}`}>{item.application.partyName}</Link> applies for{' '}
                <StatusBadge status={item.application.soughtStatus} />{' '}
                <span className="muted">
                  · <SourceLink source={item.application.source} compact />
                </span>
              </span>
            </li>
          ) : (
            <li key={`e-${item.event.id}`} className="event">
              <span className="event-date">
                <Day value={item.day} precision={item.event.datePrecision} />
              </span>
              <span>
                <strong>{item.event.title}</strong>
                {item.event.place ? <span className="muted"> · {item.event.place}</span> : null}
              </span>
            </li>
          ),
        )}
      </ol>

      {applications.length ? (
        <>
          <h2>Applications</h2>
          <p className="muted">Requests for a status, dated and sourced; the status itself, once granted, is in the history below.</p>
          <ApplicationList rows={applications} show="party" caption={`${forum.shortName}: applications`} />
        </>
      ) : null}

      <h2>History</h2>
      <p className="muted">
        Every interval, oldest first: accessions, status changes, suspensions and withdrawals.{' '}
        <a href={csv} download>
          Download CSV
        </a>
      </p>
      <MembershipHistory rows={forum.memberships} show="party" caption={`${forum.shortName}: all membership intervals`} />

      <h2>Events</h2>
      <EventList
        events={forum.events}
        showForum={false}
        allHref={`/events?forum=${encodeURIComponent(forum.code)}`}
        allLabel={`All events of ${forum.shortName} on the events timeline`}
      />
    </>
  )
}
