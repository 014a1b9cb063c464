import Link from '@/components/ui/link'
import { Day } from '@/components/ui/day'
import { SourceLink } from '@/components/ui/source-link'
import { StatusBadge } from '@/components/ui/status-badge'
import type { MembershipInterval } from '@/lib/domain/types'

/** Where an event is shown: its forum's events in its year, at the event. */
export function eventHref(e: { id: string; day: string; forumCode: string | null }): string {
  const q = new URLSearchParams({ ...(e.forumCode ? { forum: e.forumCode } : {}), year: e.day.slice(0, 4) })
  return `/events?${q}#event-${e.id}`
}

/** Membership intervals as a table; `show` picks the party or the forum column. */
export function MembershipHistory({ rows, show, caption }: { rows: MembershipInterval[]; show: 'party' | 'forum'; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="data">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{show === 'party' ? 'Party' : 'Forum'}</th>
            <th scope="col">Status</th>
            <th scope="col">From</th>
            <th scope="col">Until</th>
            <th scope="col">Note</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.id}>
              <th scope="row">
                {show === 'party' ? (
                  <Link href={`/parties/${encodeURIComponent(m.partyCode)}`}>{m.partyName}</Link>
                ) : (
                  <Link href={`/forums/${encodeURIComponent(m.forumCode)}`}>{m.forumName}</Link>
                )}
              </th>
              <td>
                <StatusBadge status={m.status} />
              </td>
              <td className="nowrap">
                <Day value={m.validFrom} precision={m.validFromPrecision} />
              </td>
              <td className="nowrap">{m.validTo ? <Day value={m.validTo} precision={m.validToPrecision} /> : <span className="muted">in force</span>}</td>
              <td className="note">
                {m.decidedAt ? (
                  <span className="decided">
                    Decided at <Link href={eventHref(m.decidedAt)}>{m.decidedAt.title}</Link> (<Day value={m.decidedAt.day} />
                    ).{' '}
                  </span>
                ) : null}
                {m.note}
              </td>
              <td>
                <SourceLink source={m.source} compact />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
