import { DownloadLinks } from '@/components/ui/download-links'
import { CiteThis } from '@/components/ui/cite-this'
import type { Metadata } from 'next'
import { viewMetadata } from '@/lib/share/metadata'
import { EventsControls } from '@/components/events/events-controls'
import { EventItem, ROLE_LABELS } from '@/components/tables/event-list'
import { ParamNotice } from '@/components/ui/param-notice'
import { eventsSearch } from '@/lib/downloads/events'
import { loadWithFallback } from '@/lib/page-query'
import { EVENTS_PER_PAGE, eventsPageQuery, type EventsPageQuery } from '@/lib/params'
import { getEventChoices, queryEvents } from '@/lib/queries/events'
import { groupByYear } from '@/lib/transforms/events'
import { withoutEmpty } from '@/lib/search-params'
import { PagerStep } from '@/components/ui/pager-step'
import { Share } from '@/components/ui/share'

// Open Graph and Twitter card tags with the view's preview image (lib/share/metadata.ts).
export const generateMetadata = (): Promise<Metadata> =>
  viewMetadata({
    title: 'Events',
    description: 'Summits and meetings of the forums of Central Asia, the South Caucasus and Afghanistan: who hosted, who took part, with sources.',
  })

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** "1 event", "12 events", or "30 events, 12 on this page" for a year split between pages. */
function yearWords(shown: number, total: number): string {
  const all = total === 1 ? '1 event' : `${total} events`
  return shown === total ? all : `${all}, ${shown} on this page`
}

export default async function EventsPage({ searchParams }: Props) {
  const [{ view, problem }, choices] = await Promise.all([
    loadWithFallback(eventsPageQuery, withoutEmpty(await searchParams), async ({ page, ...query }: EventsPageQuery) => ({
      query,
      page,
      events: await queryEvents(query),
    })),
    getEventChoices(),
  ])
  const { query, events } = view
  // A page of the events (a past page number beyond the last shows the last page).
  const pages = Math.max(1, Math.ceil(events.length / EVENTS_PER_PAGE))
  const page = Math.min(view.page ?? 1, pages)
  const first = (page - 1) * EVENTS_PER_PAGE
  const shown = events.slice(first, first + EVENTS_PER_PAGE)
  const groups = groupByYear(shown)
  const search = eventsSearch(query)
  const pageHref = (n: number) => {
    const params = new URLSearchParams(search.slice(1))
    if (n > 1) params.set('page', String(n))
    return `/events${params.size ? `?${params}` : ''}`
  }
  // Each year of the whole selection, on the page where it starts.
  const yearPages = new Map<number, { page: number; count: number }>()
  events.forEach((e, i) => {
    const year = Number(e.startDate.slice(0, 4))
    const entry = yearPages.get(year)
    if (entry) entry.count++
    else yearPages.set(year, { page: Math.floor(i / EVENTS_PER_PAGE) + 1, count: 1 })
  })
  const pager =
    pages > 1 ? (
      <nav className="pager" aria-label="Pages of events">
        <PagerStep
          label="Events"
          range={`${first + 1}–${first + shown.length} of ${events.length}`}
          previous={page > 1 ? pageHref(page - 1) : null}
          next={page < pages ? pageHref(page + 1) : null}
          page={page}
          pages={pages}
        />
      </nav>
    ) : null
  const years: number[] = []
  if (choices.years) for (let y = choices.years.min; y <= choices.years.max; y++) years.push(y)
  for (const y of [query.year, query.from, query.to]) if (y !== undefined && !years.includes(y)) years.push(y)
  years.sort((a, b) => a - b)
  const forumName = choices.forums.find((f) => f.code === query.forum)?.shortName ?? query.forum
  const partyName = choices.parties.find((p) => p.code === query.party)?.name ?? query.party
  const span =
    query.year !== undefined
      ? `in ${query.year}`
      : query.from !== undefined && query.to !== undefined
        ? `${query.from}–${query.to}`
        : query.from !== undefined
          ? `since ${query.from}`
          : query.to !== undefined
            ? `until ${query.to}`
            : null
  const KIND_WORDS = { summit: 'summits only', ministerial: 'ministerial meetings only', signing: 'signings only', meeting: 'other meetings only' } as const
  const described = [
    query.kind ? KIND_WORDS[query.kind] : null,
    forumName ? `of ${forumName}` : null,
    partyName ? `attended by ${partyName}${query.role ? ` as ${ROLE_LABELS[query.role]}` : ''}` : query.role ? `with a ${ROLE_LABELS[query.role]}` : null,
    span,
  ].filter(Boolean)
  return (
    <div className="events-page">
      <div className="view-head">
        <h1>Events</h1>
        <CiteThis title={`Events${query.forum ? ` of ${query.forum}` : ''}${query.party ? ` attended by ${query.party}` : ''}`} path={pageHref(page)} />
      </div>
      <p className="lede">
        Summits, ministerial meetings and signings of the forums — and the meetings the seed documents name outside any forum — with who hosted, took part, was
        guest of honour or observed. Dates known only to the month or year are shown as such.
      </p>
      <ParamNotice problem={problem} />
      <EventsControls
        values={{
          forum: query.forum ?? '',
          party: query.party ?? '',
          year: query.year?.toString() ?? '',
          from: query.from?.toString() ?? '',
          to: query.to?.toString() ?? '',
          role: query.role ?? '',
          kind: query.kind ?? '',
        }}
        forums={choices.forums}
        parties={choices.parties}
        years={years}
      />
      <div className="result-count">
        <strong data-count={events.length}>
          {events.length} {events.length === 1 ? 'event' : 'events'}
        </strong>{' '}
        {described.length ? (
          <>
            {described.join(', ')} <span className="muted">(of {choices.total} recorded)</span>
          </>
        ) : (
          <span className="muted">— every event recorded</span>
        )}
        <DownloadLinks csv={`/api/events.csv${search}`} json={`/api/events${search}`} /> <Share title="Events" csv={`/api/events.csv${search}`} />
      </div>
      {groups.length === 0 ? (
        <p className="empty-result">
          No event matches these filters. <a href="/events">Show all events</a>, or widen the years or the role.
        </p>
      ) : (
        <>
          {yearPages.size > 1 ? (
            <nav className="year-index" aria-label="Years">
              {[...yearPages].map(([year, { page: on, count }]) => (
                <a key={year} href={on === page ? `#y${year}` : `${pageHref(on)}#y${year}`}>
                  {year} <span className="muted">({count})</span>
                </a>
              ))}
            </nav>
          ) : null}
          {pager}
          <div className="timeline">
            {groups.map((g) => (
              <section key={g.year} className="timeline-year" id={`y${g.year}`} aria-labelledby={`y${g.year}-h`}>
                <h2 id={`y${g.year}-h`}>
                  {g.year} <span className="muted">· {yearWords(g.events.length, yearPages.get(g.year)?.count ?? g.events.length)}</span>
                </h2>
                <ol className="events">
                  {g.events.map((e) => (
                    <EventItem key={e.id} event={e} party={query.party} />
                  ))}
                </ol>
              </section>
            ))}
          </div>
          {pager}
        </>
      )}
    </div>
  )
}
