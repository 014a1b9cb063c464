import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { CiteThis } from '@/components/ui/cite-this'
import { viewMetadata } from '@/lib/share/metadata'
import { codeFromSegment } from '@/lib/route-code'
import Link from '@/components/ui/link'
import { notFound } from 'next/navigation'
import { EventList } from '@/components/tables/event-list'
import { eventHref, MembershipHistory } from '@/components/tables/membership-history'
import { Day } from '@/components/ui/day'
import { InLanguage, Name } from '@/components/ui/local-name'
import { SourceLink } from '@/components/ui/source-link'
import { StatusBadge } from '@/components/ui/status-badge'
import { formatDay, todayIso } from '@/lib/dates'
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales'
import { getNameBook } from '@/lib/queries/names'
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
  const locale = (await getLocale()) as Locale
  if (!forum) return { title: (await getTranslations('forums'))('notFound') }
  const name = (await getNameBook(locale)).forum(forum.code, forum)
  return viewMetadata({ title: `${name.shortName} — ${name.name}`, description: forum.description })
}

export default async function ForumPage({ params }: Props) {
  const forum = await getForumOrNull((await params).code)
  if (!forum) notFound()
  const locale = (await getLocale()) as Locale
  const [t, statuses, common, names] = await Promise.all([
    getTranslations('forums'),
    getTranslations('statuses'),
    getTranslations('common'),
    getNameBook(locale),
  ])
  // The forum's name in the page's language; on a page in another language its English name is shown under the heading.
  const local = names.forum(forum.code, forum)
  const shortName = local.shortName
  const partyName = (code: string, name: string) => <Name value={names.party(code, { name, shortName: name })} />
  const forumLink = (f: { code: string; name: string }) => (
    <Link key={f.code} href={`/forums/${encodeURIComponent(f.code)}`}>
      <Name value={names.forum(f.code, { name: f.name, shortName: f.name })} />
    </Link>
  )
  const day = (d: string) => formatDay(d, 'day', locale)
  const heading = (
    <h1>
      <Name value={local} />
    </h1>
  )
  const today = todayIso()
  const [updated, applications] = await Promise.all([lastUpdated({ forumCode: forum.code }), listApplications({ forums: [forum.code] })])
  const current = groupByStatus(inForce(forum.memberships, today))
  const csv = `/api/memberships.csv?forums=${encodeURIComponent(forum.code)}`
  const firstYear = Number((forum.memberships[0]?.validFrom ?? forum.founded).slice(0, 4))
  const lastDay = forum.dissolved && forum.dissolved < today ? forum.dissolved : today
  const series = countsByYear(forum.memberships, Math.min(firstYear, Number(forum.founded.slice(0, 4))), lastDay)
  const shownStatuses = MEMBERSHIP_STATUSES.filter((s) => series.some((row) => row[s] > 0))
  const changes = membershipChanges(forum.memberships, today)
  const partyNames = new Map(forum.memberships.map((m) => [m.partyCode, m.partyName]))
  const timeline = [
    ...changes.map((c) => ({ day: c.day, kind: 'change' as const, change: c })),
    ...forum.events.map((e) => ({ day: e.startDate, kind: 'event' as const, event: e })),
    ...applications.map((a) => ({ day: a.applied, kind: 'application' as const, application: a })),
  ].sort((a, b) => a.day.localeCompare(b.day))
  return (
    <>
      <p className="kicker">
        {t(`kinds.${forum.kind}`)} · {forum.code}
      </p>
      <div className="view-head">
        {local.lang === DEFAULT_LOCALE ? (
          heading
        ) : (
          // The English name under the translated one, together, beside "Cite".
          <div>
            {heading}
            <p className="original-name" lang={DEFAULT_LOCALE}>
              {forum.name}
            </p>
          </div>
        )}
        <CiteThis title={t('citeTitle', { name: local.name })} path={`/forums/${encodeURIComponent(forum.code)}`} />
      </div>
      <p className="updated" data-last-updated={updated ?? ''}>
        {updated ? t('updatedCurated', { day: day(updated.slice(0, 10)) }) : t('updatedShipped')}
      </p>
      <p className="lede">
        <InLanguage>{forum.description}</InLanguage>
      </p>
      <dl className="facts">
        <dt>{t('facts.founded')}</dt>
        <dd>
          <Day value={forum.founded} precision={forum.foundedPrecision} />
        </dd>
        {forum.dissolved ? (
          <>
            <dt>{t('facts.dissolved')}</dt>
            <dd>
              <Day value={forum.dissolved} precision={forum.dissolvedPrecision} />
            </dd>
          </>
        ) : null}
        {forum.headquarters ? (
          <>
            <dt>{t('facts.headquarters')}</dt>
            <dd>
              <InLanguage>{forum.headquarters}</InLanguage>
            </dd>
          </>
        ) : null}
        {forum.predecessor ? (
          <>
            <dt>{t('facts.predecessor')}</dt>
            <dd>{forumLink(forum.predecessor)}</dd>
          </>
        ) : null}
        {forum.successors.length ? (
          <>
            <dt>{t('facts.successors')}</dt>
            <dd>{forum.successors.map(forumLink)}</dd>
          </>
        ) : null}
        <dt>{t('facts.source')}</dt>
        <dd>
          <SourceLink source={forum.source} />
        </dd>
      </dl>

      <h2>{forum.dissolved ? t('standingDissolved') : t('standingToday')}</h2>
      {forum.dissolved ? (
        <p className="muted">{t.rich('noLongerExists', { name: () => <Name value={local} /> })}</p>
      ) : current.length === 0 ? (
        <p className="muted">{t.rich('noParticipant', { day: () => <Day value={today} /> })}</p>
      ) : (
        <div className="status-groups">
          {current.map((group) => (
            <section key={group.status} className="status-group" aria-label={t(`statusGroups.${group.status}`)}>
              <h3>
                <StatusBadge status={group.status} /> {group.rows.length}
              </h3>
              <ul>
                {group.rows.map((m) => (
                  <li key={m.id}>
                    <Link href={`/parties/${encodeURIComponent(m.partyCode)}`}>{partyName(m.partyCode, m.partyName)}</Link>
                    <span className="since">{t.rich('since', { day: () => <Day value={m.validFrom} precision={m.validFromPrecision} since /> })}</span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}

      <h2>{t('overTime')}</h2>
      {series.length ? (
        <ChartFrame
          title={t('chartTitle', { name: shortName })}
          period={t('chartPeriod', { first: String(series[0].year), last: String(series[series.length - 1].year), day: day(lastDay) })}
          source={sourceLine(
            forum.memberships.map((m) => m.source),
            { locale },
          )}
          filename={chartFileBase({ chart: 'forum', subject: [forum.code], period: `${series[0].year}-${series[series.length - 1].year}` })}
        >
          <MembershipAreaChart data={series} statuses={shownStatuses} title={t('chartTitle', { name: shortName })} />
        </ChartFrame>
      ) : null}
      <ChartData
        caption={<>{t('chartCaption', { name: shortName, day: day(lastDay) })}</>}
        head={[t('year'), ...shownStatuses.map((s) => statuses(s))]}
        rows={series.map((row) => ({ key: String(row.year), label: row.year, cells: shownStatuses.map((s) => row[s]) }))}
      />

      <h2>{t('timeline')}</h2>
      <p className="muted">{t('timelineNote')}</p>
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
                <Link href={`/parties/${encodeURIComponent(item.change.partyCode)}`}>
                  {partyName(item.change.partyCode, partyNames.get(item.change.partyCode) ?? item.change.partyCode)}
                </Link>{' '}
                {item.change.kind === 'joined'
                  ? t.rich('joins', { badge: () => <StatusBadge status={item.change.status} /> })
                  : item.change.kind === 'left'
                    ? t('leaves', { status: t(`was.${item.change.status}`) })
                    : t.rich('changed', { from: t(`was.${item.change.previousStatus!}`), badge: () => <StatusBadge status={item.change.status} /> })}{' '}
                {item.change.interval.decidedAt && item.change.kind !== 'left' ? (
                  <>
                    {' '}
                    {t.rich('decidedAt', {
                      event: () => (
                        <Link href={eventHref(item.change.interval.decidedAt!)}>
                          <InLanguage>{item.change.interval.decidedAt!.title}</InLanguage>
                        </Link>
                      ),
                    })}
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
                <Link href={`/parties/${encodeURIComponent(item.application.partyCode)}`}>
                  {partyName(item.application.partyCode, item.application.partyName)}
                </Link>{' '}
                {t.rich('applies', { badge: () => <StatusBadge status={item.application.soughtStatus} /> })}{' '}
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
                <strong>
                  <InLanguage>{item.event.title}</InLanguage>
                </strong>
                {item.event.place ? (
                  <span className="muted">
                    {' '}
                    · <InLanguage>{item.event.place}</InLanguage>
                  </span>
                ) : null}
              </span>
            </li>
          ),
        )}
      </ol>

      {applications.length ? (
        <>
          <h2>{t('applications')}</h2>
          <p className="muted">{t('applicationsNote')}</p>
          <ApplicationList rows={applications} show="party" caption={t('applicationsCaption', { name: shortName })} />
        </>
      ) : null}

      <h2>{t('history')}</h2>
      <p className="muted">
        {t('historyNote')}{' '}
        <a href={csv} download>
          {common('downloadCsv')}
        </a>
      </p>
      <MembershipHistory rows={forum.memberships} show="party" caption={t('historyCaption', { name: shortName })} names={names} />

      <h2>{t('events')}</h2>
      <EventList
        events={forum.events}
        showForum={false}
        allHref={`/events?forum=${encodeURIComponent(forum.code)}`}
        allLabel={t('allEvents', { name: shortName })}
      />
    </>
  )
}
