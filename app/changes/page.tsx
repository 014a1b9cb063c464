import { languageAlternates } from '@/lib/i18n/alternates'
import { requestUrl } from '@/lib/share/request-url'
import { DownloadLinks } from '@/components/ui/download-links'
import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { Fragment, type ReactNode } from 'react'
import { ChangesControls } from '@/components/changes/changes-controls'
import { Table, type TableColumn } from '@/components/tables/table'
import { Day } from '@/components/ui/day'
import { FutureDateNotice } from '@/components/ui/future-date-notice'
import Link from '@/components/ui/link'
import { ParamNotice } from '@/components/ui/param-notice'
import { SourceLink } from '@/components/ui/source-link'
import { InLanguage, Name } from '@/components/ui/local-name'
import { formatDay, todayIso } from '@/lib/dates'
import { changesSearch } from '@/lib/downloads/changes'
import { countText, localizedChoices } from '@/lib/i18n/choices'
import type { Locale } from '@/lib/i18n/locales'
import type { NameBook } from '@/lib/i18n/names'
import { getNameBook } from '@/lib/queries/names'
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
  const t = await getTranslations('changes')
  return {
    title: t('title'),
    description: t('description'),
    alternates: {
      types: { 'application/atom+xml': [{ url: feed, title: t('feedTitle') }] },
      // This page's own alternates replace the layout's: its languages too.
      ...(url ? { languages: languageAlternates(url) } : {}),
    },
  }
}

type T = Awaited<ReturnType<typeof getTranslations>>
type StatusT = T

/** "Joined as member", "Observer → member", "Left (was member)", "Applied to become a member (was observer)", "Summit: …". */
function changeWords(c: DatedChange, t: T, statuses: StatusT): ReactNode {
  if (c.kind === 'joined') return t('joined', { status: t(`as.${c.status!}`) })
  if (c.kind === 'left') return t('left', { status: t(`was.${c.previousStatus!}`) })
  if (c.kind === 'applied')
    return `${t('applied', { status: t(`become.${c.status!}`) })}${c.previousStatus ? t('appliedWas', { status: t(`was.${c.previousStatus}`) }) : ''}`
  if (c.kind === 'summit') {
    const e = c.event!
    return (
      <>
        {e.kind === 'summit' ? t('summit') : t('meeting')}: <InLanguage>{e.title}</InLanguage>
        {e.place ? (
          <span className="muted">
            , <InLanguage>{e.place}</InLanguage>
          </span>
        ) : null}
        {c.role ? ` (${ROLES.has(c.role) ? t(`roles.${c.role}`) : c.role})` : null}
      </>
    )
  }
  return `${statuses(c.previousStatus!)} → ${t(`was.${c.status!}`)}`
}

const ROLES = new Set(['host', 'participant', 'guest_of_honour', 'observer'])

/** A summit without a party filter is the forum's: its hosts name the row. */
function whoCell(c: DatedChange, t: T, names: NameBook): ReactNode {
  if (c.partyCode)
    return (
      <Link href={`/parties/${c.partyCode}`}>
        <Name value={names.party(c.partyCode, { name: c.partyName!, shortName: c.partyName! })} />
      </Link>
    )
  const hosts = c.event?.hosts ?? []
  if (!hosts.length) return <span className="muted">—</span>
  return (
    <>
      {hosts.map((h, i) => (
        <Fragment key={h.code}>
          {i ? ', ' : ''}
          <Link href={`/parties/${h.code}`}>
            <Name value={names.party(h.code, { name: h.name, shortName: h.name })} />
          </Link>
        </Fragment>
      ))}{' '}
      <span className="muted">{t('hostMark')}</span>
    </>
  )
}

function columns(t: T, statuses: StatusT, names: NameBook): TableColumn<DatedChange>[] {
  return [
    { id: 'date', header: t('columns.date'), nowrap: true, cell: (c) => <Day value={c.day} precision={c.precision} /> },
    { id: 'party', header: t('columns.party'), cell: (c) => whoCell(c, t, names) },
    {
      id: 'forum',
      header: t('columns.forum'),
      cell: (c) => (
        <>
          <Link href={`/forums/${encodeURIComponent(c.forumCode)}`}>
            <Name value={names.forum(c.forumCode, { name: c.forumName, shortName: c.forumName })} />
          </Link>{' '}
          <span className="muted">{c.forumCode}</span>
        </>
      ),
    },
    { id: 'change', header: t('columns.change'), cell: (c) => changeWords(c, t, statuses), cellProps: (c) => ({ 'data-change': c.kind }) },
    { id: 'source', header: t('columns.source'), cell: (c) => <SourceLink source={c.source} compact /> },
  ]
}

