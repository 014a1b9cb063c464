import { getLocale, getTranslations } from 'next-intl/server'
import Link from '@/components/ui/link'
import { Day } from '@/components/ui/day'
import { InLanguage, Name } from '@/components/ui/local-name'
import { SourceLink } from '@/components/ui/source-link'
import { formatDay } from '@/lib/dates'
import { countText } from '@/lib/i18n/choices'
import { ATTENDANCE_ROLES } from '@/lib/domain/vocabulary'
import type { EventSummary, SourceRef } from '@/lib/domain/types'
import type { Locale } from '@/lib/i18n/locales'
import { getNameBook } from '@/lib/queries/names'

/** A role in a sentence ("attended as guest of honour"): its message, or the role as stored when it has none. */
export function roleWord(t: (key: string) => string, role: string): string {
  return (ATTENDANCE_ROLES as readonly string[]).includes(role) ? t(`roles.${role}`) : role
}

/** The event's date as precisely as it is known; a range ("18–19 May 2023") only when both days are known. */
function EventDate({ event, locale }: { event: Pick<EventSummary, 'startDate' | 'endDate' | 'datePrecision'>; locale: Locale }) {
  const end = event.endDate
  if (event.datePrecision !== 'day' || !end || end === event.startDate) return <Day value={event.startDate} precision={event.datePrecision} />
  const [y1, m1, d1] = event.startDate.split('-').map(Number)
  const [y2, m2] = end.split('-').map(Number)
  // The first day without its year ("30 Apr", "30 апр."): the day as the language writes it, less the year.
  const first = y1 !== y2 ? null : m1 !== m2 ? formatDay(event.startDate, 'day', locale).replace(/ \d+$/, '') : String(d1)
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
 * Titles, places and notes are the record's, in English; names of parties and forums are the
 * reader's language's (the name book).
 */
export async function EventItem({ event: e, showForum = true, party }: { event: EventSummary & { role?: string }; showForum?: boolean; party?: string }) {
  const locale = (await getLocale()) as Locale
  const [t, names] = await Promise.all([getTranslations('events.item'), getNameBook(locale)])
  const role = (r: string) => roleWord(t, r)
  const partyName = (code: string, name: string) => names.party(code, { name, shortName: name })
  const roles = [...ATTENDANCE_ROLES, ...new Set(e.attendees.map((a) => a.role).filter((r) => !(ATTENDANCE_ROLES as readonly string[]).includes(r)))]
  const groups = roles
    .map((r) => ({
      role: r,
      people: e.attendees
        .filter((a) => a.role === r)
        .map((a) => ({ ...a, local: partyName(a.partyCode, a.partyName) }))
        .sort((a, b) => a.local.name.localeCompare(b.local.name, locale)),
    }))
    .filter((g) => g.people.length > 0)
  const own = new Map<string, SourceRef>()
  for (const a of e.attendees) if (a.source && a.source.id !== e.source.id) own.set(a.source.id, a.source)
  const detailed = e.attendees.filter((a) => a.note || (a.source && a.source.id !== e.source.id))
  return (
    <li className="event-item" data-event={e.id} id={`event-${e.id}`}>
      <div className="event-date">
        <EventDate event={e} locale={locale} />
      </div>
      <div className="event-body">
        <strong className="event-title">
          <InLanguage>{e.title}</InLanguage>
        </strong>
        <p className="event-meta">
          {e.place ? (
            <span className="event-place">
              <InLanguage>{e.place}</InLanguage>
            </span>
          ) : (
            <span className="muted">{t('placeNotRecorded')}</span>
          )}
          {showForum ? (
            e.forumCode ? (
              <>
                {' · '}
                <Link href={`/forums/${encodeURIComponent(e.forumCode)}`} className="event-forum" data-forum={e.forumCode}>
                  <Name value={names.forum(e.forumCode, { name: e.forumName ?? e.forumCode, shortName: e.forumName ?? e.forumCode })} />
                </Link>
              </>
            ) : (
              <span className="muted"> · {t('outsideAnyForum')}</span>
            )
          ) : null}
          {party && e.role ? <span className="muted"> · {t('attendedAs', { role: role(e.role) })}</span> : null}
        </p>
        {groups.length ? (
          <ul className="attendees">
            {groups.map((g) => (
              <li key={g.role} data-role={g.role}>
                <span className="role-label">
                  {(ATTENDANCE_ROLES as readonly string[]).includes(g.role) ? t(`roleHeadings.${g.people.length > 1 ? 'many' : 'one'}.${g.role}`) : g.role}:
                </span>{' '}
                {g.people.map((a, i) => (
                  <span key={a.partyCode}>
                    {i > 0 ? ', ' : ''}
                    <span className={`attendee${a.partyCode === party ? ' self' : ''}`} data-party={a.partyCode} data-role={a.role}>
                      <Link href={`/parties/${encodeURIComponent(a.partyCode)}`}>
                        <Name value={a.local} />
                      </Link>
                    </span>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        ) : (
          <p className="attendees muted">{t('noAttendee')}</p>
        )}
        {e.note ? (
          <p className="note">
            <InLanguage>{e.note}</InLanguage>
          </p>
        ) : null}
        {e.decisions.length ? (
          <p className="decisions">
            <span className="role-label">{t('decidedHere')}</span>{' '}
            {e.decisions.map((d, i) => (
              <span key={`${d.partyCode}-${d.forumCode}-${d.from}`} data-decision={`${d.partyCode}/${d.forumCode}`}>
                {i > 0 ? '; ' : ''}
                {t.rich('decision', {
                  status: d.status,
                  forum: d.forumCode !== e.forumCode ? names.forum(d.forumCode, { name: d.forumCode, shortName: d.forumCode }).shortName : 'none',
                  party: () => (
                    <Link href={`/parties/${encodeURIComponent(d.partyCode)}`}>
                      <Name value={partyName(d.partyCode, d.partyName)} />
                    </Link>
                  ),
                  date: () => <Day value={d.from} precision={d.fromPrecision} />,
                })}
              </span>
            ))}
          </p>
        ) : null}
        <p className="cited">
          {t('source')} <SourceLink source={e.source} />
          {own.size ? (
            <>
              {t('attendanceAlsoFrom')}
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
            <summary>{t('attendanceNotes', { count: detailed.length })}</summary>
            <ul>
              {detailed.map((a) => (
                <li key={a.partyCode}>
                  <strong>
                    <Name value={partyName(a.partyCode, a.partyName)} />
                  </strong>{' '}
                  ({role(a.role)}){a.note ? ': ' : ''}
                  {a.note ? <InLanguage>{a.note}</InLanguage> : null}{' '}
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
export async function EventList({
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
  const [t, locale] = await Promise.all([getTranslations('events.list'), getLocale()])
  // Oldest first, as everywhere: the most recent ones are the last.
  const events = all.length > limit ? all.slice(-limit) : all
  return (
    <>
      {allHref ? (
        <p className="muted">
          {events.length < all.length ? `${t('mostRecent', { shown: events.length, total: all.length, n: countText(all.length, locale) })} ` : null}
          <Link href={allHref}>{allLabel ?? t('all')}</Link> {t('filterAndDownload')}
        </p>
      ) : null}
      {events.length === 0 ? (
        <p className="muted">{t('none')}</p>
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
