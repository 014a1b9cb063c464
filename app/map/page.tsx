import { CompareLink } from '@/components/ui/compare-link'
import { CiteThis } from '@/components/ui/cite-this'
import { FutureDateNotice } from '@/components/ui/future-date-notice'
import { Table } from '@/components/tables/table'
import type { Metadata } from 'next'
import { viewMetadata } from '@/lib/share/metadata'
import Link from '@/components/ui/link'
import { MapControls } from '@/components/map/map-controls'
import { ChartFrame } from '@/components/charts/chart-frame'
import { MembershipMap } from '@/components/map/membership-map'
import { chartFileBase } from '@/lib/chart-image/filename'
import { sourceLine } from '@/lib/chart-image/source-line'
import { StatusChip } from '@/components/ui/status-chip'
import { Day } from '@/components/ui/day'
import { ParamNotice } from '@/components/ui/param-notice'
import { SourceLink } from '@/components/ui/source-link'
import { MEMBERSHIP_STATUSES, STATUS_LABELS } from '@/lib/domain/vocabulary'
import { formatDay, todayIso } from '@/lib/dates'
import { mapFrame, placementIn } from '@/lib/geo/frame'
import { loadWithFallback } from '@/lib/page-query'
import { mapQuery } from '@/lib/params'
import { getMapData, type MapData } from '@/lib/queries/map'
import { buildMapModel, mapSummary, notDrawnReason, statusSince } from '@/lib/transforms/map'
import { forumExistence } from '@/lib/transforms/matrix'

// Open Graph and Twitter card tags with the view's preview image (lib/share/metadata.ts).
export const generateMetadata = (): Promise<Metadata> =>
  viewMetadata({
    title: 'Membership map',
    description: 'One forum’s members, observers, partners and applicants on a map, on any date since 1991.',
  })

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

async function load(query: Parameters<typeof getMapData>[0]) {
  const data: MapData = await getMapData(query)
  const frame = mapFrame(data.view)
  const model = buildMapModel(data, (party) => placementIn(frame, party))
  return { data, frame, model }
}

