import { FutureDateNotice } from '@/components/ui/future-date-notice'
import { CiteThis, pinnedPath } from '@/components/ui/cite-this'
import { CompareLink } from '@/components/ui/compare-link'
import type { Metadata } from 'next'
import { viewMetadata } from '@/lib/share/metadata'
import { MatrixControls } from '@/components/matrix/matrix-controls'
import { MatrixTable } from '@/components/matrix/matrix-table'
import { StatusLegend } from '@/components/ui/status-chip'
import { formatDay, todayIso } from '@/lib/dates'
import { matrixPageQuery, type MatrixPageQuery } from '@/lib/params'
import { loadWithFallback } from '@/lib/page-query'
import { ParamNotice } from '@/components/ui/param-notice'
import { getMatrixWindow } from '@/lib/queries/matrix'
import { MatrixPager } from '@/components/matrix/matrix-pager'
import { listApplications } from '@/lib/queries/applications'
import { appliedMarks } from '@/lib/transforms/applications'
import { ApplicationList } from '@/components/tables/application-list'
import { Share } from '@/components/ui/share'

// Open Graph and Twitter card tags with the view's preview image (lib/share/metadata.ts).
export const generateMetadata = (): Promise<Metadata> =>
  viewMetadata({
    title: 'Membership matrix',
    description: 'Every party × every forum on any date since 1991, with statuses, dates and sources.',
  })

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function MatrixPage({ searchParams }: Props) {
  // A page shows a window of the matrix (at world scale, 200 × 500 cells would be 13 MB of HTML);
  // the downloads always hold the whole matrix.
  const { view: matrix, problem, params } = await loadWithFallback(matrixPageQuery, await searchParams, getMatrixWindow)
  const q: MatrixPageQuery = problem ? {} : matrix.query
  // "Sort by" offers the forums shown, and the one sorted by when it is on another page of forums.
  const sortable = matrix.columns.map(({ code, shortName }) => ({ code, shortName }))
  const sortedBy = matrix.allForums.find((f) => f.code === q.sort)
  if (sortedBy && !sortable.some((f) => f.code === sortedBy.code)) sortable.push({ code: sortedBy.code, shortName: sortedBy.shortName })
  const today = todayIso()
  // Applications of the parties shown to the forums shown, made by the day, for a status not held on it.
  const applications = await listApplications({ asOf: matrix.asOf, forums: matrix.columns.map((c) => c.code), parties: matrix.rows.map((r) => r.code) })
  const applied = appliedMarks(applications, matrix.asOf, (party, forum) => matrix.rows.find((r) => r.code === party)?.cells[forum]?.status)
  const appliedList = applications.filter((a) => applied[a.partyCode]?.[a.forumCode])
  const apiParams = new URLSearchParams(params)
  for (const key of ['page', 'pageSize', 'colPage', 'colPageSize']) apiParams.delete(key)
  const csvHref = `/api/matrix.csv${apiParams.size ? `?${apiParams}` : ''}`
  const jsonHref = `/api/matrix${apiParams.size ? `?${apiParams}` : ''}`
  return (
    <div className="wide">
      <div className="view-head">
        <h1>Membership matrix</h1>
        <CiteThis title={`Membership matrix on ${formatDay(matrix.asOf)}`} path={pinnedPath('/matrix', params, { asOf: matrix.asOf })} />
      </div>
      <p className="lede">
        Who was in which forum, in which status, on {formatDay(matrix.asOf)}. Hover or focus a cell for its dates, note and source; move between cells with the
        arrow keys. Every choice is in the address: copy it to share this exact view.
      </p>
      <ParamNotice problem={problem} />
      <FutureDateNotice asOf={matrix.asOf} />
      <MatrixControls
        today={today}
        forums={matrix.allForums}
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
          Download CSV
        </a>{' '}
        <a href={jsonHref}>JSON</a> <Share title="Membership matrix" csv={csvHref} />{' '}
        <span className="muted">
          — {matrix.paging.pages > 1 || matrix.paging.colPages > 1 ? 'every page of' : 'exactly'} the rows and columns shown; the sources the cells cite follow
          the table after an empty line, then the dataset version and the day of the download.
        </span>
      </div>
      <CompareLink asOf={matrix.asOf} today={today} forum={q.forums?.length === 1 ? q.forums[0] : undefined} />
      <MatrixPager paging={matrix.paging} params={params} />
      <MatrixTable matrix={matrix} sort={q.sort ?? 'name'} dir={q.dir ?? 'asc'} params={params} applied={applied} />
      {matrix.paging.pages > 1 ? <MatrixPager paging={matrix.paging} params={params} only="rows" /> : null}
      {appliedList.length ? (
        <>
          <h2>Applications</h2>
          <p className="muted">
            Cells marked <span className="applied-mark">A</span>: the party had applied, by {formatDay(matrix.asOf)}, for a status it did not hold on that day.
          </p>
          <ApplicationList rows={appliedList} show="both" caption={`Applications on record on ${formatDay(matrix.asOf)}, of the parties and forums shown`} />
        </>
      ) : null}
      <h2>Sources of the cells shown</h2>
      {/* The cell popover (MatrixGrid) finds a cell's source here by its data-source. */}
      <ol className="source-list">
        {matrix.sources.map((s) => (
          <li key={s.id} data-source={s.id}>
            {s.url ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title}
              </a>
            ) : (
              s.title
            )}
            {s.publisher ? <span className="muted"> · {s.publisher}</span> : null}
          </li>
        ))}
      </ol>
    </div>
  )
}
