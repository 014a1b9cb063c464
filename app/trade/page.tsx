import type { Metadata } from 'next'
import { GrowthChart, SharesChart, ValueChart } from '@/components/trade/trade-charts'
import { TradeControls } from '@/components/trade/trade-controls'
import { TradeTable, type TradeRow } from '@/components/trade/trade-table'
import { formatUsd } from '@/components/trade/format'
import { tradeQuery } from '@/lib/params'
import { loadWithFallback } from '@/lib/page-query'
import { ParamNotice } from '@/components/ui/param-notice'
import { getTrade } from '@/lib/queries/trade'
import { cagr, yearOnYear } from '@/lib/transforms/trade'
import { ChartFrame } from '@/components/charts/chart-frame'
import { chartFileBase } from '@/lib/chart-image/filename'
import { sourceLine } from '@/lib/chart-image/source-line'

export const metadata: Metadata = {
  title: 'Trade',
  description: 'Merchandise trade of Central Asia, the South Caucasus and Afghanistan by partner and forum, with growth and membership events.',
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const FLOW_WORD = { total: 'total trade (exports + imports)', export: 'exports', import: 'imports' }

export default async function TradePage({ searchParams }: Props) {
  const { view, problem, params } = await loadWithFallback(tradeQuery, await searchParams, getTrade)
  const name = (c: string) => (c === 'WLD' ? 'World' : (view.names[c] ?? c))
  const keyOf = (r: string, p: string) => `${r}>${p}`
  const series = view.reporters.flatMap((r) => view.partners.map((p) => ({ key: keyOf(r, p), label: `${r} → ${p === 'WLD' ? 'World' : p.startsWith('forum:') ? `${p.slice(6)} members` : p}`, reporter: r, partner: p })))
  const years = Array.from({ length: view.to - view.from + 1 }, (_, i) => view.from + i)
  const value = new Map(view.points.map((p) => [`${keyOf(p.reporter, p.partner)}|${p.year}`, Number(p.valueUsd)]))
  const rows = years.map((year) => ({ year, ...Object.fromEntries(series.map((s) => [s.key, value.get(`${s.key}|${year}`) ?? null])) }))
  const sourceTitle = (ids: string[]) => ids.map((id) => view.sources[id]?.publisher ?? view.sources[id]?.title ?? id).join('; ')
  const sourcesByPoint = Object.fromEntries(view.points.map((p) => [`${keyOf(p.reporter, p.partner)}|${p.year}`, sourceTitle(p.sources)]))
  const seriesPoints = (key: string) => years.filter((y) => value.has(`${key}|${y}`)).map((y) => ({ year: y, value: value.get(`${key}|${y}`)! }))
  const growth = series.map((s) => ({ ...s, yoy: yearOnYear(seriesPoints(s.key)), cagr: cagr(seriesPoints(s.key)) }))
  const growthRows = years.slice(1).map((year) => ({ year, ...Object.fromEntries(growth.map((g) => [g.key, g.yoy.find((y) => y.year === year)?.growth ?? null])) }))
  const world = new Map(view.world.map((p) => [`${p.reporter}|${p.year}`, Number(p.valueUsd)]))
  const shareSeries = (r: string) => view.partners.filter((p) => p !== 'WLD').map((p) => ({ key: keyOf(r, p), label: p.startsWith('forum:') ? `${p.slice(6)} members` : p }))
  const shareRows = (r: string) =>
    years.map((year) => ({
      year,
      ...Object.fromEntries(shareSeries(r).map((s) => {
        const v = value.get(`${s.key}|${year}`)
        const w = world.get(`${r}|${year}`)
        return [s.key, v !== undefined && w ? (v / w) * 100 : null]
      })),
    }))
  const tableRows: TradeRow[] = view.points.map((p) => ({
    id: `${p.reporter}|${p.partner}|${p.year}`,
    reporter: p.reporter,
    reporterName: name(p.reporter),
    partner: p.partner,
    partnerName: name(p.partner),
    year: p.year,
    flow: p.flow,
    valueUsd: p.valueUsd,
    estimated: p.estimated,
    source: sourceTitle(p.sources),
    coverage: p.missing && p.missing.length ? `sum of ${p.members!.length} members; no figure for ${p.missing.join(', ')}` : p.members ? `sum of ${p.members.length} members` : null,
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
  const partnerWords = view.partners.map((p) => (p === 'WLD' ? 'World' : p.startsWith('forum:') ? `${p.slice(6)} members` : p)).join(', ')
  const valueSource = sourceLine(refs([...view.points.flatMap((p) => p.sources), ...view.markers.map((m) => m.sourceId)]))
  const pointsSource = sourceLine(refs(view.points.flatMap((p) => p.sources)))
  const shareSource = (r: string) => sourceLine(refs([...view.points, ...view.world].filter((p) => p.reporter === r).flatMap((p) => p.sources)))
  return (
    <div className="wide">
      <h1>Trade</h1>
      <p className="lede">
        Merchandise {FLOW_WORD[view.flow]} by partner, as reported by each reporter (IMF Direction of Trade Statistics: exports FOB,
        imports CIF), with the reporters&rsquo; accessions and departures in the forums marked. Years without a figure are gaps, not zeros.
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
      />
      <h2>Value</h2>
      {view.points.length === 0 ? <p className="muted">No figure for this choice in these years.</p> : null}
      <ChartFrame
        title={`${view.reporters.map(name).join(', ')}: ${FLOW_WORD[view.flow]} with ${partnerWords}, US$${view.scale === 'log' ? ' (log scale)' : ''}`}
        period={period}
        source={valueSource}
        filename={chartFileBase({ chart: `trade${flowFile}`, subject: view.reporters, period, many: 'reporters' })}
      >
        <ValueChart rows={rows} series={series} scale={view.scale} markers={view.markers.map((m) => ({ year: m.year, label: m.label }))} sourcesByPoint={sourcesByPoint} title={title} />
      </ChartFrame>
      {view.markers.length ? (
        <ul className="markers" aria-label="Membership events on the chart">
          {view.markers.map((m) => (
            <li key={`${m.label}-${m.day}`}>
              <time dateTime={m.day}>{m.day}</time> {m.label}
            </li>
          ))}
        </ul>
      ) : null}

      <h2>Growth</h2>
      <p className="muted">
        Year-on-year growth = value<sub>t</sub> / value<sub>t−1</sub> − 1, only where both years have a figure. Compound annual growth rate over the
        range: CAGR = (last / first)<sup>1 / (last year − first year)</sup> − 1, using the first and last years with a figure.
      </p>
      <ChartFrame
        title={`${view.reporters.map(name).join(', ')}: year-on-year growth of ${FLOW_WORD[view.flow]} with ${partnerWords}, %`}
        period={growthPeriod}
        source={pointsSource}
        filename={chartFileBase({ chart: `trade-growth${flowFile}`, subject: view.reporters, period: growthPeriod, many: 'reporters' })}
      >
        <GrowthChart rows={growthRows} series={series} title={`Year-on-year growth of ${FLOW_WORD[view.flow]}`} />
      </ChartFrame>
      <div className="table-scroll">
        <table className="data" id="cagr">
          <caption>Compound annual growth rate</caption>
          <thead>
            <tr>
              <th scope="col">Series</th>
              <th scope="col">First year</th>
              <th scope="col">Last year</th>
              <th scope="col">First value</th>
              <th scope="col">Last value</th>
              <th scope="col">CAGR</th>
            </tr>
          </thead>
          <tbody>
            {growth.map((g) => (
              <tr key={g.key}>
                <th scope="row">{g.label}</th>
                {g.cagr ? (
                  <>
                    <td>{g.cagr.from}</td>
                    <td>{g.cagr.to}</td>
                    <td className="num">{formatUsd(value.get(`${g.key}|${g.cagr.from}`)!)}</td>
                    <td className="num">{formatUsd(value.get(`${g.key}|${g.cagr.to}`)!)}</td>
                    <td className="num" data-cagr={g.cagr.rate.toFixed(4)}>
                      {g.cagr.rate.toFixed(1)} % a year
                    </td>
                  </>
                ) : (
                  <td colSpan={5} className="muted">
                    fewer than two years with a figure
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>Partner shares</h2>
      {view.reporters.map((r) =>
        world.size && shareSeries(r).length ? (
          <section key={r}>
            <h3>{name(r)}: share of its {FLOW_WORD[view.flow]} with World</h3>
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
        <span className="muted">— exactly the values of the chart: reporter_code, partner_code, year, flow, value_usd (US$), source.</span>
      </p>
      <TradeTable rows={tableRows} />
    </div>
  )
}
