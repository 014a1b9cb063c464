import Link from 'next/link'
import { Day } from '@/components/ui/day'
import { SourceLink } from '@/components/ui/source-link'
import type { EventSummary } from '@/lib/queries/types'

const ROLE_LABELS: Record<string, string> = {
  host: 'host',
  participant: 'participant',
  guest_of_honour: 'guest of honour',
  observer: 'observer',
}

export function EventList({ events, role }: { events: (EventSummary & { role?: string })[]; role?: boolean }) {
  if (events.length === 0) return <p className="muted">No events recorded yet.</p>
  return (
    <ol className="events">
      {events.map((e) => (
        <li key={e.id}>
          <div className="event-date">
            <Day value={e.startDate} precision={e.datePrecision} />
            {e.endDate && e.endDate !== e.startDate ? (
              <>
                {' – '}
                <Day value={e.endDate} />
              </>
            ) : null}
          </div>
          <div>
            <strong>{e.title}</strong>
            {e.place ? <span className="muted"> · {e.place}</span> : null}
            {e.forumCode && !role ? null : e.forumCode ? (
              <span className="muted">
                {' '}
                · <Link href={`/forums/${encodeURIComponent(e.forumCode)}`}>{e.forumName}</Link>
              </span>
            ) : null}
            {role && e.role ? <span className="muted"> · as {ROLE_LABELS[e.role] ?? e.role}</span> : null}
            {e.attendees.length > 0 && !role ? (
              <p className="attendees">
                {e.attendees.map((a, i) => (
                  <span key={a.partyCode}>
                    {i > 0 ? ', ' : ''}
                    <Link href={`/parties/${encodeURIComponent(a.partyCode)}`}>{a.partyName}</Link>
                    {a.role !== 'participant' ? ` (${ROLE_LABELS[a.role] ?? a.role})` : ''}
                  </span>
                ))}
              </p>
            ) : null}
            {e.note ? <p className="note">{e.note}</p> : null}
            <p className="cited">
              Source: <SourceLink source={e.source} />
            </p>
          </div>
        </li>
      ))}
    </ol>
  )
}
