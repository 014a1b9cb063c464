import { formatDay } from '@/lib/dates'
import type { ReactNode } from 'react'
import { useLocale, useTranslations } from 'next-intl'
import { isLocale, localizedHref } from '@/lib/i18n/locales'
import { packDetails } from '@/lib/transforms/matrix-details'
import type { MatrixColumn } from '@/lib/transforms/matrix'
import type { LocalMatrix, WithLang } from './local-names'
import { MatrixGrid } from './matrix-grid'
import { MatrixBody } from './matrix-body'
import { packStatuses, type MatrixBodyData } from './matrix-body-html'
import { el } from '@/lib/html'

/**
 * The membership matrix, rendered on the server as a plain <table>: a party column, then one
 * column per forum of the window. Rows arrive filtered and sorted by the server; a column head is a
 * link to the same view sorted by that column (ascending first, then ⇄ descending), so sorting
 * works without JavaScript. It is not the app's <Table>: its body and footer rows are written as
 * HTML strings (lib/html.ts; the body in MatrixBody), because React would otherwise render each cell
 * twice (HTML and RSC payload) and hydrate it. The head stays React elements: a sort re-renders it
 * in place, and the link a keyboard reader pressed keeps its focus (an HTML string would be
 * replaced whole). MatrixGrid adds the interaction: arrow keys between cells and the
 * cell-details popover, by event delegation.
 */

export function MatrixTable({
  matrix,
  sort,
  dir,
  params,
  applied = {},
}: {
  /** Names in the page's language (localizeMatrix), a name left in English marked with its `lang`. */
  matrix: LocalMatrix
  sort: string
  dir: 'asc' | 'desc'
  params: URLSearchParams
  /** Per party and forum: an application for a status the party does not hold on the day (the cell's mark says what and when). */
  applied?: Record<string, Record<string, string>>
}) {
  const t = useTranslations('matrix')
  const tables = useTranslations('tables.client')
  const common = useTranslations('common')
  const locale = useLocale()
  const summary = useTranslations('matrix.summary')
  const statuses = useTranslations('statuses')
  const summaryWords: SummaryWords = { words: (status, count) => summary(status, { count }), short: (status) => statuses(`short.${status}`) }
  const day = (iso: string) => formatDay(iso, 'day', isLocale(locale) ? locale : 'en')
  const { paging, compareTo } = matrix
  const sortedBy = sort === 'region' || sort === 'code' ? 'name' : sort
  const sortHref = (column: string) => {
    const next = new URLSearchParams(params)
    next.set('sort', column)
    if (column === sortedBy && dir === 'asc') next.set('dir', 'desc')
    else next.delete('dir')
    return localizedHref(`/matrix?${next}`, isLocale(locale) ? locale : 'en')
  }
  const head = (column: string, forum: WithLang<MatrixColumn> | null, label: ReactNode) => {
    const sorted = column === sortedBy ? dir : null
    return (
      <th
        key={column}
        scope="col"
        aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
        className={forum ? (forum.existence !== 'active' ? 'absent' : undefined) : 'party-col'}
      >
        <a className="sort" href={sortHref(column)}>
          {/* The name starts with the visible heading (WCAG 2.5.3), then the full name and what following it does. */}
          {label}
          <span aria-hidden="true" className="sort-mark">
            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
          </span>
          <span className="sr-only">
            {forum?.lang ? (
              <>
                {' ('}
                <span lang={forum.lang}>{forum.name}</span>
                {')'}
              </>
            ) : null}
            {`${forum && !forum.lang ? ` (${forum.name})` : ''}${sorted === 'asc' ? tables('sortDescending') : tables('sortAscending')}`}
          </span>
        </a>
      </th>
    )
  }

  return (
    <MatrixGrid details={packDetails(matrix)}>
      <div className="table-scroll sticky-table">
        <table className="data">
          <caption>
            {paging.pages > 1 || paging.colPages > 1
              ? t('captionPaged', {
                  firstRow: paging.firstRow + 1,
                  lastRow: paging.firstRow + matrix.rows.length,
                  rows: paging.rowsTotal,
                  firstColumn: paging.firstColumn + 1,
                  lastColumn: paging.firstColumn + matrix.columns.length,
                  columns: paging.columnsTotal,
                  date: day(matrix.asOf),
                })
              : t('caption', { rows: matrix.rows.length, columns: matrix.columns.length, date: day(matrix.asOf) })}
          </caption>
          <thead>
            <tr>
              {head('name', null, t('partyHead'))}
              {matrix.columns.map((forum) =>
                head(
                  forum.code,
                  forum,
                  <span className="forum-head" title={forum.name}>
                    {/* The code in English; a translated short name (ШОС) in another language. */}
                    {forum.lang || locale === 'en' ? forum.code : forum.shortName}
                    {forum.existence !== 'active' ? <span className="existence">{forum.existence === 'dissolved' ? t('dissolved') : t('notYet')}</span> : null}
                  </span>,
                ),
              )}
            </tr>
          </thead>
          <MatrixBody body={bodyData(matrix, compareTo ? day(compareTo) : '', applied)} />
          {/* Like the body, one HTML string: at world scale its 20 summaries were 300 elements, nearly half of what React rendered (twice) for the page. */}
          <tfoot dangerouslySetInnerHTML={{ __html: footHtml(matrix, common('parties', { count: paging.rowsTotal }), summaryWords) }} />
        </table>
      </div>
    </MatrixGrid>
  )
}

/** The body rows, compactly, for MatrixBody to write as HTML. */
function bodyData(matrix: LocalMatrix, comparedWith: string, applied: Record<string, Record<string, string>>): MatrixBodyData {
  return {
    forums: matrix.columns.map((forum) => ({ code: forum.code, shortName: forum.shortName, existed: forum.existence === 'active' })),
    comparedWith,
    rows: matrix.rows.map((row) => ({
      code: row.code,
      shortName: row.shortName,
      ...(row.lang ? { lang: row.lang } : {}),
      region: row.region,
      statuses: packStatuses(matrix.columns.map((forum) => row.cells[forum.code]?.status ?? '')),
      changed: row.changed,
      ...(applied[row.code] ? { applied: applied[row.code] } : {}),
    })),
  }
}

const SUMMARY_STATUSES = ['member', 'observer', 'partner', 'associate', 'applicant', 'suspended'] as const
type SummaryStatus = (typeof SUMMARY_STATUSES)[number]

interface SummaryWords {
  /** "5 members", for a screen reader and on hover. */
  words: (status: SummaryStatus, count: number) => string
  /** The legend's short label ("M"): the column is narrow. */
  short: (status: SummaryStatus) => string
}

/** The footer row: how many parties hold each status in each forum shown. */
function footHtml(matrix: LocalMatrix, partiesLabel: string, words: SummaryWords): string {
  const cells = matrix.columns.map((forum) => {
    const counts = matrix.summary[forum.code]
    const parts = SUMMARY_STATUSES.filter((s) => counts[s] > 0)
    if (parts.length === 0) return el('td', null, el('span', { class: 'muted' }, '0'))
    return el(
      'td',
      null,
      el(
        'span',
        { class: 'summary' },
        ...parts.map((s) => {
          const said = words.words(s, counts[s])
          return el(
            'span',
            { title: `${counts[s]} ${said}` },
            `${counts[s]}\u00a0`,
            el('span', { 'aria-hidden': 'true' }, words.short(s)),
            el('span', { class: 'sr-only' }, said),
          )
        }),
      ),
    )
  })
  return el('tr', null, el('th', { scope: 'row' }, partiesLabel), ...cells).html
}
