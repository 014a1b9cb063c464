import { useTranslations } from 'next-intl'
import type { ForeignPart } from '@/lib/i18n/text-lang'
import { markedTextHtml } from '@/components/ui/local-name'
import type { SourceRef } from '@/lib/domain/types'
import { isImfSource } from '@/lib/transforms/trade'
import { tableHtml, type HtmlColumn } from '@/components/tables/table-html'
import { el, fragment } from '@/lib/html'

type CoverageRow = { reporter: string; partner: string; reportedBy: string; measure: string; years: Record<number, string> }

/**
 * Which years of the range have a figure, and from which source, for every series chosen: a strip
 * per series, one cell per year (I = IMF DOTS, N = national statistics or customs, empty = no
 * figure: a gap, not a zero). The strip is read-only and a few hundred cells, so it goes to the
 * browser as one HTML string (components/tables/table-html.ts).
 */
export function TradeCoverage({
  rows,
  years,
  sources,
  name,
  partnerWord = (code) => (code.startsWith('forum:') ? `${code.slice(6)} members` : name(code)),
  foreignIn,
}: {
  rows: CoverageRow[]
  years: number[]
  sources: Record<string, SourceRef>
  name: (code: string) => string
  /** A partner as the chart's legend names it (a forum aggregate: "SCO members"), in the page's language. */
  partnerWord?: (code: string) => string
  /** The names in a label with no translation in the page's language (tradeChartSeries), to mark them. */
  foreignIn?: (label: string) => ForeignPart[]
}) {
  const t = useTranslations('trade.coverage')
  const letter = (ids: string) => (ids.split(' ').every(isImfSource) ? 'I' : 'N')
  const title = (ids: string) =>
    ids
      .split(' ')
      .map((id) => sources[id]?.title ?? id)
      .join('; ')
  const empty = rows.length === 0
  return (
    <section className="coverage render-near-view" aria-labelledby="coverage-h">
      <h2 id="coverage-h">{t('heading')}</h2>
      <p className="muted">
        {t.rich('legend', {
          imf: (chunks) => <span className="cov cov-I">{chunks}</span>,
          national: (chunks) => <span className="cov cov-N">{chunks}</span>,
        })}{' '}
        {empty ? t('empty') : null}
      </p>
      {empty ? null : (
        // Focusable, so that a keyboard reader can scroll the strip sideways on a phone (as Table's region).
        <div
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-label={t('label')}
          dangerouslySetInnerHTML={{
            __html: tableHtml<CoverageRow>({
              caption: t('caption'),
              className: 'coverage-strip',
              rows,
              columns: [
                {
                  id: 'series',
                  header: t('series'),
                  cell: (r) => {
                    const label = `${name(r.reporter)} → ${partnerWord(r.partner)}`
                    return fragment(
                      markedTextHtml(label, foreignIn?.(label)),
                      r.reportedBy !== r.reporter ? ` ${t('reportedBy', { code: r.reportedBy })}` : '',
                      r.measure === 'goods_services' ? `, ${t('goodsServices')}` : '',
                    )
                  },
                },
                ...years.map((y): HtmlColumn<CoverageRow> => ({
                  id: String(y),
                  header: String(y).slice(2),
                  headerClassName: 'year',
                  cell: (r) => (r.years[y] ? letter(r.years[y]) : el('span', { class: 'sr-only' }, t('noFigure'))),
                  cellAttributes: (r) =>
                    r.years[y]
                      ? { class: `cov cov-${letter(r.years[y])}`, title: `${y}: ${title(r.years[y])}` }
                      : { class: 'cov cov-gap', title: `${y}: ${t('noFigure')}` },
                })),
              ],
            }).html,
          }}
        />
      )}
    </section>
  )
}
