import { FutureDateNotice } from '@/components/ui/future-date-notice'
import { CiteThis, pinnedPath } from '@/components/ui/cite-this'
import { Table } from '@/components/tables/table'
import type { PortfolioPoint } from '@/lib/transforms/alignment-series'
import type { Metadata } from 'next'
import { viewMetadata } from '@/lib/share/metadata'
import Link from '@/components/ui/link'
import { AlignmentControls } from '@/components/alignment/alignment-controls'
import { PairChart, PortfolioChart } from '@/components/alignment/alignment-charts'
import { Heatmap } from '@/components/alignment/heatmap'
import { formatDay, todayIso } from '@/lib/dates'
import { FORUM_KIND_PLURALS, MEMBERSHIP_STATUSES, STATUS_LABELS, type MembershipStatus } from '@/lib/domain/vocabulary'
import { alignmentQuery } from '@/lib/params'
import { loadWithFallback } from '@/lib/page-query'
import { ParamNotice } from '@/components/ui/param-notice'
import { getAlignment } from '@/lib/queries/alignment'
import { ChartFrame } from '@/components/charts/chart-frame'
import { chartFileBase } from '@/lib/chart-image/filename'
import { sourceLine } from '@/lib/chart-image/source-line'

// Open Graph and Twitter card tags with the view's preview image (lib/share/metadata.ts).
export const generateMetadata = (): Promise<Metadata> =>
  viewMetadata({
    title: 'Alignment',
    description: 'How alike parties are in their forum memberships, on any date and year by year.',
  })

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** "Kazakhstan joins CIS as member", "Uzbekistan in GUAM: member → suspended", "Uzbekistan leaves GUAM". */
function changeSentence(
  c: { kind: 'joined' | 'status-changed' | 'left'; status: MembershipStatus; previousStatus: MembershipStatus | null },
  party: string,
  forum: string,
) {
  const word = (s: MembershipStatus) => STATUS_LABELS[s].toLowerCase()
  if (c.kind === 'joined') return `${party} joins ${forum} as ${word(c.status)}`
  if (c.kind === 'left') return `${party} leaves ${forum}`
  return `${party} in ${forum}: ${c.previousStatus ? word(c.previousStatus) : 'none'} → ${word(c.status)}`
}

