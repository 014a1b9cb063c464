import Link from '@/components/ui/link'
import { SourceLink } from '@/components/ui/source-link'
import type { TradePartnersView } from '@/lib/queries/trade-partners'
import { Table } from '@/components/tables/table'
import { formatUsd, formatUsdExact } from './format'

/**
 * A reporter's partners ranked by share of its trade in one year, with a year and flow chooser that
 * works without JavaScript (a GET form), and its partner concentration over time. Server-rendered.
 */

const FLOW_LABELS = { total: 'Total trade', export: 'Exports', import: 'Imports' } as const

export function PartnerRanking({ view, action }: { view: TradePartnersView; action: string }) {
  const { ranking, years, flow } = view
  const name = (code: string) => view.names[code] ?? code
  if (!ranking) {
    return <p className="muted">No year has both a trade figure with the World and figures with partners from the same source.</p>
  }
  const source = view.sources[ranking.source]
  const covered = ranking.partners.reduce((s, p) => s + p.share, 0)
  return (
    <>
      <form method="get" action={action} className="partner-controls">
        <span>
          <label htmlFor="trade-year">Year</label>{' '}
          <select id="trade-year" name="tradeYear" defaultValue={String(ranking.year)}>
            {[...years].reverse().map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </span>
        <span>
          <label htmlFor="trade-flow">Flow</label>{' '}
          <select id="trade-flow" name="tradeFlow" defaultValue={flow}>
            {(['total', 'export', 'import'] as const).map((f) => (
              <option key={f} value={f}>
                {FLOW_LABELS[f]}
              </option>
            ))}
          </select>
        </span>
        <button type="submit">Show</button>
      </form>
      <Table
        className="partner-ranking"
        rowHeader="partner"
        label="Trade partners ranked"
        caption={`${FLOW_LABELS[flow]} of ${name(view.reporter)} by partner, ${ranking.year}: share of ${formatUsd(Number(ranking.worldUsd))} with the World, as reported by ${name(view.reporter)}`}
        columns={[
          { id: 'rank', header: 'Rank', numeric: true, cell: (p) => p.rank },
          {
            id: 'partner',
            header: 'Partner',
            cell: (p) => (
              <>
                <Link href={`/parties/${encodeURIComponent(p.partner)}`}>{name(p.partner)}</Link>
                {p.estimated ? <span className="muted"> (estimate)</span> : null}
              </>
            ),
          },
          {
            id: 'usd',
            header: 'US$',
            numeric: true,
            cellProps: (p) => ({ title: formatUsdExact(p.valueUsd) }),
            cell: (p) => (
              <>
                {formatUsd(Number(p.valueUsd))}
                {p.computed ? (
                  <span className="muted" title="exports + imports">
                    {' '}
                    Σ
                  </span>
                ) : null}
              </>
            ),
          },
          {
            id: 'share',
            header: 'Share',
            numeric: true,
            className: 'share',
            cell: (p) => (
              <>
                <span className="share-bar" style={{ width: `${Math.min(100, p.share)}%` }} aria-hidden="true" />
                <span className="share-value">{p.share.toFixed(1)}%</span>
              </>
            ),
          },
        ]}
        rows={ranking.partners}
        rowKey={(p) => p.partner}
      />
      <p className="muted">
        The partners listed account for {covered.toFixed(1)}% of {name(view.reporter)}&rsquo;s trade with the World that year; the dataset holds the
        region&rsquo;s partners, not every country. All figures from one source: {source ? <SourceLink source={source} /> : ranking.source}. Σ = exports +
        imports of that source. <a href={`/api/trade/partners?reporter=${encodeURIComponent(view.reporter)}&year=${ranking.year}&flow=${flow}`}>JSON</a> ·{' '}
        <Link
          href={`/trade?reporters=${encodeURIComponent(view.reporter)}&partners=${ranking.partners
            .slice(0, 5)
            .map((p) => p.partner)
            .join(',')},WLD&flow=${flow}`}
        >
          These partners on the trade chart
        </Link>
      </p>
    </>
  )
}

/**
 * The Herfindahl–Hirschman index of the ranked partners' shares, year by year, as an SVG line drawn
 * on the server. Its text alternative is the table below it.
 */
export function ConcentrationChart({ view }: { view: TradePartnersView }) {
  const points = view.concentration
  if (points.length < 2) return null
  const W = 1100
  const H = 260
  const left = 56
  const bottom = 28
  const first = points[0].year
  const last = points[points.length - 1].year
  const top = Math.max(2500, Math.ceil(Math.max(...points.map((p) => p.hhi)) / 1000) * 1000)
  const x = (year: number) => left + ((year - first) / Math.max(1, last - first)) * (W - left - 32)
  const y = (hhi: number) => 8 + (1 - hhi / top) * (H - bottom - 8)
  // A gap in the years is a gap in the line, never a slope across it.
  const runs: (typeof points)[] = []
  for (const p of points) {
    const run = runs[runs.length - 1]
    if (run && p.year === run[run.length - 1].year + 1) run.push(p)
    else runs.push([p])
  }
  const yTicks = Array.from({ length: top / 1000 + 1 }, (_, i) => i * 1000).filter((t) => top <= 5000 || t % 2000 === 0)
  const step = last - first > 30 ? 10 : 5
  const xTicks: number[] = []
  for (let t = Math.ceil(first / step) * step; t <= last; t += step) xTicks.push(t)
  return (
    <figure className="concentration">
      <div className="chart-scroll" role="region" aria-label="Partner concentration chart (scrolls sideways on a narrow screen)" tabIndex={0}>
        <svg
          viewBox={`0 0 ${W} ${H}`}
          role="img"
          aria-label={`Partner concentration of ${view.names[view.reporter] ?? view.reporter}'s ${view.flow === 'total' ? 'trade' : `${view.flow}s`}, ${first}–${last}: Herfindahl–Hirschman index from ${points[0].hhi.toFixed(0)} to ${points[points.length - 1].hhi.toFixed(0)}. The table below lists every year.`}
        >
          {yTicks.map((t) => (
            <g key={t}>
              <line x1={left} x2={W - 12} y1={y(t)} y2={y(t)} stroke="var(--line, #d9dee5)" />
              <text x={left - 6} y={y(t) + 4} fontSize={12} textAnchor="end" fill="var(--muted, #5b6573)">
                {t.toLocaleString('en')}
              </text>
            </g>
          ))}
          {[1500, 2500].map((t) =>
            t <= top ? <line key={t} x1={left} x2={W - 12} y1={y(t)} y2={y(t)} stroke="var(--muted, #5b6573)" strokeDasharray="4 4" /> : null,
          )}
          {xTicks.map((t) => (
            <text key={t} x={x(t)} y={H - 8} fontSize={12} textAnchor="middle" fill="var(--muted, #5b6573)">
              {t}
            </text>
          ))}
          {runs.map((run) =>
            run.length > 1 ? (
              <polyline
                key={run[0].year}
                points={run.map((p) => `${x(p.year)},${y(p.hhi)}`).join(' ')}
                fill="none"
                stroke="var(--accent, #0b5cad)"
                strokeWidth={2}
              />
            ) : null,
          )}
          {points.map((p) => (
            <circle key={p.year} cx={x(p.year)} cy={y(p.hhi)} r={3} fill="var(--accent, #0b5cad)">
              <title>{`${p.year}: HHI ${p.hhi.toFixed(0)} over ${p.partners} partners covering ${p.covered.toFixed(1)}% of trade with the World (${p.source})`}</title>
            </circle>
          ))}
        </svg>
      </div>
      <figcaption className="muted">
        Dashed lines: 1,500 and 2,500, the bounds the US merger guidelines of 2010 used for &ldquo;moderately&rdquo; and &ldquo;highly concentrated&rdquo;.
      </figcaption>
    </figure>
  )
}

export function ConcentrationTable({ view }: { view: TradePartnersView }) {
  return (
    <details>
      <summary>Every year as a table</summary>
      <Table
        label="Partner concentration by year"
        caption="Partner concentration (Herfindahl–Hirschman index) by year"
        columns={[
          { id: 'year', header: 'Year', cell: (p) => p.year },
          { id: 'hhi', header: 'HHI', numeric: true, cell: (p) => p.hhi.toFixed(0) },
          { id: 'partners', header: 'Partners', numeric: true, cell: (p) => p.partners },
          { id: 'covered', header: 'Share of World covered', numeric: true, cell: (p) => `${p.covered.toFixed(1)}%` },
          { id: 'source', header: 'Source', cell: (p) => view.sources[p.source]?.title ?? p.source },
        ]}
        rows={[...view.concentration].reverse()}
        rowKey={(p) => String(p.year)}
      />
    </details>
  )
}
