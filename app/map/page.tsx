import { CompareLink } from '@/components/ui/compare-link'
import { CiteThis } from '@/components/ui/cite-this'
import { FutureDateNotice } from '@/components/ui/future-date-notice'
import { Table } from '@/components/tables/table'
import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { viewMetadata } from '@/lib/share/metadata'
import Link from '@/components/ui/link'
import { MapControls } from '@/components/map/map-controls'
import { ChartFrame } from '@/components/charts/chart-frame'
import { MembershipMap } from '@/components/map/membership-map'
import { mapSummaryText, notDrawnText, statusSinceText } from '@/components/map/map-text'
import { chartFileBase } from '@/lib/chart-image/filename'
import { sourceLine } from '@/lib/chart-image/source-line'
import { StatusChip } from '@/components/ui/status-chip'
import { Name } from '@/components/ui/local-name'
import { ParamNotice } from '@/components/ui/param-notice'
import { SourceLink } from '@/components/ui/source-link'
import { MEMBERSHIP_STATUSES } from '@/lib/domain/vocabulary'
import { formatDay, todayIso, type Precision } from '@/lib/dates'
import type { Locale } from '@/lib/i18n/locales'
import type { LocalName } from '@/lib/i18n/names'
import { mapFrame, placementIn } from '@/lib/geo/frame'
import { loadWithFallback } from '@/lib/page-query'
import { mapQuery } from '@/lib/params'
import { getMapData, type MapData } from '@/lib/queries/map'
import { getNameBook } from '@/lib/queries/names'
import { buildMapModel } from '@/lib/transforms/map'
import { forumExistence } from '@/lib/transforms/matrix'

