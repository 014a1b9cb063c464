import { Table } from '@/components/tables/table'
import { CiteThis, pinnedPath } from '@/components/ui/cite-this'
import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { getNameBook } from '@/lib/queries/names'
import { viewMetadata } from '@/lib/share/metadata'
import { GrowthChart, SharesChart, ValueChart } from '@/components/trade/trade-charts'
import { TradeControls } from '@/components/trade/trade-controls'
import { TradeTable, type TradeRow } from '@/components/trade/trade-table'
import { formatUsd } from '@/components/trade/format'
import { formatDecimal } from '@/lib/i18n/numbers'
import { tradeQuery } from '@/lib/params'
import { loadWithFallback } from '@/lib/page-query'
import { ParamNotice } from '@/components/ui/param-notice'
import { getTrade } from '@/lib/queries/trade'
import { cagr, mirrorGap, yearOnYear } from '@/lib/transforms/trade'
import { tradeChartSeries, tradeValueChartMeta } from '@/lib/transforms/trade-value-chart'
import { chartColumns } from '@/lib/transforms/chart-columns'
import { TradeCoverage } from '@/components/trade/trade-coverage'
import { ChartFrame } from '@/components/charts/chart-frame'
import { MarkedText } from '@/components/ui/local-name'
import { chartFileBase } from '@/lib/chart-image/filename'
import { sourceLine } from '@/lib/chart-image/source-line'

// Open Graph and Twitter card tags with the view's preview image (lib/share/metadata.ts).
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('trade')
  return viewMetadata({ title: t('title'), description: t('description') })
}

