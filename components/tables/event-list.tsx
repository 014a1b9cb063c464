import Link from '@/components/ui/link'
import { Day } from '@/components/ui/day'
import { SourceLink } from '@/components/ui/source-link'
import { ATTENDANCE_ROLES, type MembershipStatus } from '@/lib/domain/vocabulary'
import type { EventSummary, SourceRef } from '@/lib/domain/types'

export const ROLE_LABELS: Record<string, string> = {
  host: 'host',
  participant: 'participant',
  guest_of_honour: 'guest of honour',
  observer: 'observer',
}

const ROLE_HEADINGS: Record<string, [string, string]> = {
  host: ['Host', 'Hosts'],
  participant: ['Participant', 'Participants'],
  guest_of_honour: ['Guest of honour', 'Guests of honour'],
  observer: ['Observer', 'Observers'],
}

/** What an event decided for a party, by the status the party held from then on. */
const DECIDED: Record<MembershipStatus, string> = {
  member: 'admitted as a member',
  observer: 'granted observer status',
  partner: 'granted partner status',
  associate: 'made an associate member',
  applicant: 'accepted as an applicant',
  suspended: 'suspended',
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** The event's date as precisely as it is known; a range ("18–19 May 2023") only when both days are known. */
function EventDate({ event }: { event: Pick<EventSummary, 'startDate' | 'endDate' | 'datePrecision'> }) {
  const end = event.endDate
  if (event.datePrecision !== 'day' || !end || end === event.startDate) return <Day value={event.startDate} precision={event.datePrecision} />
  const [y1, m1, d1] = event.startDate.split('-').map(Number)
  const [y2, m2] = end.split('-').map(Number)
  const first = y1 !== y2 ? null : m1 !== m2 ? `${d1} ${MONTHS[m1 - 1]}` : String(d1)
  return (
    <>
      {first ? <time dateTime={event.startDate}>{first}</time> : <Day value={event.startDate} />}
      {first && m1 === m2 ? '–' : ' – '}
      <Day value={end} />
    </>
  )
}

/**
 * One event, the same everywhere it is listed (/events, forum and party pages): date, title, place,
 * forum, attendees by role, note, and its source — plus the attendances' own sources and notes.
 */
export function EventItem({ event: e, showForum = true, party }: { event: EventSummary & { role?: string }; showForum?: boolean; party?: string }) {
  const roles = [...ATTENDANCE_ROLES, ...new Set(e.attendees.map((a) => a.role).filter((r) => !(ATTENDANCE_ROLES as readonly string[]).includes(r)))]
  const groups = roles
    .map((role) => ({ role, people: e.attendees.filter((a) => a.role === role).sort((a, b) => a.partyName.localeCompare(b.partyName, 'en')) }))
    .filter((g) => g.people.length > 0)
  const own = new Map<string, SourceRef>()
  for (const a of e.attendees) if (a.source && a.source.id !== e.source.id) own.set(a.source.id, a.source)
  const detailed = e.attendees.filter((a) => a.note || (a.source && a.source.id !== e.source.id))
  return (
    <li className="event-item" data-event={e.id} id={`event-${e.id}`}>
      <div className="event-date">
        <EventDate event={e} />
      </div>
      <div className="event-body">
        <strong className="event-title">{e.title}</strong>
        <p className="event-meta">
          {e.place ? <span className="event-place">{e.place}</span> : <span className="muted">place not recorded</span>}
          {showForum ? (
            e.forumCode ? (
              <>
                {' · '}
                <Link href={`/forums/${encodeURIComponent(e.forumCode)}`} className="event-forum" data-forum={e.forumCode}>
                  {e.forumName}
                </Link>
              </>
            ) : (
              <span className="muted"> · outside any forum</span>
            )
          ) : null}
          {party && e.role ? <span className="muted"> · attended as {ROLE_LABELS[e.role] ?? e.role}</span> : null}
        </p>
        {groups.length ? (
          <ul className="attendees">
            {groups.map((g) => (
              <li key={g.role} data-role={g.role}>
                <span className="role-label">{ROLE_HEADINGS[g.role]?.[g.people.length > 1 ? 1 : 0] ?? g.role}:</span>{' '}
                {g.people.map((a, i) => (
                  <span key={a.partyCode}>
                    {i > 0 ? ', ' : ''}
                    <span className={`attendee${a.partyCode === party ? ' self' : ''}`} data-party={a.partyCode} data-role={a.role}>
                      <Link href={`/parties/${encodeURIComponent(a.partyCode)}`}>{a.partyName}</Link>
                    </span>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        ) : (
          <p className="attendees muted">No attendee recorded.</p>
        )}
        {e.note ? <p className="note">{e.note}</p> : null}
        {e.decisions.length ? (
          <p className="decisions">
            <span className="role-label">Decided here:</span>{' '}
            {e.decisions.map((d, i) => (
              <span key={`${d.partyCode}-${d.forumCode}-${d.from}`} data-decision={`${d.partyCode}/${d.forumCode}`}>
                {i > 0 ? '; ' : ''}
                <Link href={`/parties/${encodeURIComponent(d.partyCode)}`}>{d.partyName}</Link> {DECIDED[d.status]}
                {d.forumCode !== e.forumCode ? ` of ${d.forumCode}` : ''} (from <Day value={d.from} precision={d.fromPrecision} />)
              </span>
            ))}
          </p>
        ) : null}
        <p className="cited">
          Source: <SourceLink source={e.source} />
          {own.size ? (
            <>
              {' · attendance also from '}
              {[...own.values()].map((s, i) => (
                <span key={s.id}>
                  {i > 0 ? '; ' : ''}
                  <SourceLink source={s} compact />
                </span>
              ))}
            </>
          ) : null}
        </p>
        {detailed.length ? (
          <details className="attendance-notes">
            <summary>Notes on the attendance ({detailed.length})</summary>
            <ul>
              {detailed.map((a) => (
                <li key={a.partyCode}>
                  <strong>{a.partyName}</strong> ({ROLE_LABELS[a.role] ?? a.role}){a.note ? `: ${a.note}` : ''}{' '}
                  <span className="muted">
                    — <SourceLink source={a.source ?? e.source} compact />
                  </span>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </div>
    </li>
  )
}

/**
 * A list of events on a forum or party page, with a link to the same events on /events. A page
 * lists the most recent `limit` (a party that attended 180 summits would otherwise make its page
 * mostly a list of summits); the timeline has them all.
 */
export function EventList({
  events: all,
  party,
  showForum = true,
  allHref,
  allLabel,
  limit = 20,
}: {
  events: (EventSummary & { role?: string })[]
  /** On a party page: the party, marked among the attendees, with its role. */
  party?: string
  showForum?: boolean
  allHref?: string
  allLabel?: string
  limit?: number
}) {
  // Oldest first, as everywhere: the most recent ones are the last.
  const events = all.length > limit ? all.slice(-limit) : all
  return (
    <>
      {allHref ? (
        <p className="muted">
          {events.length < all.length ? `The ${events.length} most recent of ${all.length} events. ` : null}
          <Link href={allHref}>{allLabel ?? 'All events'}</Link> — filter by year and role, download as CSV.
        </p>
      ) : null}
      {events.length === 0 ? (
        <p className="muted">No events recorded yet.</p>
      ) : (
        <ol className="events">
          {events.map((e) => (
            <EventItem key={e.id} event={e} showForum={showForum} party={party} />
          ))}
        </ol>
      )}
    </>
  )
}
