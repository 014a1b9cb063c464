import { FutureDateNotice } from '@/components/ui/future-date-notice'
import { regionWord } from '@/lib/i18n/region-words'
import { CiteThis, pinnedPath } from '@/components/ui/cite-this'
import { CompareLink } from '@/components/ui/compare-link'
import type { Metadata } from 'next'
import { viewMetadata } from '@/lib/share/metadata'
import { MatrixControls } from '@/components/matrix/matrix-controls'
import { forumsShownCount } from '@/components/matrix/forums-shown'
import { packForumChoices } from '@/components/matrix/forum-choices'
import { MatrixTable } from '@/components/matrix/matrix-table'
import { StatusLegend } from '@/components/ui/status-chip'
import { formatDay, todayIso } from '@/lib/dates'
import { matrixPageQuery, type MatrixPageQuery } from '@/lib/params'
import { loadWithFallback } from '@/lib/page-query'
import { ParamNotice } from '@/components/ui/param-notice'
import { getMatrixWindow } from '@/lib/queries/matrix'
import { headers } from 'next/headers'
import { DEVICE_HINT, deviceOf } from '@/lib/http/device'
import { MatrixPager } from '@/components/matrix/matrix-pager'
import { listApplications } from '@/lib/queries/applications'
import { appliedMarks } from '@/lib/transforms/applications'
import { ApplicationList } from '@/components/tables/application-list'
import { Share } from '@/components/ui/share'
import { SourceTitle } from '@/components/ui/source-link'
import { localizeMatrix } from '@/components/matrix/local-names'
import { getLocale, getTranslations } from 'next-intl/server'
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales'
import { getNameBook } from '@/lib/queries/names'
import type { MembershipStatus } from '@/lib/domain/vocabulary'