export default async function MapPage({ searchParams }: Props) {
  const { view, problem } = await loadWithFallback(mapQuery, await searchParams, load)
  const { data, frame, model } = view
  const { forum, asOf } = data
  const today = todayIso()
  const names = Object.fromEntries(data.parties.map((p) => [p.code, p.name]))
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
  const label = mapSummary(model, forum.shortName, asOf)

  return (
    <div className="wide">
      <div className="view-head">
        <h1>Membership map</h1>
        <CiteThis title={`Membership map of ${forum.shortName} on ${formatDay(asOf)}`} path={permalink({})} />
      </div>
      <p className="lede">
        Where the participants of a forum were on {formatDay(asOf)}, coloured by status. Hover a country for its status and since when; the table under the map
        links each party to its page. Every choice is in the address: copy it to share this exact view.
      </p>
      <ParamNotice problem={problem} />
      <FutureDateNotice asOf={asOf} />
      <MapControls today={today} forums={data.forums} values={{ forum: forum.code, asOf, view: data.view }} />
      {existence !== 'active' ? (
        <p className="notice" role="status">
          {existence === 'not-yet-founded'
            ? `${forum.shortName} was founded on ${formatDay(forum.founded)}: on ${formatDay(asOf)} it did not exist yet.`
            : `${forum.shortName} was dissolved on ${formatDay(forum.dissolved)}: on ${formatDay(asOf)} it no longer existed.`}
        </p>
      ) : null}
      <div className="map-layout">
        <figure className="map-figure">
          <ChartFrame
            title={`${forum.shortName}: statuses on the map (${data.view === 'region' ? 'Central Asia, the Caucasus and neighbours' : 'the world'})`}
            period={formatDay(asOf)}
            source={sourceLine(model.entries.map((e) => e.source))}
            filename={chartFileBase({ chart: 'map', subject: [forum.code, data.view], period: asOf })}
          >
            <MembershipMap frame={frame} model={model} names={names} forumShortName={forum.shortName} label={label} />
          </ChartFrame>
          <figcaption className="muted">
            {data.view === 'region' ? 'Central Asia, the South Caucasus, Afghanistan and their neighbours' : 'The world'} · equal-area projection · outlines:{' '}
            {frame.outlines}, via world-atlas. Borders are drawn as Natural Earth draws them and imply no position on disputed territory.{' '}
            {data.view === 'region' ? <Link href={permalink({ view: 'world' })}>World view</Link> : <Link href={permalink({ view: null })}>Regional view</Link>}
          </figcaption>
        </figure>
        <aside className="map-aside" aria-label="Legend and parties not on the map">
          <h2>
            <Link href={`/forums/${encodeURIComponent(forum.code)}`}>{forum.shortName}</Link> on {formatDay(asOf)}
          </h2>
          <ul className="legend map-legend" aria-label="Legend: statuses and how many parties hold each">
            {MEMBERSHIP_STATUSES.map((s) => (
              <li key={s} data-status={s} className={model.counts[s] ? undefined : 'none'}>
                <StatusChip status={s} /> {STATUS_LABELS[s]} <strong className="count">{model.counts[s]}</strong>
              </li>
            ))}
            <li>
              <span className="chip map-none-chip" aria-hidden="true" /> No status
            </li>
          </ul>
          {model.offMap.length ? (
            <section className="off-map">
              <h3>Not on the map</h3>
              <ul>
                {model.offMap.map((e) => (
                  <li key={e.code} data-code={e.code} data-status={e.status}>
                    <Link href={`/parties/${encodeURIComponent(e.code)}`}>{e.name}</Link>: <StatusChip status={e.status} /> {statusSince(e)}{' '}
                    <span className="muted">— not drawn: {notDrawnReason(e)}.</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {model.outsideFrame.length ? (
            <section className="outside-frame">
              <h3>Outside this frame</h3>
              <details open={model.outsideFrame.length <= 8}>
                <summary>
                  {model.outsideFrame.length} {model.outsideFrame.length === 1 ? 'party' : 'parties'} beyond the regional map
                </summary>
                <ul>
                  {model.outsideFrame.map((e) => (
                    <li key={e.code} data-code={e.code} data-status={e.status}>
                      <Link href={`/parties/${encodeURIComponent(e.code)}`}>{e.name}</Link>: <StatusChip status={e.status} /> {statusSince(e)}
                    </li>
                  ))}
                </ul>
              </details>
              <p>
                <Link href={permalink({ view: 'world' })}>See them on the world map</Link>
              </p>
            </section>
          ) : null}
        </aside>
      </div>

      <CompareLink asOf={asOf} today={today} forum={forum.code} />
      <h2 id="map-table">Every party and its status</h2>
      <p className="table-actions">
        <a className="button" href={csvHref} download>
          Download CSV
        </a>{' '}
        <span className="muted">
          — these rows: one per party with a status in {forum.shortName} on {formatDay(asOf)}, with dates and source.
        </span>
      </p>
      <Table
        className="map-table"
        captionClassName="sr-only"
        caption={`${forum.name} on ${formatDay(asOf)}: ${model.entries.length} parties`}
        empty={`No party had a status in ${forum.shortName} on this date.`}
        columns={[
          {
            id: 'party',
            header: 'Party',
            cell: (e) => (
              <>
                <Link href={`/parties/${encodeURIComponent(e.code)}`}>{e.name}</Link> <span className="muted">{e.code}</span>
              </>
            ),
          },
          {
            id: 'status',
            header: 'Status',
            cell: (e) => (
              <>
                <StatusChip status={e.status} /> {STATUS_LABELS[e.status]}
              </>
            ),
          },
          { id: 'since', header: 'Since', nowrap: true, cell: (e) => <Day value={e.validFrom} precision={e.validFromPrecision} /> },
          {
            id: 'until',
            header: 'Until',
            cell: (e) => (e.validTo ? <Day value={e.validTo} precision={e.validToPrecision} /> : <span className="muted">in force</span>),
          },
          { id: 'drawn', header: 'On the map', cell: (e) => (e.placement.drawn ? 'yes' : <span className="muted">no: {notDrawnReason(e)}</span>) },
          { id: 'source', header: 'Source', cell: (e) => <SourceLink source={e.source} compact /> },
        ]}
        rows={model.entries}
        rowKey={(e) => e.code}
        rowProps={(e) => ({ 'data-code': e.code, 'data-status': e.status })}
      />
    </div>
  )
}
