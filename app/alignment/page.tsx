import { FutureDateNotice } from '@/components/ui/future-date-notice'
import { CiteThis, pinnedPath } from '@/components/ui/cite-this'
import { Table } from '@/components/tables/table'
import type { PortfolioPoint } from '@/lib/transforms/alignment-series'
import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { viewMetadata } from '@/lib/share/metadata'
import Link from '@/components/ui/link'
import { AlignmentControls } from '@/components/alignment/alignment-controls'
import { PairChart, PortfolioChart } from '@/components/alignment/alignment-charts'
import { Heatmap } from '@/components/alignment/heatmap'
import { formatDay, todayIso } from '@/lib/dates'
import { FORUM_KINDS, MEMBERSHIP_STATUSES, type MembershipStatus } from '@/lib/domain/vocabulary'
import type { Locale } from '@/lib/i18n/locales'
import type { LocalName } from '@/lib/i18n/names'
import { getNameBook } from '@/lib/queries/names'
import { Name } from '@/components/ui/local-name'
import { alignmentQuery } from '@/lib/params'
import { loadWithFallback } from '@/lib/page-query'
import { ParamNotice } from '@/components/ui/param-notice'
import { getAlignment } from '@/lib/queries/alignment'
import { ChartFrame } from '@/components/charts/chart-frame'
import { chartFileBase } from '@/lib/chart-image/filename'
import { sourceLine } from '@/lib/chart-image/source-line'

// Open Graph and Twitter card tags with the view's preview image (lib/share/metadata.ts).
export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('alignment')
  return viewMetadata({ title: t('metaTitle'), description: t('metaDescription') })
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

type Translate = (key: string, values?: Record<string, string | number>) => string

/** "Kazakhstan joins CIS as member", "Uzbekistan in GUAM: member → suspended", "Uzbekistan leaves GUAM". */
function changeSentence(
  t: Translate,
  ts: Translate,
  c: { kind: 'joined' | 'status-changed' | 'left'; status: MembershipStatus; previousStatus: MembershipStatus | null },
  party: string,
  forum: string,
) {
  const word = (s: MembershipStatus) => ts(s).toLowerCase()
  if (c.kind === 'joined') return t('change.joined', { party, forum, status: word(c.status) })
  if (c.kind === 'left') return t('change.left', { party, forum })
  return t('change.statusChanged', { party, forum, from: c.previousStatus ? word(c.previousStatus) : t('change.none'), to: word(c.status) })
}