async function pageLocale(): Promise<Locale> {
  const locale = await getLocale()
  return isLocale(locale) ? locale : 'en'
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function TradePage({ searchParams }: Props) {
  const { view, problem, params } = await loadWithFallback(tradeQuery, await searchParams, getTrade)
  const locale = await pageLocale()
  const t = await getTranslations('trade')
  const names = await getNameBook(locale)
  const ts = tradeChartSeries(view, locale, names)
  const flowWord = t(`flow.${view.flow}`)
  const flowOf = t(`flowOf.${view.flow}`)
  const usd = (v: number) => formatUsd(v, locale)
  const { name, partnerWord, family, segmentOf, series, markers, years, value, data, sourceTitle, pointSources } = ts
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
  const shareSeries = (r: string) =>
    view.partners
      .filter((p) => p !== 'WLD')
      .map((p) => {
        const label = partnerWord(p)
        return { key: `${r}>${p}`, label, foreign: ts.foreignIn(label) }
      })
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
        ? t('table.sumMissing', { count: p.members!.length, missing: p.missing.join(', ') })
        : p.members
          ? t('table.sum', { count: p.members.length })
          : null,
  }))
  const csvParams = new URLSearchParams(params)
  csvParams.delete('scale')
  const csvHref = `/api/trade.csv${csvParams.toString() ? `?${csvParams}` : ''}`
  const title = t('charts.valueTitle', { flow: flowWord, from: String(view.from), to: String(view.to) })
  // Chart images: what each chart rests on (the figures it plots, and the memberships behind its markers).
  const refs = (ids: string[]) => ids.map((id) => view.sources[id]).filter((s) => s !== undefined)
  const period = `${view.from}–${view.to}`
  // growth is shown from the second year on, each year over the one before
  const growthPeriod = view.to > view.from ? `${view.from + 1}–${view.to}` : period
  const flowFile = view.flow === 'total' ? '' : `-${view.flow}s`
  const partnerWords = view.partners.map(partnerWord).join(', ')
  const pointsSource = sourceLine(refs(view.points.flatMap((p) => p.sources)), { locale })
  const shareSource = (r: string) => sourceLine(refs([...view.points, ...view.world].filter((p) => p.reporter === r).flatMap((p) => p.sources)), { locale })
  const reporterNames = view.reporters.map(name).join(', ')
  // The controls' choices in the page's language (names of the name book), sorted as its readers sort.
  const collator = new Intl.Collator(locale)
  const localChoices = (choices: { code: string; name: string }[], forum = false) => {
    const local = choices.map((c) => ({
      code: c.code,
      // a forum is named in "<forum> members" ("члены ЕАЭС"): in Russian by its abbreviation, which takes no case ending
      name: forum
        ? names.forum(c.code, { name: c.name, shortName: c.name })[locale === 'en' ? 'name' : 'shortName']
        : names.party(c.code, { name: c.name, shortName: c.name }).name,
    }))
    return locale === 'en' ? local : local.sort((a, b) => collator.compare(a.name, b.name))
  }
  return (
    <div className="wide">
      <div className="view-head">
        <h1>{t('title')}</h1>
        <CiteThis
          title={t('citeTitle', { reporters: reporterNames, from: String(view.from), to: String(view.to) })}
          path={pinnedPath('/trade', params, { from: String(view.from), to: String(view.to) })}
        />
      </div>
      <p className="lede">{t('lede', { flow: flowWord[0].toLocaleUpperCase(locale) + flowWord.slice(1) })}</p>
      <ParamNotice problem={problem} />
      <TradeControls
        reporters={view.reporters}
        partners={view.partners}
        flow={view.flow}
        from={view.from}
        to={view.to}
        scale={view.scale}
        reporterChoices={localChoices(view.reporterChoices)}
        partnerChoices={localChoices(view.partnerChoices)}
        forumChoices={localChoices(view.forumChoices, true)}
        yearRange={view.yearRange}
        reportedBy={view.reportedBy}
      />
      <h2>{t('value')}</h2>
      {view.points.length === 0 ? <p className="muted">{t('noFigure')}</p> : null}
      <ChartFrame {...tradeValueChartMeta(view, ts)}>
        <ValueChart data={data} series={series} scale={view.scale} markers={markers.years} sources={pointSources} title={title} />
      </ChartFrame>

      <TradeCoverage rows={view.coverage} years={coverageYears} sources={view.sources} name={name} partnerWord={partnerWord} foreignIn={ts.foreignIn} />

      {view.reportedBy === 'both' ? (
        <>
          <h2>{t('mirror.heading')}</h2>
          <p className="muted">{t('mirror.intro')}</p>
          {mirrorRows.length ? (
            <Table
              id="mirror-gap"
              caption={t('mirror.caption')}
              columns={[
                { id: 'pair', header: t('mirror.pair'), cell: (r) => `${r.reporter} → ${r.partner}` },
                { id: 'year', header: t('year'), cell: (r) => r.year },
                { id: 'own', header: t('mirror.own'), numeric: true, cell: (r) => usd(r.own) },
                { id: 'mirror', header: t('mirror.mirror'), numeric: true, cell: (r) => usd(r.mirror) },
                {
                  id: 'gap',
                  header: t('mirror.gap'),
                  numeric: true,
                  cellProps: (r) => ({ 'data-gap': r.gap.toFixed(2) }),
                  cell: (r) => `${r.gap > 0 ? '+' : ''}${formatDecimal(r.gap, 1, locale)} %`,
                },
              ]}
              rows={mirrorRows}
              rowKey={(r) => r.key}
            />
          ) : (
            <p className="muted">{t('mirror.none')}</p>
          )}
        </>
      ) : null}

      <h2>{t('growth.heading')}</h2>
      <p className="muted">
        {t.rich('growth.intro', {
          sub: (chunks) => <sub>{chunks}</sub>,
          sup: (chunks) => <sup>{chunks}</sup>,
        })}
      </p>
      <ChartFrame
        title={t('growth.chartTitle', { reporters: reporterNames, flow: flowOf, partners: partnerWords })}
        period={growthPeriod}
        source={pointsSource}
        filename={chartFileBase({ chart: `trade-growth${flowFile}`, subject: view.reporters, period: growthPeriod, many: 'reporters' })}
      >
        <GrowthChart
          data={chartColumns(
            growthRows,
            series.map((s) => s.key),
          )}
          series={series}
          title={t('growth.figureTitle', { flow: flowOf })}
        />
      </ChartFrame>
      <Table
        caption={t('cagr.caption')}
        id="cagr"
        rows={growth}
        rowKey={(g) => g.key}
        rowNote={(g) => (g.cagr ? null : t('cagr.tooFew'))}
        columns={[
          { id: 'series', header: t('cagr.series'), cell: (g) => <MarkedText text={g.label} foreign={g.foreign} /> },
          { id: 'from', header: t('cagr.firstYear'), cell: (g) => g.cagr?.from },
          { id: 'to', header: t('cagr.lastYear'), cell: (g) => g.cagr?.to },
          { id: 'first', header: t('cagr.firstValue'), numeric: true, cell: (g) => g.cagr && usd(value.get(`${g.key}|${g.cagr.from}`)!) },
          { id: 'last', header: t('cagr.lastValue'), numeric: true, cell: (g) => g.cagr && usd(value.get(`${g.key}|${g.cagr.to}`)!) },
          {
            id: 'cagr',
            header: t('cagr.cagr'),
            numeric: true,
            cell: (g) => g.cagr && t('cagr.perYear', { rate: formatDecimal(g.cagr.rate, 1, locale) }),
            cellProps: (g) => ({ 'data-cagr': g.cagr?.rate.toFixed(4) }),
          },
        ]}
      />

      <h2>{t('shares.heading')}</h2>
      {view.reporters.map((r) =>
        world.size && shareSeries(r).length ? (
          <section key={r}>
            <h3>{t('shares.subheading', { reporter: name(r), flow: flowOf })}</h3>
            <ChartFrame
              title={t('shares.chartTitle', { reporter: name(r), flow: flowOf })}
              period={period}
              source={shareSource(r)}
              filename={chartFileBase({ chart: `trade-shares${flowFile}`, subject: [r], period })}
            >
              <SharesChart
                data={chartColumns(
                  shareRows(r),
                  shareSeries(r).map((s) => s.key),
                )}
                series={shareSeries(r)}
                title={t('shares.figureTitle', { reporter: name(r), flow: flowOf })}
              />
            </ChartFrame>
          </section>
        ) : null,
      )}
      {!world.size ? <p className="muted">{t('shares.noWorld')}</p> : null}

      <h2>{t('numbers.heading')}</h2>
      <p className="table-actions">
        <a className="button" href={csvHref} download>
          {t('numbers.csv')}
        </a>{' '}
        <a href={csvHref.replace('/api/trade.csv', '/api/trade')}>JSON</a> <span className="muted">{t('numbers.columns')}</span>
      </p>
      <div className="render-near-view">
        <TradeTable rows={tableRows} />
      </div>
    </div>
  )
}
