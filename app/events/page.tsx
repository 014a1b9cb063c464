import { DownloadLinks } from '@/components/ui/download-links'
import { CiteThis } from '@/components/ui/cite-this'
import type { Metadata } from 'next'
import { viewMetadata } from '@/lib/share/metadata'
import { EventsControls } from '@/components/events/events-controls'
import { EventItem, roleWord } from '@/components/tables/event-list'
import { ParamNotice } from '@/components/ui/param-notice'
import { eventsSearch } from '@/lib/downloads/events'
import { loadWithFallback } from '@/lib/page-query'
import { EVENTS_PER_PAGE, eventsPageQuery, type EventsPageQuery } from '@/lib/params'
import { getEventChoices, queryEvents } from '@/lib/queries/events'
import { groupByYear } from '@/lib/transforms/events'
import { withoutEmpty } from '@/lib/search-params'
import { PagerStep } from '@/components/ui/pager-step'
import { Share } from '@/components/ui/share'
import { getLocale, getTranslations } from 'next-intl/server'
import { countText, localizedChoices } from '@/lib/i18n/choices'
import { localizedHref, type Locale } from '@/lib/i18n/locales'
import { getNameBook } from '@/lib/queries/names'

// Open Graph and Twitter card tags with the view's preview image (lib/share/metadata.ts).
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('events')
  return viewMetadata({ title: t('title'), description: t('description') })
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function EventsPage({ searchParams }: Props) {
  const locale = (await getLocale()) as Locale
  const [t, names] = await Promise.all([getTranslations('events'), getNameBook(locale)])
  /** "1 event", "12 events", or "30 events, 12 on this page" for a year split between pages. */
  const count = (n: number) => ({ count: n, n: countText(n, locale) })
  const yearWords = (shown: number, total: number) =>
    shown === total ? t('count', count(total)) : t('countOnPage', { ...count(total), shown: countText(shown, locale) })
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
      <nav className="pager" aria-label={t('pager.label')}>
        <PagerStep
          label={t('pager.step')}
          range={t('pager.range', {
            first: countText(first + 1, locale),
            last: countText(first + shown.length, locale),
            total: countText(events.length, locale),
          })}
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
  const forums = localizedChoices(choices.forums, 'forum', names)
  const parties = localizedChoices(choices.parties, 'party', names)
  const forumName = forums.find((f) => f.code === query.forum)?.shortName ?? query.forum
  const partyName = parties.find((p) => p.code === query.party)?.name ?? query.party
  const span =
    query.year !== undefined
      ? t('described.year', { year: String(query.year) })
      : query.from !== undefined && query.to !== undefined
        ? t('described.between', { from: String(query.from), to: String(query.to) })
        : query.from !== undefined
          ? t('described.since', { from: String(query.from) })
          : query.to !== undefined
            ? t('described.until', { to: String(query.to) })
            : null
  const role = query.role ? roleWord((key) => t(`item.${key}`), query.role) : null
  const described = [
    query.kind ? t(`described.kind.${query.kind}`) : null,
    forumName ? t('described.forum', { forum: forumName }) : null,
    partyName
      ? role
        ? t('described.partyAs', { party: partyName, role })
        : t('described.party', { party: partyName })
      : role
        ? t('described.role', { role })
        : null,
    span,
  ].filter(Boolean)
  return (
    <div className="events-page">
      <div className="view-head">
        <h1>{t('title')}</h1>
        <CiteThis title={t('citeTitle', { forum: query.forum ?? 'none', party: query.party ?? 'none' })} path={pageHref(page)} />
      </div>
      <p className="lede">{t('lede')}</p>
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
        forums={forums}
        parties={parties}
        years={years}
      />
      <div className="result-count">
        {t.rich(described.length ? 'resultDescribed' : 'resultAll', {
          described: described.join(', '),
          total: countText(choices.total, locale),
          count: () => <strong data-count={events.length}>{t('count', count(events.length))}</strong>,
          muted: (chunks) => <span className="muted">{chunks}</span>,
        })}
        <DownloadLinks csv={`/api/events.csv${search}`} json={`/api/events${search}`} /> <Share title={t('title')} csv={`/api/events.csv${search}`} />
      </div>
      {groups.length === 0 ? (
        <p className="empty-result">{t.rich('empty', { all: (chunks) => <a href={localizedHref('/events', locale)}>{chunks}</a> })}</p>
      ) : (
        <>
          {yearPages.size > 1 ? (
            <nav className="year-index" aria-label={t('yearIndex')}>
              {[...yearPages].map(([year, { page: on, count }]) => (
                <a key={year} href={on === page ? `#y${year}` : `${localizedHref(pageHref(on), locale)}#y${year}`}>
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