// Open Graph and Twitter card tags with the view's preview image (lib/share/metadata.ts).
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('matrix')
  return viewMetadata({ title: t('title'), description: t('description') })
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function MatrixPage({ searchParams }: Props) {
  // A page shows a window of the matrix (at world scale, 200 × 500 cells would be 13 MB of HTML);
  // the downloads always hold the whole matrix.
  const locale = await getLocale()
  const lang = isLocale(locale) ? locale : DEFAULT_LOCALE
  // Rows in the alphabetical order of the page's language (the name search matches both languages).
  // A phone's first window is the size of its screen (lib/http/device.ts); the response says it varies on that.
  const device = deviceOf((await headers()).get(DEVICE_HINT))
  const {
    view: english,
    problem,
    params,
  } = await loadWithFallback(matrixPageQuery, await searchParams, (query) => getMatrixWindow(query, undefined, lang, device))
  const t = await getTranslations('matrix')
  const common = await getTranslations('common')
  const statuses = await getTranslations('statuses')
  const names = await getNameBook(lang)
  const client = await getTranslations('matrix.client')
  // Names and regions in the page's language (the rows are already in its order).
  const matrix = localizeMatrix(english, names, (region) => regionWord(region, lang))
  const day = (iso: string, precision: 'day' | 'month' | 'year' = 'day') => formatDay(iso, precision, lang)
  const q: MatrixPageQuery = problem ? {} : matrix.query
  // "Sort by" offers the forums shown, and the one sorted by when it is on another page of forums.
  const sortable = matrix.columns.map(({ code, shortName }) => ({ code, shortName }))
  const sortedBy = matrix.allForums.find((f) => f.code === q.sort)
  if (sortedBy && !sortable.some((f) => f.code === sortedBy.code)) sortable.push({ code: sortedBy.code, shortName: sortedBy.shortName })
  const today = todayIso()
  // Applications of the parties shown to the forums shown, made by the day, for a status not held on it.
  const applications = await listApplications({ asOf: matrix.asOf, forums: matrix.columns.map((c) => c.code), parties: matrix.rows.map((r) => r.code) })
  const applied = appliedMarks(
    applications,
    matrix.asOf,
    (party, forum) => matrix.rows.find((r) => r.code === party)?.cells[forum]?.status,
    lang === DEFAULT_LOCALE
      ? undefined
      : (status: MembershipStatus, date: string, precision) => t('appliedMark', { status: statuses(status).toLowerCase(), date: day(date, precision) }),
  )
  const appliedList = applications
    .filter((a) => applied[a.partyCode]?.[a.forumCode])
    .map((a) => ({
      ...a,
      partyName: names.party(a.partyCode, { name: a.partyName, shortName: a.partyName }).name,
      forumName: names.forum(a.forumCode, { name: a.forumName, shortName: a.forumName }).name,
    }))
  const apiParams = new URLSearchParams(params)
  for (const key of ['page', 'pageSize', 'colPage', 'colPageSize']) apiParams.delete(key)
  const csvHref = `/api/matrix.csv${apiParams.size ? `?${apiParams}` : ''}`
  const jsonHref = `/api/matrix${apiParams.size ? `?${apiParams}` : ''}`
  return (
    <div className="wide">
      <div className="view-head">
        <h1>{t('title')}</h1>
        {/* The citation stays English in every language: it cites the English-titled dataset. */}
        <CiteThis title={`Membership matrix on ${formatDay(matrix.asOf)}`} path={pinnedPath('/matrix', params, { asOf: matrix.asOf })} />
      </div>
      <p className="lede">{t('lede', { date: day(matrix.asOf) })}</p>
      <ParamNotice problem={problem} />
      <FutureDateNotice asOf={matrix.asOf} />
      <MatrixControls
        today={today}
        forumsWord={common('forums', { count: forumsShownCount(q.forums ?? [], q.kinds ?? [], matrix.allForums) })}
        forums={packForumChoices(matrix.allForums)}
        sortable={sortable}
        values={{
          asOf: matrix.asOf,
          forums: q.forums ?? [],
          kinds: q.kinds ?? [],
          regions: q.region ?? [],
          partyKinds: q.partyKind ?? [],
          q: q.q ?? '',
          only: (q.only ?? '1') === '1',
          sort: q.sort ?? 'name',
          dir: q.dir ?? 'asc',
        }}
      />
      <StatusLegend />
      <div className="table-actions">
        <a className="button" href={csvHref} download>
          {common('downloadCsv')}
        </a>{' '}
        <a href={jsonHref}>{common('json')}</a> <Share title={t('title')} csv={csvHref} />{' '}
        <span className="muted">{matrix.paging.pages > 1 || matrix.paging.colPages > 1 ? t('downloadAllPages') : t('downloadExactly')}</span>
      </div>
      <CompareLink asOf={matrix.asOf} today={today} forum={q.forums?.length === 1 ? q.forums[0] : undefined} />
      <MatrixPager paging={matrix.paging} params={params} />
      <MatrixTable matrix={matrix} sort={q.sort ?? 'name'} dir={q.dir ?? 'asc'} params={params} applied={applied} />
      {matrix.paging.pages > 1 ? <MatrixPager paging={matrix.paging} params={params} only="rows" /> : null}
      {appliedList.length ? (
        <>
          <h2>{t('applicationsHeading')}</h2>
          <p className="muted">
            {t.rich('appliedNote', {
              letter: client('appliedLetter'),
              date: day(matrix.asOf),
              mark: (chunks) => <span className="applied-mark">{chunks}</span>,
            })}
          </p>
          <ApplicationList rows={appliedList} show="both" caption={t('applicationsCaption', { date: day(matrix.asOf) })} />
        </>
      ) : null}
      <h2>{t('sourcesHeading')}</h2>
      {/* The cell popover (MatrixGrid) finds a cell's source here by its data-source. */}
      <ol className="source-list">
        {matrix.sources.map((s) => (
          <li key={s.id} data-source={s.id}>
            {/* Titles and publishers are the record's, in their own language. */}
            <SourceTitle source={s} />
          </li>
        ))}
      </ol>
    </div>
  )
}