export default async function ChangesPage({ searchParams }: Props) {
  const locale = (await getLocale()) as Locale
  const [{ view, problem }, choices, t, statuses, names] = await Promise.all([
    loadWithFallback(changesQuery, withoutEmpty(await searchParams), queryChanges),
    getChangeChoices(),
    getTranslations('changes'),
    getTranslations('statuses'),
    getNameBook(locale),
  ])
  const today = todayIso()
  const counts = countChanges(view.changes)
  const forums = localizedChoices(choices.forums, 'forum', names)
  const parties = localizedChoices(choices.parties, 'party', names)
  const forumName = forums.find((f) => f.code === view.forum)?.name
  const partyName = parties.find((p) => p.code === view.party)?.name
  const search = changesSearch(view)
  // "in Shanghai Cooperation Organisation of India " (with its space), or nothing.
  const scope =
    forumName && partyName
      ? t('scope.both', { forum: forumName, party: partyName })
      : forumName
        ? t('scope.forum', { forum: forumName })
        : partyName
          ? t('scope.party', { party: partyName })
          : ''
  const day = (d: string) => formatDay(d, 'day', locale)
  const count = (key: string, n: number) => t(`counts.${key}`, { count: n, n: countText(n, locale) })
  // The same choice on the matrix and the map, on either day, to see the two states side by side.
  const matrixOn = (day: string) => `/matrix?asOf=${day}${view.forum ? `&forums=${encodeURIComponent(view.forum)}` : ''}`
  const mapOn = (day: string) => `/map?forum=${encodeURIComponent(view.forum ?? 'SCO')}&asOf=${day}`
  return (
    <div className="changes-page">
      <h1>{t('title')}</h1>
      <p className="lede">{t('lede')}</p>
      <ParamNotice problem={problem} />
      <FutureDateNotice asOf={view.to} />
      <ChangesControls
        values={{ from: view.from, to: view.to, forum: view.forum ?? '', party: view.party ?? '', kind: view.kind ?? '' }}
        forums={forums}
        parties={parties}
        today={today}
      />
      <p className="result-count">
        {t.rich('result', {
          scope,
          from: day(view.from),
          to: day(view.to),
          joined: count('joined', counts.joined),
          changed: count('changed', counts['status-changed']),
          left: count('left', counts.left),
          applied: count('applied', counts.applied),
          summits: count('summits', counts.summit),
          count: () => <strong data-count={view.changes.length}>{count('changes', view.changes.length)}</strong>,
        })}
        <DownloadLinks csv={`/changes.csv${search}`} json={`/api/changes${search}`} />
        {' · '}
        <a className="feed-link" href={`/changes.atom${changesSearch({ forum: view.forum, party: view.party, kind: view.kind })}`} type="application/atom+xml">
          {t('feed')}
        </a>
      </p>
      <p className="muted compare-links">
        {t.rich('compare', {
          sco: view.forum ? 'none' : names.forum('SCO', { name: 'SCO', shortName: 'SCO' }).shortName,
          matrixFrom: () => <Link href={matrixOn(view.from)}>{day(view.from)}</Link>,
          matrixTo: () => <Link href={matrixOn(view.to)}>{day(view.to)}</Link>,
          mapFrom: () => <Link href={mapOn(view.from)}>{day(view.from)}</Link>,
          mapTo: () => <Link href={mapOn(view.to)}>{day(view.to)}</Link>,
          corrections: (chunks) => <Link href="/changes/corrections">{chunks}</Link>,
        })}
      </p>
      <Table
        id="changes-table"
        caption={t('caption', { scope, from: day(view.from), to: day(view.to) })}
        label={t('tableLabel')}
        columns={columns(t, statuses, names)}
        rows={view.changes}
        rowHeader="party"
        rowKey={changeAnchor}
        rowProps={(c) => ({ id: changeAnchor(c), 'data-party': c.partyCode ?? '', 'data-forum': c.forumCode })}
        empty={t('empty')}
      />
    </div>
  )
}