// Open Graph and Twitter card tags with the view's preview image (lib/share/metadata.ts).
export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('map')
  return viewMetadata({ title: t('metaTitle'), description: t('metaDescription') })
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function MapPage({ searchParams }: Props) {
  const locale = (await getLocale()) as Locale
  const [t, tc, ts, book] = await Promise.all([getTranslations('map'), getTranslations('common'), getTranslations('statuses'), getNameBook(locale)])
  // The parties under their names in the page's language, which also order the table.
  const localNames: Record<string, LocalName> = {}
  async function load(query: Parameters<typeof getMapData>[0]) {
    const data: MapData = await getMapData(query)
    const frame = mapFrame(data.view)
    const parties = data.parties.map((p) => {
      localNames[p.code] = book.party(p.code, p)
      return { ...p, name: localNames[p.code].name, shortName: localNames[p.code].shortName }
    })
    const model = buildMapModel({ parties, intervals: data.intervals }, (party) => placementIn(frame, party))
    return { data, frame, model, parties }
  }
  const { view, problem } = await loadWithFallback(mapQuery, await searchParams, load)
  const { data, frame, model, parties } = view
  const { forum, asOf } = data
  const day = (value: string | null, precision: Precision | null = 'day') => formatDay(value, precision ?? 'day', locale)
  const forumName = book.forum(forum.code, forum)
  const today = todayIso()
  const names = Object.fromEntries(parties.map((p) => [p.code, p.name]))
  const permalink = (changes: Record<string, string | null>) => {
    const p = new URLSearchParams({ forum: forum.code, asOf, ...(data.view === 'world' ? { view: 'world' } : {}) })
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) p.delete(k)
      else p.set(k, v)
    }
    return `/map?${p}`
  }
  const csvHref = `/api/memberships.csv?${new URLSearchParams({ forums: forum.code, asOf })}`
  const existence = forumExistence(forum, asOf)
  const label = mapSummaryText(t, locale, model, forumName.shortName, asOf)
  const forums = data.forums.map((f) => ({ ...f, ...book.forum(f.code, f) }))
  const partyLink = (code: string) => (
    <Link href={`/parties/${encodeURIComponent(code)}`}>
      <Name value={localNames[code]} />
    </Link>
  )
  // A date as precisely as it is known, with the ISO day for machines (components/ui/day.tsx, in the page's language).
  const time = (value: string, precision: Precision | null) => {
    const p = precision ?? 'day'
    return (
      <time dateTime={value} title={p === 'day' ? undefined : t('knownTo', { precision: p })}>
        {day(value, p)}
      </time>
    )
  }

  return (
    <div className="wide">
      <div className="view-head">
        <h1>{t('title')}</h1>
        <CiteThis title={t('citeTitle', { forum: forumName.shortName, date: day(asOf) })} path={permalink({})} />
      </div>
      <p className="lede">{t('lede', { date: day(asOf) })}</p>
      <ParamNotice problem={problem} />
      <FutureDateNotice asOf={asOf} />
      <MapControls today={today} forums={forums} values={{ forum: forum.code, asOf, view: data.view }} />
      {existence !== 'active' ? (
        <p className="notice" role="status">
          {existence === 'not-yet-founded'
            ? t('notYetFounded', { forum: forumName.shortName, founded: day(forum.founded), date: day(asOf) })
            : t('dissolved', { forum: forumName.shortName, dissolved: day(forum.dissolved), date: day(asOf) })}
        </p>
      ) : null}
      <div className="map-layout">
        <figure className="map-figure">
          <ChartFrame
            title={t('chartTitle', { forum: forumName.shortName, view: data.view })}
            period={day(asOf)}
            source={sourceLine(
              model.entries.map((e) => e.source),
              { locale },
            )}
            filename={chartFileBase({ chart: 'map', subject: [forum.code, data.view], period: asOf })}
          >
            <MembershipMap frame={frame} model={model} names={names} forumShortName={forumName.shortName} label={label} />
          </ChartFrame>
          <figcaption className="muted">
            {t('caption', { view: data.view })}{' '}
            {data.view === 'region' ? (
              <Link href={permalink({ view: 'world' })}>{t('worldView')}</Link>
            ) : (
              <Link href={permalink({ view: null })}>{t('regionalView')}</Link>
            )}
          </figcaption>
        </figure>
        <aside className="map-aside" aria-label={t('asideLabel')}>
          <h2>
            {t.rich('asideHeading', {
              forum: () => (
                <Link href={`/forums/${encodeURIComponent(forum.code)}`}>
                  <Name value={forumName} short />
                </Link>
              ),
              date: day(asOf),
            })}
          </h2>
          <ul className="legend map-legend" aria-label={t('legendLabel')}>
            {MEMBERSHIP_STATUSES.map((s) => (
              <li key={s} data-status={s} className={model.counts[s] ? undefined : 'none'}>
                <StatusChip status={s} /> {ts(s)} <strong className="count">{model.counts[s]}</strong>
              </li>
            ))}
            <li>
              <span className="chip map-none-chip" aria-hidden="true" /> {t('noStatus')}
            </li>
          </ul>
          {model.offMap.length ? (
            <section className="off-map">
              <h3>{t('notOnMap')}</h3>
              <ul>
                {model.offMap.map((e) => (
                  <li key={e.code} data-code={e.code} data-status={e.status}>
                    {partyLink(e.code)}: <StatusChip status={e.status} /> {statusSinceText(t, locale, e)}{' '}
                    <span className="muted">{t('notDrawnBecause', { reason: notDrawnText(t, e) })}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {model.outsideFrame.length ? (
            <section className="outside-frame">
              <h3>{t('outsideFrame')}</h3>
              <details open={model.outsideFrame.length <= 8}>
                <summary>{t('outsideFrameCount', { count: model.outsideFrame.length })}</summary>
                <ul>
                  {model.outsideFrame.map((e) => (
                    <li key={e.code} data-code={e.code} data-status={e.status}>
                      {partyLink(e.code)}: <StatusChip status={e.status} /> {statusSinceText(t, locale, e)}
                    </li>
                  ))}
                </ul>
              </details>
              <p>
                <Link href={permalink({ view: 'world' })}>{t('seeOnWorldMap')}</Link>
              </p>
            </section>
          ) : null}
        </aside>
      </div>

      <CompareLink asOf={asOf} today={today} forum={forum.code} />
      <h2 id="map-table">{t('tableHeading')}</h2>
      <p className="table-actions">
        <a className="button" href={csvHref} download>
          {tc('downloadCsv')}
        </a>{' '}
        <span className="muted">{t('csvNote', { forum: forumName.shortName, date: day(asOf) })}</span>
      </p>
      <Table
        className="map-table"
        captionClassName="sr-only"
        caption={t('tableCaption', { forum: forumName.name, date: day(asOf), count: model.entries.length })}
        empty={t('tableEmpty', { forum: forumName.shortName })}
        columns={[
          {
            id: 'party',
            header: t('column.party'),
            cell: (e) => (
              <>
                {partyLink(e.code)} <span className="muted">{e.code}</span>
              </>
            ),
          },
          {
            id: 'status',
            header: t('column.status'),
            cell: (e) => (
              <>
                <StatusChip status={e.status} /> {ts(e.status)}
              </>
            ),
          },
          { id: 'since', header: t('column.since'), nowrap: true, cell: (e) => time(e.validFrom, e.validFromPrecision) },
          {
            id: 'until',
            header: t('column.until'),
            cell: (e) => (e.validTo ? time(e.validTo, e.validToPrecision) : <span className="muted">{t('inForce')}</span>),
          },
          {
            id: 'drawn',
            header: t('column.drawn'),
            cell: (e) => (e.placement.drawn ? t('drawnYes') : <span className="muted">{t('drawnNo', { reason: notDrawnText(t, e) })}</span>),
          },
          { id: 'source', header: tc('source'), cell: (e) => <SourceLink source={e.source} compact /> },
        ]}
        rows={model.entries}
        rowKey={(e) => e.code}
        rowProps={(e) => ({ 'data-code': e.code, 'data-status': e.status })}
      />
    </div>
  )
}
