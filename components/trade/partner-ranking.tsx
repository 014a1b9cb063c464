import { getLocale, getTranslations } from 'next-intl/server'
import Link from '@/components/ui/link'
import { InLanguage } from '@/components/ui/local-name'
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { getNameBook } from '@/lib/queries/names'
import { SourceLink } from '@/components/ui/source-link'
import type { TradePartnersView } from '@/lib/queries/trade-partners'
import { Table } from '@/components/tables/table'
import { formatUsd, formatUsdExact } from './format'
import { formatDecimal } from '@/lib/i18n/numbers'

/**
 * A reporter's partners ranked by share of its trade in one year, with a year and flow chooser that
 * works without JavaScript (a GET form), and its partner concentration over time. Server-rendered,
 * in the page's language (messages trade.partners; names from the name book).
 */

/** The page's language, and the names of its parties in it. */
async function localNames(view: TradePartnersView): Promise<{ locale: Locale; name: (code: string) => string }> {
  const requested = await getLocale()
  const locale = isLocale(requested) ? requested : 'en'
  const names = await getNameBook(locale)
  const english = (code: string) => view.names[code] ?? code
  return { locale, name: (code) => names.party(code, { name: english(code), shortName: english(code) }).name }
}

export async function PartnerRanking({ view, action }: { view: TradePartnersView; action: string }) {
  const { ranking, years, flow } = view
  const t = await getTranslations('trade.partners')
  const { locale, name } = await localNames(view)
  const pct = (v: number) => `${formatDecimal(v, 1, locale)}${locale === 'en' ? '%' : '\u00a0%'}`
  if (!ranking) {
    return <p className="muted">{t('none')}</p>
  }
  const source = view.sources[ranking.source]
  const covered = ranking.partners.reduce((s, p) => s + p.share, 0)
  return (
    <>
      <form method="get" action={action} className="partner-controls">
        <span>
          <label htmlFor="trade-year">{t('year')}</label>{' '}
          <select id="trade-year" name="tradeYear" defaultValue={String(ranking.year)}>
            {[...years].reverse().map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </span>
        <span>
          <label htmlFor="trade-flow">{t('flow')}</label>{' '}
          <select id="trade-flow" name="tradeFlow" defaultValue={flow}>
            {(['total', 'export', 'import'] as const).map((f) => (
              <option key={f} value={f}>
                {t(`flowLabel.${f}`)}
              </option>
            ))}
          </select>
        </span>
        <button type="submit">{t('show')}</button>
      </form>
      <Table
        className="partner-ranking"
        rowHeader="partner"
        label={t('label')}
        caption={t('caption', {
          flow: t(`flowLabel.${flow}`),
          reporter: name(view.reporter),
          year: String(ranking.year),
          world: formatUsd(Number(ranking.worldUsd), locale),
        })}
        columns={[
          { id: 'rank', header: t('rank'), numeric: true, cell: (p) => p.rank },
          {
            id: 'partner',
            header: t('partner'),
            cell: (p) => (
              <>
                <Link href={`/parties/${encodeURIComponent(p.partner)}`}>{name(p.partner)}</Link>
                {p.estimated ? <span className="muted"> {t('estimate')}</span> : null}
              </>
            ),
          },
          {
            id: 'usd',
            header: t('usd'),
            numeric: true,
            cellProps: (p) => ({ title: formatUsdExact(p.valueUsd, locale) }),
            cell: (p) => (
              <>
                {formatUsd(Number(p.valueUsd), locale)}
                {p.computed ? (
                  <span className="muted" title={t('sumTitle')}>
                    {' '}
                    Σ
                  </span>
                ) : null}
              </>
            ),
          },
          {
            id: 'share',
            header: t('share'),
            numeric: true,
            className: 'share',
            cell: (p) => (
              <>
                <span className="share-bar" style={{ width: `${Math.min(100, p.share)}%` }} aria-hidden="true" />
                <span className="share-value">{pct(p.share)}</span>
              </>
            ),
          },
        ]}
        rows={ranking.partners}
        rowKey={(p) => p.partner}
      />
      <p className="muted">
        {t('covered', { share: pct(covered), reporter: name(view.reporter) })}{' '}
        {t.rich('oneSource', {
          source: () => (source ? <SourceLink source={source} /> : <InLanguage>{ranking.source}</InLanguage>),
        })}{' '}
        {t('sigma')} <a href={`/api/trade/partners?reporter=${encodeURIComponent(view.reporter)}&year=${ranking.year}&flow=${flow}`}>JSON</a> ·{' '}
        <Link
          href={`/trade?reporters=${encodeURIComponent(view.reporter)}&partners=${ranking.partners
            .slice(0, 5)
            .map((p) => p.partner)
            .join(',')},WLD&flow=${flow}`}
        >
          {t('onChart')}
        </Link>
      </p>
    </>
  )
}

/**
 * The Herfindahl–Hirschman index of the ranked partners' shares, year by year, as an SVG line drawn
 * on the server. Its text alternative is the table below it.
 */
export async function ConcentrationChart({ view }: { view: TradePartnersView }) {
  const points = view.concentration
  if (points.length < 2) return null
  const tr = await getTranslations('trade.partners')
  const { locale, name } = await localNames(view)
  const pct = (v: number) => `${formatDecimal(v, 1, locale)}${locale === 'en' ? '%' : '\u00a0%'}`
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
      <div className="chart-scroll" role="region" aria-label={tr('chartRegion')} tabIndex={0}>
        <svg
          viewBox={`0 0 ${W} ${H}`}
          role="img"
          aria-label={tr('chartLabel', {
            reporter: name(view.reporter),
            flow: view.flow,
            first: String(first),
            last: String(last),
            from: points[0].hhi.toFixed(0),
            to: points[points.length - 1].hhi.toFixed(0),
          })}
        >
          {yTicks.map((t) => (
            <g key={t}>
              <line x1={left} x2={W - 12} y1={y(t)} y2={y(t)} stroke="var(--line, #d9dee5)" />
              <text x={left - 6} y={y(t) + 4} fontSize={12} textAnchor="end" fill="var(--muted, #5b6573)">
                {t.toLocaleString(locale)}
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
              <title>
                {tr('pointTitle', { year: String(p.year), hhi: p.hhi.toFixed(0), partners: p.partners, covered: pct(p.covered), source: p.source })}
              </title>
            </circle>
          ))}
        </svg>
      </div>
      <figcaption className="muted">{tr('dashed')}</figcaption>
    </figure>
  )
}

export async function ConcentrationTable({ view }: { view: TradePartnersView }) {
  const t = await getTranslations('trade.partners')
  const { locale } = await localNames(view)
  return (
    <details>
      <summary>{t('tableSummary')}</summary>
      <Table
        label={t('tableLabel')}
        caption={t('tableCaption')}
        columns={[
          { id: 'year', header: t('year'), cell: (p) => p.year },
          { id: 'hhi', header: t('hhi'), numeric: true, cell: (p) => p.hhi.toFixed(0) },
          { id: 'partners', header: t('partners'), numeric: true, cell: (p) => p.partners },
          {
            id: 'covered',
            header: t('coveredHeader'),
            numeric: true,
            cell: (p) => `${formatDecimal(p.covered, 1, locale)}${locale === 'en' ? '%' : '\u00a0%'}`,
          },
          { id: 'source', header: t('source'), cell: (p) => <InLanguage>{view.sources[p.source]?.title ?? p.source}</InLanguage> },
        ]}
        rows={[...view.concentration].reverse()}
        rowKey={(p) => String(p.year)}
      />
    </details>
  )
}
