import { FutureDateNotice } from '@/components/ui/future-date-notice'
import { CiteThis, pinnedPath } from '@/components/ui/cite-this'
import { Table } from '@/components/tables/table'
import type { Metadata } from 'next'
import { viewMetadata } from '@/lib/share/metadata'
import Link from '@/components/ui/link'
import { EulerDiagram } from '@/components/overlaps/euler-diagram'
import { OverlapsControls } from '@/components/overlaps/overlaps-controls'
import { UpsetPlot } from '@/components/overlaps/upset-plot'
import { formatDay, todayIso } from '@/lib/dates'
import { STATUS_LABELS } from '@/lib/domain/vocabulary'
import { overlapsQuery } from '@/lib/params'
import { loadWithFallback } from '@/lib/page-query'
import { ParamNotice } from '@/components/ui/param-notice'
import { getOverlaps } from '@/lib/queries/overlaps'
import { combinationKey } from '@/lib/transforms/overlaps'
import { InPageLinks } from '@/components/ui/in-page-links'
import { ChartFrame } from '@/components/charts/chart-frame'
import { chartFileBase } from '@/lib/chart-image/filename'
import { sourceLine } from '@/lib/chart-image/source-line'

// Open Graph and Twitter card tags with the view's preview image (lib/share/metadata.ts).
export const generateMetadata = (): Promise<Metadata> =>
  viewMetadata({
    title: 'Overlaps',
    description: 'Which forums overlap: Euler diagrams and UpSet plots of shared members on any date.',
  })

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function OverlapsPage({ searchParams }: Props) {
  const { view, problem, params } = await loadWithFallback(overlapsQuery, await searchParams, getOverlaps)
  const base = new URLSearchParams(params)
  const hrefFor = (combination: string[]) => {
    const next = new URLSearchParams(base)
    next.set('sel', combinationKey(combination))
    return `/overlaps?${next.toString()}#selection`
  }
  base.delete('sel')
  const csvHref = `/api/overlaps.csv${base.toString() ? `?${base.toString()}` : ''}`
  const selectedKey = view.selected ? combinationKey(view.selected.combination) : null
  const label = (codes: string[]) => codes.map((c) => view.forums.find((f) => f.code === c)?.shortName ?? c).join(' ∩ ')
  const statuses = view.statuses.map((s) => STATUS_LABELS[s].toLowerCase() + 's').join(', ')
  const forumList = view.forums.map((f) => f.shortName).join(', ')
  const codes = view.forums.map((f) => f.code)
  const chartSource = sourceLine(view.sources)
  return (
    <div className="wide">
      <div className="view-head">
        <h1>Overlaps</h1>
        <CiteThis title={`Overlaps of ${forumList} on ${formatDay(view.asOf)}`} path={pinnedPath('/overlaps', params, { asOf: view.asOf })} />
      </div>
      <p className="lede">
        Which parties sit in which combination of forums on {formatDay(view.asOf)}, counting {statuses}. Each party is counted once, in the one combination of
        the chosen forums it belongs to. Click a region or a bar to list its parties.
      </p>
      <ParamNotice problem={problem} />
      <FutureDateNotice asOf={view.asOf} />
      <OverlapsControls forums={view.allForums} selected={view.forums.map((f) => f.code)} statuses={view.statuses} asOf={view.asOf} today={todayIso()} />
      <InPageLinks reveal="selection">
        <div className="overlap-layout">
          <div>
            {view.forums.length >= 2 && view.forums.length <= 3 ? (
              <>
                <h2>Euler diagram</h2>
                <p className="muted">Areas follow the counts (laid out by venn.js; with three sets the fit is approximate).</p>
                <ChartFrame
                  title={`Shared participants of ${forumList} (counting ${statuses})`}
                  period={`On ${formatDay(view.asOf)}`}
                  source={chartSource}
                  filename={chartFileBase({ chart: 'overlaps-euler', subject: codes, period: view.asOf, many: 'forums' })}
                >
                  <EulerDiagram forums={view.forums} areas={view.areas} intersections={view.intersections} hrefFor={hrefFor} selectedKey={selectedKey} />
                </ChartFrame>
              </>
            ) : null}
            <h2>UpSet plot</h2>
            {view.intersections.length ? (
              <ChartFrame
                title={`Exclusive intersections of ${forumList} (counting ${statuses})`}
                period={`On ${formatDay(view.asOf)}`}
                source={chartSource}
                filename={chartFileBase({ chart: 'overlaps-upset', subject: codes, period: view.asOf, many: 'forums' })}
              >
                <UpsetPlot forums={view.forums} intersections={view.intersections} hrefFor={hrefFor} selectedKey={selectedKey} />
              </ChartFrame>
            ) : (
              <UpsetPlot forums={view.forums} intersections={view.intersections} hrefFor={hrefFor} selectedKey={selectedKey} />
            )}
          </div>
          <aside id="selection" className="selection" aria-live="polite">
            <h2>{view.selected ? label(view.selected.combination) : 'Selection'}</h2>
            {view.selected ? (
              <>
                <p className="muted">
                  {view.selected.parties.length} {view.selected.parties.length === 1 ? 'party' : 'parties'} in exactly these of the chosen forums
                </p>
                <ul className="selected-parties">
                  {view.selected.parties.map((p) => (
                    <li key={p}>
                      <Link href={`/parties/${encodeURIComponent(p)}`}>{view.partyNames[p] ?? p}</Link> <span className="muted">{p}</span>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="muted">Click a region of the diagram or a bar of the plot.</p>
            )}
          </aside>
        </div>
      </InPageLinks>
      <h2>Intersections</h2>
      <p className="table-actions">
        <a className="button" href={csvHref} download>
          Download CSV
        </a>{' '}
        <a href={csvHref.replace('/api/overlaps.csv', '/api/overlaps')}>JSON</a>
      </p>
      <Table
        id="intersections"
        caption={`Exclusive intersections on ${formatDay(view.asOf)} (${statuses})`}
        columns={[
          {
            id: 'combination',
            header: 'Combination',
            cell: (x) => (
              <>
                <a href={hrefFor(x.combination)}>{label(x.combination)}</a>
                {x.combination.length < view.forums.length ? <span className="muted"> only</span> : null}
              </>
            ),
          },
          { id: 'size', header: 'Size', numeric: true, cell: (x) => x.parties.length },
          {
            id: 'parties',
            header: 'Parties',
            cell: (x) =>
              x.parties.map((p, i) => (
                <span key={p}>
                  {i > 0 ? ', ' : ''}
                  <Link href={`/parties/${encodeURIComponent(p)}`}>{view.partyNames[p] ?? p}</Link>
                </span>
              )),
          },
        ]}
        rows={view.intersections}
        rowKey={(x) => combinationKey(x.combination)}
        rowProps={(x) => ({ 'data-combination': combinationKey(x.combination) })}
      />
    </div>
  )
}
