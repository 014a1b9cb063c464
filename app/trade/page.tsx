import { Table } from '@/components/tables/table'
import { CiteThis, pinnedPath } from '@/components/ui/cite-this'
import type { Metadata } from 'next'
import { viewMetadata } from '@/lib/share/metadata'
import { GrowthChart, SharesChart, ValueChart } from '@/components/trade/trade-charts'
import { TradeControls } from '@/components/trade/trade-controls'
import { TradeTable, type TradeRow } from '@/components/trade/trade-table'
import { formatUsd } from '@/components/trade/format'
import { tradeQuery } from '@/lib/params'
import { loadWithFallback } from '@/lib/page-query'
import { ParamNotice } from '@/components/ui/param-notice'
import { getTrade } from '@/lib/queries/trade'
import { cagr, mirrorGap, yearOnYear } from '@/lib/transforms/trade'
import { FLOW_WORD, tradeChartSeries, tradeValueChartMeta } from '@/lib/transforms/trade-value-chart'
import { TradeCoverage } from '@/components/trade/trade-coverage'
import { ChartFrame } from '@/components/charts/chart-frame'
import { chartFileBase } from '@/lib/chart-image/filename'
import { sourceLine } from '@/lib/chart-image/source-line'

// Open Graph and Twitter card tags with the view's preview image (lib/share/metadata.ts).
export const generateMetadata = (): Promise<Metadata> =>
  viewMetadata({
    title: 'Trade',
    description: 'Merchandise trade of Central Asia, the South Caucasus and Afghanistan by partner and forum, with growth and membership events.',
  })

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function TradePage({ searchParams }: Props) {
  const { view, problem, params } = await loadWithFallback(tradeQuery, await searchParams, getTrade)
  const ts = tradeChartSeries(view)
  const { name, partnerWord, family, segmentOf, series, markers, years, value, rows, sourceTitle, sourcesByPoint } = ts
  const seriesPoints = (key: string) => years.filter((y) => value.has(`${key}|${y}`)).map((y) => ({ year: y, value: value.get(`${key}|${y}`)! }))
  const growth = series.map((s) => ({ ...s, yoy: yearOnYear(seriesPoints(s.key)), cagr: cagr(seriesPoints(s.key)) }))
  const growthRows = years
    .slice(1)
    .map((year) => ({ year, ...Object.fromEntries(growth.map((g) => [g.key, g.yoy.find((y) => y.year === year)?.growth ?? null])) }))
  // Shares: the reporter's own merchandise figures over its own figure with World, from the same source family.
  const ownGoods = view.points.filter((p) => !p.reportedBy && p.measure === 'goods')
  const shareValue = new Map(ownGoods.map((p) => [`${p.reporter}>${p.partner}|${p.year}`, { v: Number(p.valueUsd), family: family(p.sources) }]))
  const world = new Map(
    view.world.filter((p) => p.measure === 'goods').map((p) => [`${p.reporter}|${p.year}`, { v: Number(p.valueUsd), family: family(p.sources) }]),
  )
  const shareSeries = (r: string) => view.partners.filter((p) => p !== 'WLD').map((p) => ({ key: `${r}>${p}`, label: partnerWord(p) }))
  const shareRows = (r: string) =>
    years.map((year) => ({
      year,
      ...Object.fromEntries(
        shareSeries(r).map((s) => {
          const v = shareValue.get(`${s.key}|${year}`)
          const w = world.get(`${r}|${year}`)
          return [s.key, v && w && w.v && v.family === w.family ? (v.v / w.v) * 100 : null]
        }),
      ),
    }))
  // Mirror gaps: where both the reporter and the partner report a year.
  const mirrorRows =
    view.reportedBy === 'both'
      ? view.points
          .filter((p) => p.reportedBy && p.measure === 'goods')
          .flatMap((m) => {
            const own = view.points.find(
              (o) => !o.reportedBy && o.reporter === m.reporter && o.partner === m.partner && o.year === m.year && o.measure === 'goods',
            )
            const gap = own ? mirrorGap(Number(own.valueUsd), Number(m.valueUsd)) : null
            return own && gap !== null
              ? [
                  {
                    key: `${m.reporter}>${m.partner}|${m.year}`,
                    reporter: m.reporter,
                    partner: m.partner,
                    year: m.year,
                    own: Number(own.valueUsd),
                    mirror: Number(m.valueUsd),
                    gap,
                  },
                ]
              : []
          })
      : []
  const coverageYears = years
  const tableRows: TradeRow[] = view.points.map((p) => ({
    id: `${segmentOf(p)}|${p.year}`,
    reporter: p.reporter,
    reporterName: name(p.reporter),
    partner: p.partner,
    partnerName: name(p.partner),
    year: p.year,
    flow: p.flow,
    valueUsd: p.valueUsd,
    estimated: p.estimated,
    source: sourceTitle(p.sources),
    reportedBy: p.reportedBy ?? p.reporter,
    measure: p.measure,
    coverage:
      p.missing && p.missing.length
        ? `sum of ${p.members!.length} members; no figure for ${p.missing.join(', ')}`
        : p.members
          ? `sum of ${p.members.length} members`
          : null,
  }))
  const csvParams = new URLSearchParams(params)
  csvParams.delete('scale')
  const csvHref = `/api/trade.csv${csvParams.toString() ? `?${csvParams}` : ''}`
  const title = `${FLOW_WORD[view.flow]}, ${view.from}–${view.to}, US$`
  // Chart images: what each chart rests on (the figures it plots, and the memberships behind its markers).
  const refs = (ids: string[]) => ids.map((id) => view.sources[id]).filter((s) => s !== undefined)
  const period = `${view.from}–${view.to}`
  // growth is shown from the second year on, each year over the one before
  const growthPeriod = view.to > view.from ? `${view.from + 1}–${view.to}` : period
  const flowFile = view.flow === 'total' ? '' : `-${view.flow}s`
  const partnerWords = view.partners.map(partnerWord).join(', ')
  const pointsSource = sourceLine(refs(view.points.flatMap((p) => p.sources)))
  const shareSource = (r: string) => sourceLine(refs([...view.points, ...view.world].filter((p) => p.reporter === r).flatMap((p) => p.sources)))
  return (
    <div className="wide">
      <div className="view-head">
        <h1>Trade</h1>
        <CiteThis
          title={`Trade of ${view.reporters.map(name).join(', ')} by partner, ${view.from}–${view.to}`}
          path={pinnedPath('/trade', params, { from: String(view.from), to: String(view.to) })}
        />
      </div>
      <p className="lede">
        {FLOW_WORD[view.flow][0].toUpperCase() + FLOW_WORD[view.flow].slice(1)} by partner, as reported by each reporter or, as mirror figures, by its partner:
        IMF Direction of Trade Statistics to 2020 (merchandise, exports FOB, imports CIF), official national statistics and customs after (as their publishers
        printed them, quoted in each figure&rsquo;s note), with the reporters&rsquo; accessions and departures in the forums marked. A change of source breaks
        the line; figures of goods and services are never joined to merchandise. Years without a figure are gaps, not zeros.
      </p>
      <ParamNotice problem={problem} />
      <TradeControls
        reporters={view.reporters}
        partners={view.partners}
        flow={view.flow}
        from={view.from}
        to={view.to}
        scale={view.scale}
        reporterChoices={view.reporterChoices}
        partnerChoices={view.partnerChoices}
        forumChoices={view.forumChoices}
        yearRange={view.yearRange}
        reportedBy={view.reportedBy}
      />
      <h2>Value</h2>
      {view.points.length === 0 ? <p className="muted">No figure for this choice in these years.</p> : null}
      <ChartFrame {...tradeValueChartMeta(view, ts)}>
        <ValueChart rows={rows} series={series} scale={view.scale} markers={markers.years} sourcesByPoint={sourcesByPoint} title={title} />
      </ChartFrame>

      <TradeCoverage rows={view.coverage} years={coverageYears} sources={view.sources} name={name} />

      {view.reportedBy === 'both' ? (
        <>
          <h2>Mirror gap</h2>
          <p className="muted">
            The partner&rsquo;s figure against the reporter&rsquo;s own, in percent of the reporter&rsquo;s. Two customs services rarely agree: imports are
            valued CIF (with freight and insurance) and exports FOB, goods in transit and re-exports are counted by one side only, and the partner country is
            assigned differently (origin, consignment, last known destination).
          </p>
          {mirrorRows.length ? (
            <Table
              id="mirror-gap"
              caption="Reported by the reporter and by the partner, and the gap"
              columns={[
                { id: 'pair', header: 'Reporter → partner', cell: (r) => `${r.reporter} → ${r.partner}` },
                { id: 'year', header: 'Year', cell: (r) => r.year },
                { id: 'own', header: <>Reporter&rsquo;s figure</>, numeric: true, cell: (r) => formatUsd(r.own) },
                { id: 'mirror', header: <>Partner&rsquo;s figure</>, numeric: true, cell: (r) => formatUsd(r.mirror) },
                {
                  id: 'gap',
                  header: 'Gap',
                  numeric: true,
                  cellProps: (r) => ({ 'data-gap': r.gap.toFixed(2) }),
                  cell: (r) => `${r.gap > 0 ? '+' : ''}${r.gap.toFixed(1)} %`,
                },
              ]}
              rows={mirrorRows}
              rowKey={(r) => r.key}
            />
          ) : (
            <p className="muted">No year has a figure from both sides for this choice.</p>
          )}
        </>
      ) : null}

      <h2>Growth</h2>
      <p className="muted">
        Year-on-year growth = value<sub>t</sub> / value<sub>t−1</sub> − 1, only where both years have a figure. Compound annual growth rate over the range: CAGR
        = (last / first)<sup>1 / (last year − first year)</sup> − 1, using the first and last years with a figure.
      </p>
      <ChartFrame
        title={`${view.reporters.map(name).join(', ')}: year-on-year growth of ${FLOW_WORD[view.flow]} with ${partnerWords}, %`}
        period={growthPeriod}
        source={pointsSource}
        filename={chartFileBase({ chart: `trade-growth${flowFile}`, subject: view.reporters, period: growthPeriod, many: 'reporters' })}
      >
        <GrowthChart rows={growthRows} series={series} title={`Year-on-year growth of ${FLOW_WORD[view.flow]}`} />
      </ChartFrame>
      <Table
        caption="Compound annual growth rate"
        id="cagr"
        rows={growth}
        rowKey={(g) => g.key}
        rowNote={(g) => (g.cagr ? null : 'fewer than two years with a figure')}
        columns={[
          { id: 'series', header: 'Series', cell: (g) => g.label },
          { id: 'from', header: 'First year', cell: (g) => g.cagr?.from },
          { id: 'to', header: 'Last year', cell: (g) => g.cagr?.to },
          { id: 'first', header: 'First value', numeric: true, cell: (g) => g.cagr && formatUsd(value.get(`${g.key}|${g.cagr.from}`)!) },
          { id: 'last', header: 'Last value', numeric: true, cell: (g) => g.cagr && formatUsd(value.get(`${g.key}|${g.cagr.to}`)!) },
          {
            id: 'cagr',
            header: 'CAGR',
            numeric: true,
            cell: (g) => g.cagr && `${g.cagr.rate.toFixed(1)} % a year`,
            cellProps: (g) => ({ 'data-cagr': g.cagr?.rate.toFixed(4) }),
          },
        ]}
      />

      <h2>Partner shares</h2>
      {view.reporters.map((r) =>
        world.size && shareSeries(r).length ? (
          <section key={r}>
            <h3>
              {name(r)}: share of its {FLOW_WORD[view.flow]} with World
            </h3>
            <ChartFrame
              title={`${name(r)}: partners’ shares of its ${FLOW_WORD[view.flow]} with World, %`}
              period={period}
              source={shareSource(r)}
              filename={chartFileBase({ chart: `trade-shares${flowFile}`, subject: [r], period })}
            >
              <SharesChart rows={shareRows(r)} series={shareSeries(r)} title={`${name(r)}: partners' shares of ${FLOW_WORD[view.flow]}`} />
            </ChartFrame>
          </section>
        ) : null,
      )}
      {!world.size ? <p className="muted">No trade with World recorded for these reporters and years.</p> : null}

      <h2>The numbers</h2>
      <p className="table-actions">
        <a className="button" href={csvHref} download>
          Download CSV
        </a>{' '}
        <a href={csvHref.replace('/api/trade.csv', '/api/trade')}>JSON</a>{' '}
        <span className="muted">
          — exactly the values of the chart: reporter_code, partner_code, reported_by, year, flow, measure, value_usd (US$), estimated, total_kind, growth and
          CAGR, source.
        </span>
      </p>
      <TradeTable rows={tableRows} />
    </div>
  )
}