export default async function AlignmentPage({ searchParams }: Props) {
  const { view, problem, params } = await loadWithFallback(alignmentQuery, await searchParams, getAlignment)
  const base = new URLSearchParams(params)
  const pairHref = (a: string, b: string) => {
    const next = new URLSearchParams(base)
    next.set('a', a)
    next.set('b', b)
    return `/alignment?${next.toString()}#pair`
  }
  const apiParams = new URLSearchParams()
  if (view.query.parties) apiParams.set('parties', view.query.parties.join(','))
  if (view.query.asOf) apiParams.set('asOf', view.query.asOf)
  const csvHref = `/api/alignment.csv${apiParams.toString() ? `?${apiParams}` : ''}`
  const name = (c: string) => view.names[c] ?? c
  const chartSource = (ids: string[]) => sourceLine(ids.map((id) => view.sources[id]).filter((s) => s !== undefined))
  const seriesYears = (series: { year: number }[]) => (series.length ? `${series[0].year}–${series[series.length - 1].year}` : '')
  const seriesPeriod = (series: { year: number }[]) =>
    series.length ? `${seriesYears(series)}, on 31 December of each year (${series[series.length - 1].year}: ${formatDay(todayIso())})` : ''
  const portfolioStatuses = view.portfolio ? MEMBERSHIP_STATUSES.filter((s) => view.portfolio!.series.some((p) => p[s] > 0)) : []
  return (
    <div className="wide">
      <div className="view-head">
        <h1>Alignment</h1>
        <CiteThis title={`Alignment of forum memberships on ${formatDay(view.asOf)}`} path={pinnedPath('/alignment', params, { asOf: view.asOf })} />
      </div>
      <p className="lede">How alike parties are in their forum memberships on {formatDay(view.asOf)}, and how that changed year by year.</p>
      <ParamNotice problem={problem} />
      <FutureDateNotice asOf={view.asOf} />
      <AlignmentControls
        parties={view.allParties}
        chosen={view.matrix.parties}
        asOf={view.asOf}
        today={todayIso()}
        a={view.query.a ?? ''}
        b={view.query.b ?? ''}
        party={view.query.party ?? ''}
        rank={view.ranking.party}
      />
      <section className="formula" aria-labelledby="formula-h">
        <h2 id="formula-h">The score</h2>
        <p>
          A weighted Jaccard index over all forums:{' '}
          <span className="math">
            score(a, b) = Σ<sub>f</sub> min(w<sub>a</sub>(f), w<sub>b</sub>(f)) / Σ<sub>f</sub> max(w<sub>a</sub>(f), w<sub>b</sub>(f))
          </span>
          , where w<sub>p</sub>(f) is the weight of p&rsquo;s status in forum f on the date: member 1; observer, partner and associate 0.5; suspended 0.25;
          applicant or none 0. 1 means identical portfolios, 0 nothing in common; a party scores 1 with itself. Rows and columns are ordered by average-linkage
          hierarchical clustering on the distance 1 − score (leaf order of the tree), so that alike parties sit together.
        </p>
      </section>
      <h2>Heatmap</h2>
      <p className="table-actions">
        <a className="button" href={csvHref} download>
          Download CSV
        </a>{' '}
        <span className="muted">every pair: party_a, party_b, shared_forums, score. Click a cell to chart that pair over time.</span>
      </p>
      <ChartFrame
        title="How alike the parties' forum portfolios are (weighted Jaccard score, 0–1)"
        period={`On ${formatDay(view.asOf)}`}
        source={chartSource(view.sourceIds.matrix)}
        filename={chartFileBase({ chart: 'alignment-heatmap', subject: view.matrix.parties, period: view.asOf, many: 'parties' })}
      >
        <Heatmap matrix={view.matrix} names={view.names} hrefFor={pairHref} selected={view.pair ? [view.pair.a, view.pair.b] : null} />
      </ChartFrame>

      <h2 id="ranking">Most aligned with {name(view.ranking.party)}</h2>
      <p className="muted">
        Every party with a membership on record, ranked by its score with {name(view.ranking.party)} on {formatDay(view.asOf)} (ties: more shared forums first).
        Choose another party under &ldquo;Ranking&rdquo; above; a party&rsquo;s name charts the pair over time.
      </p>
      <Table
        id="ranking-table"
        className="ranking"
        caption={`Parties ranked by their alignment with ${name(view.ranking.party)} on ${formatDay(view.asOf)}`}
        rowHeader="party"
        columns={[
          { id: 'rank', header: 'Rank', numeric: true, cell: (r) => view.ranking.rows.indexOf(r) + 1 },
          { id: 'party', header: 'Party', cell: (r) => <a href={pairHref(view.ranking.party, r.party)}>{name(r.party)}</a> },
          {
            id: 'score',
            header: 'Score',
            numeric: true,
            cell: (r) => (
              <span className="score-bar" style={{ '--score': r.score } as React.CSSProperties}>
                {r.score.toFixed(3)}
              </span>
            ),
            cellProps: (r) => ({ 'data-score': r.score.toFixed(4) }),
          },
          { id: 'shared', header: 'Shared forums', numeric: true, cell: (r) => r.shared },
        ]}
        rows={view.ranking.rows}
        rowKey={(r) => r.party}
        rowProps={(r) => ({ 'data-party': r.party })}
      />

      <h2 id="pair">Pair over time</h2>
      {view.pair ? (
        <>
          <p>
            <Link href={`/parties/${view.pair.a}`}>{name(view.pair.a)}</Link> and <Link href={`/parties/${view.pair.b}`}>{name(view.pair.b)}</Link>: the score
            on 31 December of each year since 1991 (today for this year). Dashed lines mark years in which either changed its membership.
          </p>
          <ChartFrame
            title={`Similarity of ${name(view.pair.a)} and ${name(view.pair.b)}, per year (dashed: years of membership changes)`}
            period={seriesPeriod(view.pair.series)}
            source={chartSource(view.sourceIds.pair)}
            filename={chartFileBase({ chart: 'alignment-pair', subject: [view.pair.a, view.pair.b], period: seriesYears(view.pair.series) })}
          >
            <PairChart
              data={view.pair.series.map((p) => ({ year: p.year, score: Number(p.score.toFixed(4)) }))}
              changeYears={view.pair.series.filter((p) => p.changes.length).map((p) => p.year)}
              title={`Similarity of ${name(view.pair.a)} and ${name(view.pair.b)}, per year`}
            />
          </ChartFrame>
          <Table
            id="pair-table"
            caption="Score per year and the membership changes behind it"
            columns={[
              { id: 'year', header: 'Year', cell: (p) => p.year },
              { id: 'score', header: 'Score', numeric: true, cell: (p) => p.score.toFixed(3) },
              { id: 'shared', header: 'Shared forums', numeric: true, cell: (p) => p.shared },
              {
                id: 'changes',
                header: 'Changes that year',
                cell: (p) =>
                  p.changes.map((c) => (
                    <div key={`${c.partyCode}-${c.forumCode}-${c.day}-${c.kind}`}>
                      {formatDay(c.day)}: {changeSentence(c, name(c.partyCode), view.forumNames[c.forumCode] ?? c.forumCode)}
                    </div>
                  )),
              },
            ]}
            rows={view.pair.series}
            rowKey={(p) => String(p.year)}
          />
        </>
      ) : (
        <p className="muted">Choose a pair above, or click a cell of the heatmap.</p>
      )}

      <h2 id="portfolio">Forum portfolio</h2>
      {view.portfolio ? (
        <>
          <p>
            In how many forums <Link href={`/parties/${view.portfolio.party}`}>{name(view.portfolio.party)}</Link> held each status, and in how many forums of
            each kind, year by year.
          </p>
          <ChartFrame
            title={`${name(view.portfolio.party)}: number of forums by status, per year`}
            period={seriesPeriod(view.portfolio.series)}
            source={chartSource(view.sourceIds.portfolio)}
            filename={chartFileBase({ chart: 'alignment-portfolio', subject: [view.portfolio.party], period: seriesYears(view.portfolio.series) })}
          >
            <PortfolioChart
              data={view.portfolio.series as unknown as Record<string, number>[]}
              statuses={portfolioStatuses}
              title={`${name(view.portfolio.party)}: forums by status, per year`}
            />
          </ChartFrame>
          <Table
            id="portfolio-table"
            caption={`${name(view.portfolio.party)}: forums by status and by kind`}
            columns={[
              { id: 'year', header: 'Year', cell: (p) => p.year },
              ...portfolioStatuses.map((st) => ({ id: st, header: STATUS_LABELS[st], numeric: true, cell: (p: PortfolioPoint) => p[st] })),
              ...Object.entries(FORUM_KIND_PLURALS).map(([k, l]) => ({
                id: `kind:${k}`,
                header: l,
                numeric: true,
                cell: (p: PortfolioPoint) => p[`kind:${k}`],
              })),
            ]}
            rows={view.portfolio.series}
            rowKey={(p) => String(p.year)}
          />
        </>
      ) : (
        <p className="muted">Choose a party for its portfolio above.</p>
      )}
    </div>
  )
}