export default async function AlignmentPage({ searchParams }: Props) {
  const locale = (await getLocale()) as Locale
  const [t, tc, ts, book] = await Promise.all([getTranslations('alignment'), getTranslations('common'), getTranslations('statuses'), getNameBook(locale)])
  const { view, problem, params } = await loadWithFallback(alignmentQuery, await searchParams, getAlignment)
  const day = (value: string) => formatDay(value, 'day', locale)
  const score = new Intl.NumberFormat(locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 })
  // Parties and forums under their names in the page's language.
  const localName = (c: string): LocalName => {
    const english = view.names[c] ?? c
    return book.party(c, { name: english, shortName: english })
  }
  const names = Object.fromEntries(Object.keys(view.names).map((c) => [c, localName(c).name]))
  const forumNames = Object.fromEntries(Object.entries(view.forumNames).map(([c, n]) => [c, book.forum(c, { name: n, shortName: n }).shortName]))
  const regionOrder = new Map<string, number>()
  for (const p of view.allParties) if (!regionOrder.has(p.region)) regionOrder.set(p.region, regionOrder.size)
  const allParties = view.allParties.map((p) => ({ ...p, name: names[p.code] ?? p.name, region: t(`regions.${p.region}`) }))
  if (locale !== 'en') {
    const order = new Map(view.allParties.map((p) => [p.code, regionOrder.get(p.region)!]))
    allParties.sort((x, y) => order.get(x.code)! - order.get(y.code)! || x.name.localeCompare(y.name, locale))
  }
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
  const name = (c: string) => names[c] ?? c
  const nameOf = (c: string) => <Name value={localName(c)} />
  const chartSource = (ids: string[]) =>
    sourceLine(
      ids.map((id) => view.sources[id]).filter((s) => s !== undefined),
      { locale },
    )
  const seriesYears = (series: { year: number }[]) => (series.length ? `${series[0].year}–${series[series.length - 1].year}` : '')
  const seriesPeriod = (series: { year: number }[]) =>
    series.length ? t('seriesPeriod', { years: seriesYears(series), last: String(series[series.length - 1].year), today: day(todayIso()) }) : ''
  const portfolioStatuses = view.portfolio ? MEMBERSHIP_STATUSES.filter((s) => view.portfolio!.series.some((p) => p[s] > 0)) : []
  return (
    <div className="wide">
      <div className="view-head">
        <h1>{t('title')}</h1>
        <CiteThis title={t('citeTitle', { date: day(view.asOf) })} path={pinnedPath('/alignment', params, { asOf: view.asOf })} />
      </div>
      <p className="lede">{t('lede', { date: day(view.asOf) })}</p>
      <ParamNotice problem={problem} />
      <FutureDateNotice asOf={view.asOf} />
      <AlignmentControls
        parties={allParties}
        chosen={view.matrix.parties}
        asOf={view.asOf}
        today={todayIso()}
        a={view.query.a ?? ''}
        b={view.query.b ?? ''}
        party={view.query.party ?? ''}
        rank={view.ranking.party}
      />
      <section className="formula" aria-labelledby="formula-h">
        <h2 id="formula-h">{t('formulaHeading')}</h2>
        <p>
          {t.rich('formula', {
            math: (chunks) => <span className="math">{chunks}</span>,
            sub: (chunks) => <sub>{chunks}</sub>,
          })}
        </p>
      </section>
      <h2>{t('heatmapHeading')}</h2>
      <p className="table-actions">
        <a className="button" href={csvHref} download>
          {tc('downloadCsv')}
        </a>{' '}
        <span className="muted">{t('csvNote')}</span>
      </p>
      <ChartFrame
        title={t('heatmapTitle')}
        period={t('period', { date: day(view.asOf) })}
        source={chartSource(view.sourceIds.matrix)}
        filename={chartFileBase({ chart: 'alignment-heatmap', subject: view.matrix.parties, period: view.asOf, many: 'parties' })}
      >
        <Heatmap matrix={view.matrix} names={names} hrefFor={pairHref} selected={view.pair ? [view.pair.a, view.pair.b] : null} />
      </ChartFrame>

      <h2 id="ranking">{t.rich('rankingHeading', { party: () => nameOf(view.ranking.party) })}</h2>
      <p className="muted">{t.rich('rankingNote', { party: () => nameOf(view.ranking.party), date: day(view.asOf) })}</p>
      <Table
        id="ranking-table"
        className="ranking"
        caption={t('rankingCaption', { party: name(view.ranking.party), date: day(view.asOf) })}
        rowHeader="party"
        columns={[
          { id: 'rank', header: t('column.rank'), numeric: true, cell: (r) => view.ranking.rows.indexOf(r) + 1 },
          { id: 'party', header: t('column.party'), cell: (r) => <a href={pairHref(view.ranking.party, r.party)}>{nameOf(r.party)}</a> },
          {
            id: 'score',
            header: t('column.score'),
            numeric: true,
            cell: (r) => (
              <span className="score-bar" style={{ '--score': r.score } as React.CSSProperties}>
                {score.format(r.score)}
              </span>
            ),
            cellProps: (r) => ({ 'data-score': r.score.toFixed(4) }),
          },
          { id: 'shared', header: t('column.shared'), numeric: true, cell: (r) => r.shared },
        ]}
        rows={view.ranking.rows}
        rowKey={(r) => r.party}
        rowProps={(r) => ({ 'data-party': r.party })}
      />

      <h2 id="pair">{t('pairHeading')}</h2>
      {view.pair ? (
        <>
          <p>
            {t.rich('pairNote', {
              a: () => <Link href={`/parties/${view.pair!.a}`}>{nameOf(view.pair!.a)}</Link>,
              b: () => <Link href={`/parties/${view.pair!.b}`}>{nameOf(view.pair!.b)}</Link>,
            })}
          </p>
          <ChartFrame
            title={t('pairFrameTitle', { a: name(view.pair.a), b: name(view.pair.b) })}
            period={seriesPeriod(view.pair.series)}
            source={chartSource(view.sourceIds.pair)}
            filename={chartFileBase({ chart: 'alignment-pair', subject: [view.pair.a, view.pair.b], period: seriesYears(view.pair.series) })}
          >
            <PairChart
              data={view.pair.series.map((p) => ({ year: p.year, score: Number(p.score.toFixed(4)) }))}
              changeYears={view.pair.series.filter((p) => p.changes.length).map((p) => p.year)}
              title={t('pairTitle', { a: name(view.pair.a), b: name(view.pair.b) })}
            />
          </ChartFrame>
          <Table
            id="pair-table"
            caption={t('pairCaption')}
            columns={[
              { id: 'year', header: t('column.year'), cell: (p) => p.year },
              { id: 'score', header: t('column.score'), numeric: true, cell: (p) => score.format(p.score) },
              { id: 'shared', header: t('column.shared'), numeric: true, cell: (p) => p.shared },
              {
                id: 'changes',
                header: t('column.changes'),
                cell: (p) =>
                  p.changes.map((c) => (
                    <div key={`${c.partyCode}-${c.forumCode}-${c.day}-${c.kind}`}>
                      {day(c.day)}: {changeSentence(t, ts, c, name(c.partyCode), forumNames[c.forumCode] ?? c.forumCode)}
                    </div>
                  )),
              },
            ]}
            rows={view.pair.series}
            rowKey={(p) => String(p.year)}
          />
        </>
      ) : (
        <p className="muted">{t('pairEmpty')}</p>
      )}

      <h2 id="portfolio">{t('portfolioHeading')}</h2>
      {view.portfolio ? (
        <>
          <p>
            {t.rich('portfolioNote', {
              party: () => <Link href={`/parties/${view.portfolio!.party}`}>{nameOf(view.portfolio!.party)}</Link>,
            })}
          </p>
          <ChartFrame
            title={t('portfolioFrameTitle', { party: name(view.portfolio.party) })}
            period={seriesPeriod(view.portfolio.series)}
            source={chartSource(view.sourceIds.portfolio)}
            filename={chartFileBase({ chart: 'alignment-portfolio', subject: [view.portfolio.party], period: seriesYears(view.portfolio.series) })}
          >
            <PortfolioChart
              data={view.portfolio.series as unknown as Record<string, number>[]}
              statuses={portfolioStatuses}
              title={t('portfolioTitle', { party: name(view.portfolio.party) })}
            />
          </ChartFrame>
          <Table
            id="portfolio-table"
            caption={t('portfolioCaption', { party: name(view.portfolio.party) })}
            columns={[
              { id: 'year', header: t('column.year'), cell: (p) => p.year },
              ...portfolioStatuses.map((st) => ({ id: st, header: ts(st), numeric: true, cell: (p: PortfolioPoint) => p[st] })),
              ...FORUM_KINDS.map((k) => ({
                id: `kind:${k}`,
                header: t(`kindPlural.${k}`),
                numeric: true,
                cell: (p: PortfolioPoint) => p[`kind:${k}`],
              })),
            ]}
            rows={view.portfolio.series}
            rowKey={(p) => String(p.year)}
          />
        </>
      ) : (
        <p className="muted">{t('portfolioEmpty')}</p>
      )}
    </div>
  )
}
