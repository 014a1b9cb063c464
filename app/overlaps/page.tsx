import { FutureDateNotice } from '@/components/ui/future-date-notice'
import { CiteThis, pinnedPath } from '@/components/ui/cite-this'
import { Table } from '@/components/tables/table'
import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { viewMetadata } from '@/lib/share/metadata'
import Link from '@/components/ui/link'
import { EulerDiagram } from '@/components/overlaps/euler-diagram'
import { OverlapsControls } from '@/components/overlaps/overlaps-controls'
import { UpsetPlot } from '@/components/overlaps/upset-plot'
import { formatDay, todayIso } from '@/lib/dates'
import type { Locale } from '@/lib/i18n/locales'
import type { LocalName } from '@/lib/i18n/names'
import { getNameBook } from '@/lib/queries/names'
import { Name } from '@/components/ui/local-name'
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
export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('overlaps')
  return viewMetadata({ title: t('metaTitle'), description: t('metaDescription') })
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function OverlapsPage({ searchParams }: Props) {
  const locale = (await getLocale()) as Locale
  const [t, tc, book] = await Promise.all([getTranslations('overlaps'), getTranslations('common'), getNameBook(locale)])
  const { view: found, problem, params } = await loadWithFallback(overlapsQuery, await searchParams, getOverlaps)
  // The forums under their names in the page's language.
  const view = {
    ...found,
    forums: found.forums.map((f) => ({ ...f, ...book.forum(f.code, f) })),
    allForums: found.allForums.map((f) => ({ ...f, ...book.forum(f.code, f) })),
  }
  const partyName = (code: string): LocalName => {
    const name = found.partyNames[code] ?? code
    return book.party(code, { name, shortName: name })
  }
  const day = (value: string) => formatDay(value, 'day', locale)
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
  const statuses = view.statuses.map((s) => t(`statusPlural.${s}`)).join(', ')
  const forumList = view.forums.map((f) => f.shortName).join(', ')
  const codes = view.forums.map((f) => f.code)
  const chartSource = sourceLine(view.sources, { locale })
  return (
    <div className="wide">
      <div className="view-head">
        <h1>{t('title')}</h1>
        <CiteThis title={t('citeTitle', { forums: forumList, date: day(view.asOf) })} path={pinnedPath('/overlaps', params, { asOf: view.asOf })} />
      </div>
      <p className="lede">{t('lede', { date: day(view.asOf), statuses })}</p>
      <ParamNotice problem={problem} />
      <FutureDateNotice asOf={view.asOf} />
      <OverlapsControls forums={view.allForums} selected={view.forums.map((f) => f.code)} statuses={view.statuses} asOf={view.asOf} today={todayIso()} />
      <InPageLinks reveal="selection">
        <div className="overlap-layout">
          <div>
            {view.forums.length >= 2 && view.forums.length <= 3 ? (
              <>
                <h2>{t('eulerHeading')}</h2>
                <p className="muted">{t('eulerNote')}</p>
                <ChartFrame
                  title={t('eulerChartTitle', { forums: forumList, statuses })}
                  period={t('period', { date: day(view.asOf) })}
                  source={chartSource}
                  filename={chartFileBase({ chart: 'overlaps-euler', subject: codes, period: view.asOf, many: 'forums' })}
                >
                  <EulerDiagram forums={view.forums} areas={view.areas} intersections={view.intersections} hrefFor={hrefFor} selectedKey={selectedKey} />
                </ChartFrame>
              </>
            ) : null}
            <h2>{t('upsetHeading')}</h2>
            {view.intersections.length ? (
              <ChartFrame
                title={t('upsetChartTitle', { forums: forumList, statuses })}
                period={t('period', { date: day(view.asOf) })}
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
            <h2>{view.selected ? label(view.selected.combination) : t('selection')}</h2>
            {view.selected ? (
              <>
                <p className="muted">{t('selectedCount', { count: view.selected.parties.length })}</p>
                <ul className="selected-parties">
                  {view.selected.parties.map((p) => (
                    <li key={p}>
                      <Link href={`/parties/${encodeURIComponent(p)}`}>
                        <Name value={partyName(p)} />
                      </Link>{' '}
                      <span className="muted">{p}</span>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="muted">{t('selectHint')}</p>
            )}
          </aside>
        </div>
      </InPageLinks>
      <h2>{t('intersectionsHeading')}</h2>
      <p className="table-actions">
        <a className="button" href={csvHref} download>
          {tc('downloadCsv')}
        </a>{' '}
        <a href={csvHref.replace('/api/overlaps.csv', '/api/overlaps')}>{tc('json')}</a>
      </p>
      <Table
        id="intersections"
        caption={t('tableCaption', { date: day(view.asOf), statuses })}
        columns={[
          {
            id: 'combination',
            header: t('column.combination'),
            cell: (x) => (
              <>
                <a href={hrefFor(x.combination)}>{label(x.combination)}</a>
                {x.combination.length < view.forums.length ? <span className="muted">{t('only')}</span> : null}
              </>
            ),
          },
          { id: 'size', header: t('column.size'), numeric: true, cell: (x) => x.parties.length },
          {
            id: 'parties',
            header: t('column.parties'),
            cell: (x) =>
              x.parties.map((p, i) => (
                <span key={p}>
                  {i > 0 ? ', ' : ''}
                  <Link href={`/parties/${encodeURIComponent(p)}`}>
                    <Name value={partyName(p)} />
                  </Link>
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
