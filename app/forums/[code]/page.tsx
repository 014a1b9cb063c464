import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { EventList } from '@/components/tables/event-list'
import { MembershipHistory } from '@/components/tables/membership-history'
import { Day } from '@/components/ui/day'
import { SourceLink } from '@/components/ui/source-link'
import { StatusBadge } from '@/components/ui/status-badge'
import { todayIso } from '@/lib/dates'
import { FORUM_KIND_LABELS, STATUS_LABELS } from '@/lib/dataset/vocabulary'
import { getForum } from '@/lib/queries/forums'
import { groupByStatus, inForce } from '@/lib/transforms/as-of'

type Props = { params: Promise<{ code: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const forum = await getForum(decodeURIComponent((await params).code))
  return { title: forum ? `${forum.shortName} — ${forum.name}` : 'Forum not found' }
}

export default async function ForumPage({ params }: Props) {
  const forum = await getForum(decodeURIComponent((await params).code))
  if (!forum) notFound()
  const today = todayIso()
  const current = groupByStatus(inForce(forum.memberships, today))
  const csv = `/api/memberships.csv?forums=${encodeURIComponent(forum.code)}`
  return (
    <>
      <p className="kicker">
        {FORUM_KIND_LABELS[forum.kind as keyof typeof FORUM_KIND_LABELS]} · {forum.code}
      </p>
      <h1>{forum.name}</h1>
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
        <p className="muted">
          {forum.name} no longer exists; see the history below.
        </p>
      ) : current.length === 0 ? (
        <p className="muted">No participant is recorded as of <Day value={today} />.</p>
      ) : (
        <div className="status-groups">
          {current.map((group) => (
            <section key={group.status} className="status-group" aria-label={`${STATUS_LABELS[group.status]}s`}>
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

      <h2>History</h2>
      <p className="muted">
        Every interval, oldest first: accessions, status changes, suspensions and withdrawals.{' '}
        <a href={csv} download>
          Download CSV
        </a>
      </p>
      <MembershipHistory rows={forum.memberships} show="party" caption={`${forum.shortName}: all membership intervals`} />

      <h2>Events</h2>
      <EventList events={forum.events} />
    </>
  )
}
